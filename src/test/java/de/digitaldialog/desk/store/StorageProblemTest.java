package de.digitaldialog.desk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.digitaldialog.desk.domain.DeskException;
import de.digitaldialog.desk.i18n.Messages;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.zip.ZipException;
import org.h2.api.ErrorCode;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StorageProblemTest {

    @Test
    void theOperatingSystemsReasonIsNamed() {
        assertThat(StorageProblem.of(new FileSystemException("/d/desk.mv.db", null, "No space left on device")))
                .isEqualTo(StorageProblem.DISK_FULL);
        assertThat(StorageProblem.of(new FileNotFoundException("/d/desk.mv.db (Permission denied)")))
                .isEqualTo(StorageProblem.ACCESS_DENIED);
        assertThat(StorageProblem.of(new FileSystemException("/d", null, "Read-only file system")))
                .isEqualTo(StorageProblem.READ_ONLY);
        assertThat(StorageProblem.of(new AccessDeniedException("/d"))).isEqualTo(StorageProblem.ACCESS_DENIED);
        assertThat(StorageProblem.of(new NoSuchFileException("/d"))).isEqualTo(StorageProblem.FILE_MISSING);
        assertThat(StorageProblem.of(new ZipException("not a zip"))).isEqualTo(StorageProblem.DAMAGED);
    }

    @Test
    void h2sErrorsAreNamedAlongTheCauses() {
        SQLException corrupt = new SQLException("File corrupted", "90030", ErrorCode.FILE_CORRUPTED_1);
        assertThat(StorageProblem.of(new IllegalStateException(corrupt))).isEqualTo(StorageProblem.DAMAGED);
        assertThat(StorageProblem.of(new SQLException("Check constraint violation", "23513", 23513)))
                .isEqualTo(StorageProblem.RULE_BROKEN);
        assertThat(StorageProblem.of(new SQLException("Timeout", "HYT00", ErrorCode.LOCK_TIMEOUT_1)))
                .isEqualTo(StorageProblem.BUSY);
        assertThat(StorageProblem.of(new MVStoreException(DataUtils.ERROR_FILE_CORRUPT, "chunk")))
                .isEqualTo(StorageProblem.DAMAGED);
        SQLException io = new SQLException("IO Exception", "90028", ErrorCode.IO_EXCEPTION_1,
                new IOException("No space left on device"));
        assertThat(StorageProblem.of(new UncheckedIOException(new IOException(io)))).isEqualTo(StorageProblem.DISK_FULL);
    }

    @Test
    void aDatabaseThatCannotBeOpenedNamesTheCauseNotH2sText(@TempDir Path folder) {
        assertThatThrownBy(() -> Database.openReadOnly(folder)).isInstanceOfSatisfying(DeskException.class, e -> {
            assertThat(e.key()).isEqualTo("error.database.unreadable");
            assertThat(e.args()).containsExactly(folder, StorageProblem.FILE_MISSING);
            assertThat(Messages.of(Messages.GERMAN).of(e)).isEqualTo("Die Datenbank in " + folder
                    + " kann nicht geöffnet werden: eine benötigte Datei fehlt");
        });
    }

    @Test
    void aChangeTheDatabaseCannotStoreNamesTheCause(@TempDir Path folder) {
        // the one table the change needs, rather than the whole schema: migrating costs seconds
        try (Database writable = Database.openUnmigrated(folder)) {
            writable.onConnection(connection -> connection.createStatement().execute(
                    "CREATE TABLE app_setting (name VARCHAR(100) PRIMARY KEY, setting_value VARCHAR(4000))"));
        }
        try (Database readOnly = Database.openReadOnly(folder)) {
            assertThatThrownBy(() -> readOnly.inTransaction(store -> {
                store.settings().put("leak.probe", "Quietschmeyer");
                return null;
            })).isInstanceOfSatisfying(DeskException.class, e -> {
                assertThat(e.key()).isEqualTo("error.database.write");
                assertThat(e.args()).containsExactly(StorageProblem.READ_ONLY);
            });
        }
    }

    @Test
    void anythingElseIsUnknown() {
        assertThat(StorageProblem.of(new SQLException("Syntax error", "42000", 42000))).isEqualTo(StorageProblem.UNKNOWN);
        assertThat(StorageProblem.of(new IOException())).isEqualTo(StorageProblem.UNKNOWN);
        IllegalStateException first = new IllegalStateException();
        first.initCause(new IllegalArgumentException(first));
        assertThat(StorageProblem.of(first)).as("causes in a circle").isEqualTo(StorageProblem.UNKNOWN);
    }
}
