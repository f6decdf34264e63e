package de.digitaldialog.desk.leak;

import static org.assertj.core.api.Assertions.assertThat;

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
        Path folder = LeakScenario.run(root, workspace -> { });

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
        LeakScenario.assertTheLogHoldsTheFailures(folder);
    }
}
