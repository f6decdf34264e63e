package de.digitaldialog.desk.testsupport;

import de.digitaldialog.desk.service.FolderKey;
import de.digitaldialog.desk.service.Passphrase;
import de.digitaldialog.desk.store.Credentials;
import java.nio.file.Path;

/** What opens an unencrypted data folder's database behind the Desk's back, as a test does to damage it. */
public final class TestCredentials {

    private TestCredentials() {
    }

    /** The side file's credentials; {@link Credentials#LEGACY} for a folder without one. */
    public static Credentials of(Path folder) {
        return FolderKey.read(folder).map(key -> key.unlock(Passphrase.NONE)).orElse(Credentials.LEGACY);
    }

    /** The database user's password, for a plain JDBC connection as the user {@code desk}. */
    public static String userPassword(Path folder) {
        return of(folder).userPassword();
    }
}
