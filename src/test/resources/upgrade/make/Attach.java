import de.digitaldialog.desk.workspace.Workspace;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.UUID;

/** Attachments: every byte value on the first meeting, a text on its first TOP. */
public class Attach {
    public static void main(String[] args) {
        try (Workspace w = Workspace.open(Path.of(args[0]))) {
            UUID meeting = w.meetings().list().get(0).id();
            byte[] bytes = new byte[512];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) i;
            }
            w.meetings().attach(meeting, null, null, "Sitzplan.bin", "application/octet-stream", bytes);
            UUID item = w.meetings().agenda(meeting).get(0).id();
            w.meetings().attach(null, item, null, "Sprechzettel.txt", "text/plain",
                    "Sprechzettel zu TOP 1: Künstliche Intelligenz – gemeinsame Position.".getBytes(StandardCharsets.UTF_8));
            System.out.println("attached 2 files");
        }
    }
}
