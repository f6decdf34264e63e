package de.digitaldialog.desk.service;

import de.digitaldialog.desk.domain.DeskException;
import de.digitaldialog.desk.store.Database;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backups of the open database, written by H2 ({@code BACKUP TO}) so they are consistent, into the
 * data folder's {@code backups/} or a file the user names; readable by their owner only. A backup
 * never overwrites a file.
 */
public final class BackupService {

    /** One backup file: when it was written and how large it is, in bytes. */
    public record Backup(Path file, Instant time, long size) {
    }

    private static final String PREFIX = "desk-";
    private static final String SUFFIX = ".zip";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final Logger LOG = LoggerFactory.getLogger(BackupService.class);

    private final Database database;
    private final Clock clock;

    public BackupService(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** The folder the backups go to: the one named in the data folder's preferences, or its {@code backups/}. */
    public Path folder() {
        return Preferences.load(database.folder()).backupFolder();
    }

    /**
     * Writes a backup into {@link #folder()}, named {@code desk-YYYYMMDD-HHMMSS.zip} after the
     * local time, with {@code -2}, {@code -3} … added when that name is taken.
     *
     * @return the absolute file written
     */
    public Path backUp() {
        Path folder = folder();
        try {
            Files.createDirectories(folder, OwnerOnly.folder());
        } catch (IOException e) {
            throw new DeskException(e, "error.backup.write", folder, e.getMessage());
        }
        String stamp = PREFIX + LocalDateTime.now(clock).format(STAMP);
        for (int n = 1; ; n++) {
            Path file = folder.resolve(stamp + (n == 1 ? "" : "-" + n) + SUFFIX);
            try {
                return write(claim(file));
            } catch (FileAlreadyExistsException taken) {
                LOG.debug("Backup name {} is taken, trying the next", file);
            }
        }
    }

    /**
     * Writes a backup into {@code target}, which may not exist yet.
     *
     * @return the absolute file written
     * @throws DeskException {@code error.backup.exists} when the file exists, {@code error.backup.write}
     *                       when it cannot be written
     */
    public Path backUpTo(Path target) {
        Path file = target.toAbsolutePath().normalize();
        try {
            return write(claim(file));
        } catch (FileAlreadyExistsException e) {
            throw new DeskException(e, "error.backup.exists", file);
        }
    }

    /** The backups in {@link #folder()}, newest first; none when the folder does not exist. */
    public List<Backup> list() {
        return list(folder());
    }

    /**
     * The backups in {@code folder}, newest first; none when it does not exist. Needs no open
     * database, so a damaged one can be offered its newest backup.
     */
    public static List<Backup> list(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Backup> backups = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (name.startsWith(PREFIX) && name.endsWith(SUFFIX) && Files.isRegularFile(file)) {
                    backups.add(new Backup(file, Files.getLastModifiedTime(file).toInstant(), Files.size(file)));
                }
            }
        } catch (IOException e) {
            throw new DeskException(e, "error.backup.list", folder, e.getMessage());
        }
        backups.sort(Comparator.comparing(Backup::time).thenComparing(b -> b.file().getFileName().toString())
                .reversed());
        return List.copyOf(backups);
    }

    /** Creates the empty file, owner-only, so no other backup and no other file can take its name. */
    private static Path claim(Path file) throws FileAlreadyExistsException {
        try {
            return Files.createFile(file, OwnerOnly.file());
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (IOException | UnsupportedOperationException e) {
            throw new DeskException(e, "error.backup.write", file, String.valueOf(e.getMessage()));
        }
    }

    private Path write(Path file) {
        boolean written = false;
        try {
            database.backupTo(file);
            OwnerOnly.restrict(file);
            written = true;
            LOG.info("Backup written to {}", file);
            return file;
        } catch (IOException e) {
            throw new DeskException(e, "error.backup.write", file, e.getMessage());
        } finally {
            if (!written) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    LOG.warn("Could not delete the unfinished backup {}", file, e);
                }
            }
        }
    }
}
