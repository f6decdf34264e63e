package de.digitaldialog.desk.leak;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitaldialog.desk.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An unencrypted installation keeps the known title, name and e-mail address in its database and
 * its backups only: not in its logs, not in a temporary file, not in any other file of the folder.
 */
class LeakTest {

    @TempDir
    Path root;

    @Test
    void onlyTheDatabaseAndItsBackupsHoldRecordContents() throws IOException {
        Path folder = root.resolve("daten");
        Path outside = Files.createDirectories(root.resolve("dokumente"));
        LeakScenario.withLogIn(folder, () -> {
            try (Workspace workspace = Workspace.open(folder)) {
                workspace.demoData().load(false);
                LeakScenario.write(workspace, outside);
            }
        });

        Map<String, Set<String>> found = LeakScenario.secretsIn(folder);

        assertThat(found).as("files of the data folder and the secrets each holds")
                .allSatisfy((file, secrets) -> {
                    if (!file.equals("desk.mv.db") && !file.matches("backups/[^/]+\\.zip")) {
                        assertThat(secrets).as(file).isEmpty();
                    }
                });
        // the search finds what is there: the database and the backup hold all three
        assertThat(found.get("desk.mv.db")).containsExactlyInAnyOrderElementsOf(LeakScenario.SECRETS);
        assertThat(found).hasEntrySatisfying(found.keySet().stream().filter(f -> f.endsWith(".zip")).findFirst()
                .orElseThrow(), secrets -> assertThat(secrets).containsExactlyInAnyOrderElementsOf(LeakScenario.SECRETS));
        // and the log it searched holds the failures the scenario provoked
        assertThat(Files.readString(folder.resolve("logs/desk.log")))
                .contains("Operation failed", "constraint.fk_initiative_lead_ministry_of_land", "SQL state 22001");
    }
}
