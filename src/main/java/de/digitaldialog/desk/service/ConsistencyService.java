package de.digitaldialog.desk.service;

import de.digitaldialog.desk.domain.ConsistencyReport;
import de.digitaldialog.desk.store.ReadOnlyDatabase;
import java.nio.file.Path;

/** The full consistency check of a data folder's database, which it opens read-only and leaves as it was. */
public final class ConsistencyService {

    private ConsistencyService() {
    }

    /**
     * @throws de.digitaldialog.desk.domain.DeskException when the folder holds no database, another
     *         instance holds it, or it cannot be opened (a {@code DatabaseDamagedException})
     */
    public static ConsistencyReport check(Path folder) {
        return ReadOnlyDatabase.check(folder);
    }
}
