package de.digitaldialog.desk.service;

import de.digitaldialog.desk.domain.DeskException;
import de.digitaldialog.desk.store.StorageProblem;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The marker beside the database ({@code desk.state}): written once the first migration has
 * completed, so that from then on a missing, empty or shrunken database file is recognised as
 * damage instead of being replaced by a new, empty one. It records what the last clean close saw
 * (schema version, counts of the core tables, file size), the size after the last compaction, and
 * while a migration runs, the version it started from and the backup taken before it.
 *
 * @param schemaVersion   the schema version the database had when the marker was written
 * @param clean           true when the Desk closed the database itself (not killed)
 * @param counts          rows of the {@link #CORE_TABLES} at the last clean close
 * @param size            the file's size in bytes at the last clean close
 * @param compactedSize   the file's size after the last compaction (or the first start)
 * @param migratingFrom   while a migration runs: the schema version before it, else {@code null}
 * @param migrationBackup while a migration runs: the backup taken before it, else {@code null}
 */
public record FolderState(String schemaVersion, boolean clean, Map<String, Long> counts, long size,
                          long compactedSize, String migratingFrom, Path migrationBackup) {

    static final String FILE_NAME = "desk.state";
    /** The tables whose rows are counted at a clean close and compared at the next start. */
    public static final List<String> CORE_TABLES = List.of("initiative", "meeting", "agenda_item", "action_item",
            "decision", "status_change", "person", "ministry", "best_practice", "installation");

    private static final String SCHEMA = "schema.version";
    private static final String CLEAN = "closed.clean";
    private static final String SIZE = "closed.size";
    private static final String COMPACTED = "compacted.size";
    private static final String COUNT = "count.";
    private static final String MIGRATING_FROM = "migrating.from";
    private static final String MIGRATION_BACKUP = "migrating.backup";

    public FolderState {
        counts = Map.copyOf(counts);
    }

    /** The marker of {@code folder}; empty when there is none (or it cannot be read as one). */
    public static Optional<FolderState> read(Path folder) {
        Path file = folder.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties values = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            values.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw new DeskException(e, "error.database.state", file, StorageProblem.of(e));
        }
        String schema = values.getProperty(SCHEMA);
        if (schema == null) {
            return Optional.empty();
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : CORE_TABLES) {
            if (values.containsKey(COUNT + table)) {
                counts.put(table, number(values, COUNT + table));
            }
        }
        String backup = values.getProperty(MIGRATION_BACKUP);
        return Optional.of(new FolderState(schema, Boolean.parseBoolean(values.getProperty(CLEAN)), counts,
                number(values, SIZE), number(values, COMPACTED), values.getProperty(MIGRATING_FROM),
                backup == null ? null : Path.of(backup)));
    }

    /** The marker after a first start, or for a folder from before markers: closed, nothing compared yet. */
    public static FolderState fresh(String schemaVersion, long size) {
        return new FolderState(schemaVersion, true, Map.of(), size, size, null, null);
    }

    /** The marker while the database is open for writing: a crash from now on is an unclean close. */
    public FolderState opened() {
        return new FolderState(schemaVersion, false, counts, size, compactedSize, null, null);
    }

    /** The marker while a migration from schema version {@code from} runs, {@code backup} holding the state before. */
    public FolderState migrating(String from, Path backup) {
        return new FolderState(from, false, counts, size, compactedSize, from, backup);
    }

    /** The marker after a clean close. */
    public FolderState closed(String version, Map<String, Long> rows, long fileSize, boolean compacted) {
        Map<String, Long> core = new LinkedHashMap<>();
        CORE_TABLES.forEach(table -> core.put(table, rows.getOrDefault(table, 0L)));
        // H2 itself shrinks the file at a plain close too; the smaller size is the better baseline
        return new FolderState(version, true, core, fileSize, compacted ? fileSize : Math.min(compactedSize, fileSize),
                null, null);
    }

    /** True while a migration had started and not finished: the backup must be put back. */
    public boolean migrating() {
        return migrationBackup != null;
    }

    /** Writes the marker into {@code folder}, all at once and readable by its owner only. */
    public void write(Path folder) {
        Properties values = new Properties();
        values.setProperty(SCHEMA, schemaVersion);
        values.setProperty(CLEAN, String.valueOf(clean));
        values.setProperty(SIZE, String.valueOf(size));
        values.setProperty(COMPACTED, String.valueOf(compactedSize));
        counts.forEach((table, count) -> values.setProperty(COUNT + table, String.valueOf(count)));
        if (migrating()) {
            values.setProperty(MIGRATING_FROM, migratingFrom);
            values.setProperty(MIGRATION_BACKUP, migrationBackup.toString());
        }
        Path file = folder.resolve(FILE_NAME);
        AtomicFile.write(file, "error.database.stateWrite", out -> {
            values.store(out, "Digitaldialog Desk: state of the database, do not edit");
            out.flush();
        });
        try {
            OwnerOnly.restrict(file);
        } catch (IOException e) {
            throw new DeskException(e, "error.database.stateWrite", file);
        }
    }

    private static long number(Properties values, String key) {
        try {
            return Long.parseLong(values.getProperty(key, "0"));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
