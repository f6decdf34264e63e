package de.digitaldialog.desk.ui.dialog;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** What a file chooser asks for: its title, the proposed name and the file types on offer (none: any). */
public record FileRequest(String title, String initialName, List<FileType> types) {

    /** A file type: its label ("CSV (Semikolon)") and extension without the dot ("csv"). */
    public record FileType(String label, String extension) {
    }

    public FileRequest {
        Objects.requireNonNull(title, "title");
        types = List.copyOf(types);
    }

    public static FileRequest of(String title) {
        return new FileRequest(title, null, List.of());
    }

    public FileRequest named(String name) {
        return new FileRequest(title, name, types);
    }

    public FileRequest ofType(String label, String extension) {
        List<FileType> more = new ArrayList<>(types);
        more.add(new FileType(label, extension));
        return new FileRequest(title, initialName, more);
    }
}
