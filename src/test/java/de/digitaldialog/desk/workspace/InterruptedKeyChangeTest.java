package de.digitaldialog.desk.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.digitaldialog.desk.domain.DeskException;
import de.digitaldialog.desk.service.FolderKey;
import de.digitaldialog.desk.service.Passphrase;
import de.digitaldialog.desk.store.Database;
import de.digitaldialog.desk.store.FileEncryption;
import de.digitaldialog.desk.store.OpenOptions;
import de.digitaldialog.desk.testsupport.TestCredentials;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A replacement of the database file and its side file stopped half-way (a re-encryption, a
 * restore): the new side file waits as {@code desk.encryption.new}; the next start keeps whichever
 * side file opens the file. Shown with unencrypted keys, which differ in the user's password only.
 */
class InterruptedKeyChangeTest {

    private static final String PENDING = FolderKey.FILE_NAME + ".new";

    @TempDir
    Path folder;

    @TempDir
    Path scratch;

    @Test
    void theSideFileThatOpensTheFileIsKept() throws IOException {
        Workspace.open(folder).close();
        String before = TestCredentials.userPassword(folder);

        // stopped before the file was moved: the file still opens with the old side file
        pending(FolderKey.unencrypted());
        try (Workspace workspace = Workspace.open(folder)) {
            assertThat(workspace.info().schemaVersion()).isEqualTo("6");
        }
        assertThat(folder.resolve(PENDING)).doesNotExist();
        assertThat(TestCredentials.userPassword(folder)).isEqualTo(before);

        // stopped after the file was moved: the file opens with the new side file only
        FolderKey next = FolderKey.unencrypted();
        String after = next.unlock(Passphrase.NONE).userPassword();
        try (Database database = Database.open(folder, OpenOptions.STANDARD, TestCredentials.of(folder))) {
            FileEncryption.setUserPassword(database, after);
        }
        pending(next);
        try (Workspace workspace = Workspace.openReadOnly(folder)) {
            assertThat(workspace.info().schemaVersion()).isEqualTo("6");
        }
        assertThat(folder.resolve(PENDING)).doesNotExist();
        assertThat(TestCredentials.userPassword(folder)).isEqualTo(after);
    }

    @Test
    void anEncryptionStoppedBeforeTheFileWasMovedAsksForThePassphraseAndKeepsTheUnencryptedFile() throws IOException {
        Workspace.open(folder).close();
        Passphrase passphrase = Passphrase.of("gestoppt beim Festlegen".toCharArray());
        pending(FolderKey.read(folder).orElseThrow().encryptedWith(passphrase));

        assertThat(Workspace.encrypted(folder)).as("the pending side file may be the one that opens the file").isTrue();
        assertThatThrownBy(() -> Workspace.open(folder)).isInstanceOfSatisfying(DeskException.class,
                e -> assertThat(e.key()).isEqualTo("error.passphrase.missing"));
        try (Workspace workspace = Workspace.open(folder, passphrase)) {
            assertThat(workspace.encryption().encrypted()).isFalse();
        }
        assertThat(folder.resolve(PENDING)).doesNotExist();
        assertThat(Workspace.encrypted(folder)).isFalse();
    }

    private void pending(FolderKey key) throws IOException {
        key.write(scratch);
        Files.move(scratch.resolve(FolderKey.FILE_NAME), folder.resolve(PENDING));
    }
}
