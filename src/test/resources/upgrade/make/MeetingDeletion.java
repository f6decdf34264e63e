import de.digitaldialog.desk.domain.DeletionKind;
import de.digitaldialog.desk.domain.Meeting;
import de.digitaldialog.desk.workspace.Workspace;
import java.nio.file.Path;
import java.util.List;

/** Deletes the last meeting of the list, with its TOPs, decisions and action items, into the Papierkorb. */
public class MeetingDeletion {
    public static void main(String[] args) {
        try (Workspace w = Workspace.open(Path.of(args[0]))) {
            var all = w.meetings().list();
            Meeting last = w.meetings().load(all.get(all.size() - 1).id());
            w.trash().delete(DeletionKind.MEETING, last.id(), last.audit().version());
            System.out.println("deleted " + last.number());
        }
    }
}
