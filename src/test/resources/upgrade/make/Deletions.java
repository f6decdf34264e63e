import de.digitaldialog.desk.domain.DeletionKind;
import de.digitaldialog.desk.domain.Initiative;
import de.digitaldialog.desk.domain.InitiativeSummary;
import de.digitaldialog.desk.workspace.Workspace;
import java.nio.file.Path;
import java.util.List;

/** Deletes the last initiative of the list into the Papierkorb, and deletes and restores the one before. */
public class Deletions {
    public static void main(String[] args) {
        try (Workspace w = Workspace.open(Path.of(args[0]))) {
            List<InitiativeSummary> all = w.initiatives().list();
            Initiative last = w.initiatives().load(all.get(all.size() - 1).id());
            w.trash().delete(DeletionKind.INITIATIVE, last.id(), last.audit().version());
            Initiative other = w.initiatives().load(all.get(all.size() - 2).id());
            var deletion = w.trash().delete(DeletionKind.INITIATIVE, other.id(), other.audit().version());
            w.trash().restore(deletion.id(), false);
            System.out.println("deleted " + last.number() + ", deleted and restored " + other.number());
        }
    }
}
