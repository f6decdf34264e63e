package de.digitaldialog.desk.store;

import static de.digitaldialog.desk.store.CheckFindings.query;

import de.digitaldialog.desk.domain.ConsistencyFinding.Kind;
import de.digitaldialog.desk.domain.ConsistencyReport;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The full consistency check of a Desk database, for {@code desk check} and for the start after
 * an unclean close. It only reads (no temporary tables, no settings), so it runs as well on a
 * database opened read-only ({@code ACCESS_MODE_DATA=r}).
 *
 * <p>It checks, in this order: that the file holds the Desk schema (else a database H2 made anew
 * would pass as clean) with no migration recorded as failed; H2's own page check (every row of every table and every entry of
 * every index read, see {@link PageScan}); every foreign key and every primary and unique key of
 * the schema, with queries generated from INFORMATION_SCHEMA so that a new migration is covered
 * without code ({@link KeyCheck}); the human numbers and their counters ({@link NumberCheck});
 * the references no foreign key protects: deletion groups, tombstones, hand-overs
 * ({@link DeletionCheck}); these last two only on the current schema. A table or key that cannot be read is a finding, not an
 * exception; when the database closes itself over a read error, the check stops with an
 * {@link Kind#ABORTED} finding.
 */
public final class ConsistencyCheck {

    private static final Logger LOG = LoggerFactory.getLogger(ConsistencyCheck.class);

    private ConsistencyCheck() {
    }

    /**
     * Checks the database behind {@code connection} (H2, the Desk schema, migrated to any landed
     * version) and returns what it found and how much it looked at. The connection is left open
     * and unchanged.
     */
    public static ConsistencyReport run(Connection connection) {
        long start = System.nanoTime();
        CheckFindings findings = new CheckFindings();
        try {
            Optional<String> applied = SchemaVersions.applied(connection);
            if (applied.isEmpty()) {
                findings.add(Kind.SCHEMA, "", null, "check.finding.noSchema");
                return report(findings, start);
            }
            failedMigrations(connection, findings);
            SchemaCatalog schema = SchemaCatalog.read(connection);
            timed("pages", () -> PageScan.run(connection, schema, findings));
            timed("foreign keys", () -> KeyCheck.foreignKeys(connection, schema, findings));
            timed("unique keys", () -> KeyCheck.uniqueKeys(connection, schema, NumberCheck::covers, findings));
            // these two are written against the current schema; an older one (a folder not yet
            // migrated, opened read-only) lacks their tables and columns
            if (SchemaVersions.isCurrent(applied, SchemaVersions.newestShipped())) {
                timed("numbers", () -> NumberCheck.run(connection, findings));
                timed("deletions", () -> DeletionCheck.run(connection, findings));
            } else {
                LOG.info("Schema {} is not the current one: numbers and deletion groups not checked", applied.get());
            }
        } catch (SQLException | RuntimeException e) {
            if (!(e instanceof CheckFindings.Aborted)) {
                findings.add(Kind.SCHEMA, "", null, "check.finding.schemaUnreadable");
            }
            LOG.warn("Consistency check stopped", e);
            findings.add(Kind.ABORTED, "", null, "check.finding.aborted");
        }
        return report(findings, start);
    }

    /** A finding for each migration Flyway recorded as failed: a half-built schema. */
    private static void failedMigrations(Connection connection, CheckFindings findings) {
        try {
            // Flyway names its table and columns in quoted lower case
            query(connection, "SELECT \"version\", \"description\" FROM \"flyway_schema_history\""
                    + " WHERE NOT \"success\"", row -> findings.add(Kind.SCHEMA, "flyway_schema_history",
                    row.getString(1), "check.finding.failedMigration", row.getString(2)));
        } catch (SQLException e) {
            findings.readError(connection, Kind.SCHEMA, "flyway_schema_history", e);
        }
    }

    private static ConsistencyReport report(CheckFindings findings, long start) {
        ConsistencyReport report = new ConsistencyReport(findings.findings(), findings.checked(),
                Duration.ofNanos(System.nanoTime() - start));
        LOG.info("Consistency check: {} findings, {} in {} ms", report.findings().size(), report.checked(),
                report.took().toMillis());
        return report;
    }

    private static void timed(String step, Runnable check) {
        long start = System.nanoTime();
        check.run();
        LOG.debug("Consistency check of {}: {} ms", step, (System.nanoTime() - start) / 1_000_000);
    }
}
