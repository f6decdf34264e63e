package de.digitaldialog.desk.leak;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitaldialog.desk.service.Passphrase;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An encrypted installation holds the known title, name and e-mail address in no file of its
 * folder: neither the database nor its backups nor its logs.
 */
class EncryptedLeakTest {

    @TempDir
    Path root;

    @Test
    void noFileOfTheFolderHoldsRecordContents() throws IOException {
        Path folder = LeakScenario.run(root,
                workspace -> workspace.encryption().set(Passphrase.of("Leckprobe-Passphrase 4711".toCharArray())));

        Map<String, Set<String>> found = LeakScenario.secretsIn(folder);

        assertThat(found).as("files of the data folder and the secrets each holds")
                .containsKeys("desk.mv.db", "logs/desk.log")
                .allSatisfy((file, secrets) -> assertThat(secrets).as(file).isEmpty());
        assertThat(found.keySet()).as("a backup under the new key").anyMatch(file -> file.matches("backups/.+\\.zip"));
        LeakScenario.assertTheLogHoldsTheFailures(folder);
    }
}
