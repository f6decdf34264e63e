package de.digitaldialog.desk.service;

import de.digitaldialog.desk.domain.ConsistencyReport;
import de.digitaldialog.desk.domain.DatabaseDamagedException;
import de.digitaldialog.desk.domain.DeskException;
import de.digitaldialog.desk.store.Database;
import de.digitaldialog.desk.store.DatabaseProbe;
import de.digitaldialog.desk.store.OpenOptions;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The look inside the database before the Desk writes to it, on a read-only open (H2 then writes
 * nothing, not even the file's header): the schema must not be newer than this Desk's; after a
 * clean close the core tables must hold as many rows as the marker recorded; after a crash the
 * full consistency check runs (every page H2 reads is checksummed, every key checked).
 */
final class StartCheck {

    /** The schema version found and whether migrations are pending. */
    record Result(String version, boolean needsMigration) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(StartCheck.class);

    private StartCheck() {
    }

    /** @param openReadOnly opens the folder's database read-only with its credentials */
    static Result run(Path folder, Optional<FolderState> marker, OpenOptions options, Supplier<Database> openReadOnly) {
        long started = System.nanoTime();
        Database database;
        try {
            database = openReadOnly.get();
        } catch (DeskException e) {
            if (marker.isPresent() && !"error.database.inUse".equals(e.key())) {
                throw DamagedDatabase.error(e, folder, "error.database.damaged.unreadable");
            }
            throw e;
        }
        try (database) {
            String version = database.schemaVersion();
            if (database.schemaNewerThan(options)) {
                throw new DeskException("error.database.newer", folder, version, DatabaseProbe.shippedVersion());
            }
            marker.ifPresent(known -> compare(database, known));
            boolean pending = database.needsMigration(options);
            LOG.info("Read-only check of {} took {} ms", folder, (System.nanoTime() - started) / 1_000_000);
            return new Result(version, pending);
        }
    }

    private static void compare(Database database, FolderState known) {
        Path folder = database.folder();
        try {
            if (!known.clean()) {
                LOG.warn("The Desk did not close {} cleanly last time: running the full check", folder);
                ConsistencyReport report = DatabaseProbe.check(database);
                if (!report.clean()) {
                    LOG.error("The full check of {} found: {}", folder, report.findings());
                    throw DamagedDatabase.error(null, folder, "error.database.damaged.check");
                }
                return;
            }
            Map<String, Long> rows = new InfoService(database).rowCounts();
            known.counts().forEach((table, count) -> {
                if (!count.equals(rows.getOrDefault(table, 0L))) {
                    LOG.error("{} holds {} rows of {} but held {} at the last clean close", folder,
                            rows.get(table), table, count);
                    throw DamagedDatabase.error(null, folder, "error.database.damaged.counts");
                }
            });
        } catch (DatabaseDamagedException e) {
            throw e;
        } catch (RuntimeException e) {
            throw DamagedDatabase.error(e, folder, "error.database.damaged.check");
        }
    }
}
