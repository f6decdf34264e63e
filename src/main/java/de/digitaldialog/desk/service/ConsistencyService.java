package de.digitaldialog.desk.service;

import de.digitaldialog.desk.domain.ConsistencyReport;
import de.digitaldialog.desk.store.Database;
import de.digitaldialog.desk.store.DatabaseProbe;
import de.digitaldialog.desk.domain.DeskException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The full consistency check of a data folder's database, which it opens read-only and leaves as it was. */
public final class ConsistencyService {

    private ConsistencyService() {
    }

    /**
     * Checks the folder's database ({@link Passphrase#NONE} for an unencrypted one).
     *
     * @throws DeskException when the folder holds no database, another instance holds it, or it cannot
     *         be opened (a {@code DatabaseDamagedException}); {@code error.passphrase.missing} and
     *         {@code error.passphrase.wrong} for an encrypted folder
     */
    public static ConsistencyReport check(Path folder, Passphrase passphrase) {
        // no lock file is made in a folder that holds no database
        if (!Files.isRegularFile(folder.resolve(Database.DATABASE_FILE))) {
            throw new DeskException("error.check.missing", folder);
        }
        try (FolderLock lock = FolderLock.take(folder)) {
            return FolderCredentials.open(FolderCredentials.of(folder, passphrase),
                    credentials -> DatabaseProbe.check(folder, credentials), () -> { });
        }
    }
}
