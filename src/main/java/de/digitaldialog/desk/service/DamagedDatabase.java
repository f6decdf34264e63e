package de.digitaldialog.desk.service;

import de.digitaldialog.desk.domain.DatabaseDamagedException;
import de.digitaldialog.desk.domain.DeskException;
import de.digitaldialog.desk.store.Database;
import de.digitaldialog.desk.store.DatabaseFileCheck.Damage;
import de.digitaldialog.desk.store.StorageProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A data folder whose database is damaged: the error that names the newest backup, and the
 * restore that moves the damaged file aside (never deleting it) and installs a checked backup.
 */
public final class DamagedDatabase {

    static final String DAMAGED_FOLDER = "damaged";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final Logger LOG = LoggerFactory.getLogger(DamagedDatabase.class);

    private DamagedDatabase() {
    }

    /** The error for a file {@link de.digitaldialog.desk.store.DatabaseFileCheck} found damaged. */
    static DatabaseDamagedException of(Damage damage, Path folder) {
        return error(null, folder, switch (damage) {
            case MISSING -> "error.database.damaged.missing";
            case EMPTY -> "error.database.damaged.empty";
            case TRUNCATED -> "error.database.damaged.truncated";
            case HEADER -> "error.database.damaged.header";
        });
    }

    /**
     * @param key one of {@code error.database.damaged.*}; its arguments: the folder, the newest
     *            backup's file (or "") and 1 when there is one, else 0
     */
    static DatabaseDamagedException error(Throwable cause, Path folder, String key) {
        List<BackupService.Backup> backups;
        try {
            backups = BackupService.list(Preferences.load(folder).backupFolder());
        } catch (DeskException e) {
            LOG.warn("Cannot list the backups of {}", folder, e);
            backups = List.of();
        }
        String newest = backups.isEmpty() ? "" : backups.get(0).file().toString();
        return new DatabaseDamagedException(cause, folder, key, folder, newest, backups.isEmpty() ? 0 : 1);
    }

    /**
     * Puts a checked backup in place of a damaged database that cannot be opened: takes the
     * folder's lock, moves the damaged file into the folder's {@code damaged/}, installs the copy
     * and writes the marker. The window's "database damaged" dialog and {@code desk restore} call it.
     *
     * @return what was restored; its {@code previous()} is where the damaged file now is (or the
     *         data folder when there was none)
     */
    public static RestoreService.Restored restoreOver(Path folder, RestoreService.Checked checked) {
        try (FolderLock lock = FolderLock.take(folder)) {
            Path aside = moveAside(folder);
            RestoreService.Restored restored = checked.install(folder, aside);
            FolderSession.writeFreshState(folder);
            return restored;
        }
    }

    private static Path moveAside(Path folder) {
        Path file = folder.resolve(Database.DATABASE_FILE);
        if (!Files.exists(file)) {
            return folder;
        }
        Path damaged = folder.resolve(DAMAGED_FOLDER);
        try {
            Files.createDirectories(damaged, OwnerOnly.folder());
            Path target = damaged.resolve("desk-" + LocalDateTime.now().format(STAMP) + ".mv.db");
            for (int n = 2; Files.exists(target); n++) {
                target = damaged.resolve("desk-" + LocalDateTime.now().format(STAMP) + "-" + n + ".mv.db");
            }
            Files.move(file, target);
            LOG.warn("Damaged database {} moved to {}", file, target);
            return target;
        } catch (IOException e) {
            throw new DeskException(e, "error.restore.write", file, StorageProblem.of(e));
        }
    }
}
