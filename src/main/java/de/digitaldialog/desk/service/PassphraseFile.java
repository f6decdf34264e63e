package de.digitaldialog.desk.service;

import de.digitaldialog.desk.domain.DeskException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * A passphrase handed over in a file, for scripts: its first line (UTF-8, without the line break; a malformed file is refused as unreadable).
 * The file must be readable and writable by its owner alone, else anyone who may read or replace it
 * holds the key; where the file system has no POSIX permissions, that is not checked.
 */
public final class PassphraseFile {

    private static final Set<PosixFilePermission> OPEN = EnumSet.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE);

    private PassphraseFile() {
    }

    /**
     * The passphrase in {@code file}.
     *
     * @throws DeskException {@code error.passphrase.fileMissing}, {@code error.passphrase.fileOpen} (naming the
     *                       file and its mode) when group or others may read or write it,
     *                       {@code error.passphrase.fileUnreadable}, or {@code error.passphrase.empty}
     */
    public static Passphrase read(Path file) {
        byte[] bytes = new byte[0];
        CharBuffer text = CharBuffer.allocate(0);
        try {
            refuseOpenMode(file);
            bytes = Files.readAllBytes(file);
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            char[] line = firstLine(text);
            Passphrase passphrase = Passphrase.of(line);
            Arrays.fill(line, '\0');
            if (passphrase.isEmpty()) {
                throw new DeskException("error.passphrase.empty");
            }
            return passphrase;
        } catch (NoSuchFileException e) {
            throw new DeskException(e, "error.passphrase.fileMissing", file);
        } catch (IOException e) {
            throw new DeskException(e, "error.passphrase.fileUnreadable", file);
        } finally {
            Arrays.fill(bytes, (byte) 0);
            if (text.hasArray()) {
                Arrays.fill(text.array(), '\0');
            }
        }
    }

    private static void refuseOpenMode(Path file) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        Set<PosixFilePermission> permissions = view.readAttributes().permissions();
        if (permissions.stream().anyMatch(OPEN::contains)) {
            throw new DeskException("error.passphrase.fileOpen", file, PosixFilePermissions.toString(permissions));
        }
    }

    /** The characters before the first line break; the caller clears the array once it is copied. */
    private static char[] firstLine(CharBuffer text) {
        int end = 0;
        while (end < text.limit() && text.get(end) != '\n' && text.get(end) != '\r') {
            end++;
        }
        char[] line = new char[end];
        text.get(0, line);
        return line;
    }
}
