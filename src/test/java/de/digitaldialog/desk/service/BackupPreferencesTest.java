package de.digitaldialog.desk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The backup settings kept beside the database, readable before it opens. */
class BackupPreferencesTest {

    @TempDir
    Path folder;

    @Test
    void withoutSettingsBackupsGoToTheDataFoldersBackupsEveryHalfHourUnderTwoGigabytes() {
        Preferences preferences = Preferences.load(folder);

        assertThat(preferences.backupFolder()).isEqualTo(folder.resolve("backups").toAbsolutePath());
        assertThat(preferences.backupIntervalMinutes()).isEqualTo(30);
        assertThat(preferences.backupCapBytes()).isEqualTo(2L * 1024 * 1024 * 1024);
    }

    @Test
    void limitsSetAreReadAgainByTheNextLoad() {
        Preferences.load(folder).setBackupLimits(15, 500L << 20);

        Preferences again = Preferences.load(folder);
        assertThat(again.backupIntervalMinutes()).isEqualTo(15);
        assertThat(again.backupCapBytes()).isEqualTo(500L << 20);
    }

    @Test
    void valuesEditedByHandIntoNonsenseFallBackToTheDefaults() throws IOException {
        Files.writeString(folder.resolve(Preferences.FILE_NAME), "backup.interval=-3\nbackup.cap=lots\n");

        Preferences preferences = Preferences.load(folder);

        assertThat(preferences.backupIntervalMinutes()).isEqualTo(30);
        assertThat(preferences.backupCapBytes()).isEqualTo(2L << 30);
        assertThatThrownBy(() -> preferences.setBackupLimits(0, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
