package de.digitaldialog.desk.service;

import de.digitaldialog.desk.domain.DeskException;
import de.digitaldialog.desk.store.Credentials;
import de.digitaldialog.desk.store.Database;
import de.digitaldialog.desk.store.OpenOptions;
import de.digitaldialog.desk.store.StorageProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first start in a data folder: the database is created and migrated in a temporary subfolder
 * and moved into place only once complete, and the marker is written after it. A first start that
 * is killed or runs out of disk leaves at most the temporary folder, which the next start removes
 * before it starts over; never a half-built database in the folder itself.
 */
final class FirstStart {

    static final String TEMP_FOLDER = "first-start.tmp";
    private static final Logger LOG = LoggerFactory.getLogger(FirstStart.class);

    private FirstStart() {
    }

    /** Removes what an interrupted first start left behind. */
    static void removeLeftover(Path folder) {
        Path temp = folder.resolve(TEMP_FOLDER);
        if (Files.exists(temp)) {
            LOG.warn("Removing {} left by an interrupted first start", temp);
            RestoreService.deleteTree(temp);
            if (Files.exists(temp)) {
                throw new DeskException("error.database.folder", temp);
            }
        }
    }

    /**
     * Creates the database in a temporary subfolder with {@code credentials} (the side file's, written
     * before), moves it into {@code folder} and writes the marker.
     */
    static FolderState run(Path folder, OpenOptions options, Credentials credentials) {
        removeLeftover(folder);
        Path temp = folder.resolve(TEMP_FOLDER);
        Path target = folder.resolve(Database.DATABASE_FILE);
        try {
            Files.createDirectory(temp, OwnerOnly.folder());
            String version;
            try (Database database = Database.open(temp, options, credentials)) {
                version = database.schemaVersion();
            }
            Files.move(temp.resolve(Database.DATABASE_FILE), target, StandardCopyOption.ATOMIC_MOVE);
            OwnerOnly.restrict(target);
            FolderState state = FolderState.fresh(version, Files.size(target));
            state.write(folder);
            LOG.info("First start in {}: database created at schema {}", folder, version);
            return state;
        } catch (IOException e) {
            throw new DeskException(e, "error.database.unreadable", folder, StorageProblem.of(e));
        } finally {
            RestoreService.deleteTree(temp);
        }
    }
}
