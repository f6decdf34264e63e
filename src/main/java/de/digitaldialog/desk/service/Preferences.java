package de.digitaldialog.desk.service;

import de.digitaldialog.desk.domain.DeskException;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Properties;
import org.slf4j.LoggerFactory;

/**
 * Language and look of this data folder, kept in a small file beside the database: they must be
 * readable before the database opens, so a "database in use" message is in the right language.
 */
public final class Preferences {

    public enum Theme { LIGHT, DARK }

    static final String FILE_NAME = "preferences.properties";
    private static final String LANGUAGE = "language";
    private static final String THEME = "theme";
    private static final String BACKUP_FOLDER = "backup.folder";
    /** The data folder's own folder for backups when the user has named none. */
    static final String DEFAULT_BACKUP_FOLDER = "backups";
    private static final String BACKUP_INTERVAL = "backup.interval";
    private static final String BACKUP_CAP = "backup.cap";
    /** Minutes between automatic backups (when something changed) unless the user set others. */
    private static final int DEFAULT_BACKUP_INTERVAL = 30;
    /** The size all backups in the backup folder may take together unless the user set another, 2 GiB. */
    private static final long DEFAULT_BACKUP_CAP = 2L << 30;

    /** The UI is German first. */
    public static final Locale DEFAULT_LANGUAGE = Locale.GERMAN;

    private final Path file;
    private final Properties values = new Properties();

    private Preferences(Path file) {
        this.file = file;
    }

    /** Reads the preferences of a data folder; a missing or unreadable file means the defaults. */
    public static Preferences load(Path dataFolder) {
        Preferences preferences = new Preferences(dataFolder.resolve(FILE_NAME));
        if (Files.isReadable(preferences.file)) {
            try (Reader reader = Files.newBufferedReader(preferences.file, StandardCharsets.UTF_8)) {
                preferences.values.load(reader);
            } catch (IOException | IllegalArgumentException e) {
                LoggerFactory.getLogger(Preferences.class)
                        .warn("Ignoring unreadable preferences {}", preferences.file, e);
            }
        }
        return preferences;
    }

    /** German unless English was chosen: the UI is German first. */
    public Locale language() {
        return "en".equals(values.getProperty(LANGUAGE)) ? Locale.ENGLISH : DEFAULT_LANGUAGE;
    }

    public Theme theme() {
        return "dark".equals(values.getProperty(THEME)) ? Theme.DARK : Theme.LIGHT;
    }

    public void save(Locale language, Theme theme) {
        values.setProperty(LANGUAGE, Locale.ENGLISH.getLanguage().equals(language.getLanguage()) ? "en" : "de");
        values.setProperty(THEME, theme == Theme.DARK ? "dark" : "light");
        write();
    }

    /**
     * Where backups go: the folder the user named (a network drive, say), or {@code backups/} in
     * the data folder. Kept here rather than in the database so that the backup taken before a
     * migration, and the offer of a backup for a damaged database, find it without opening it.
     */
    public Path backupFolder() {
        String named = values.getProperty(BACKUP_FOLDER, "");
        Path folder = named.isBlank() ? file.getParent().resolve(DEFAULT_BACKUP_FOLDER) : Path.of(named);
        return folder.toAbsolutePath().normalize();
    }

    /** Names the folder for backups; {@code null} goes back to the data folder's {@code backups/}. */
    public void setBackupFolder(Path folder) {
        if (folder == null) {
            values.remove(BACKUP_FOLDER);
        } else {
            values.setProperty(BACKUP_FOLDER, folder.toAbsolutePath().normalize().toString());
        }
        write();
    }

    /** Minutes between automatic backups, taken only when something changed since the last one. */
    public int backupIntervalMinutes() {
        return (int) Math.min(Integer.MAX_VALUE, positive(BACKUP_INTERVAL, DEFAULT_BACKUP_INTERVAL));
    }

    /** Bytes the backups in the backup folder may take together; the oldest go first. */
    public long backupCapBytes() {
        return positive(BACKUP_CAP, DEFAULT_BACKUP_CAP);
    }

    /** Keeps the interval of automatic backups (minutes) and the size cap (bytes), both positive. */
    public void setBackupLimits(int intervalMinutes, long capBytes) {
        if (intervalMinutes <= 0 || capBytes <= 0) {
            throw new IllegalArgumentException("interval and cap must be positive");
        }
        values.setProperty(BACKUP_INTERVAL, Integer.toString(intervalMinutes));
        values.setProperty(BACKUP_CAP, Long.toString(capBytes));
        write();
    }

    /** A positive number kept under {@code key}; the fallback when it is missing or not one. */
    private long positive(String key, long fallback) {
        try {
            long value = Long.parseLong(values.getProperty(key, ""));
            return value > 0 ? value : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** A value a view keeps for this data folder (e.g. its hidden columns), or {@code fallback}. */
    public String get(String key, String fallback) {
        return values.getProperty(key, fallback);
    }

    /** Keeps a view's value for this data folder and writes the file at once. */
    public void put(String key, String value) {
        values.setProperty(key, value);
        write();
    }

    private void write() {
        try {
            OwnerOnly.createFolder(file.getParent());
            // owner-only from the start; the move keeps that for the target
            Path temporary = Files.createTempFile(file.getParent(), FILE_NAME, ".tmp", OwnerOnly.file());
            try {
                try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                    values.store(writer, "Digitaldialog Desk");
                }
                moveAtomically(temporary, file);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new DeskException(e, "error.preferences.write", file);
        }
    }

    static void moveAtomically(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
