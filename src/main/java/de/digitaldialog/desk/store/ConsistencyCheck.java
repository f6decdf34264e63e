package de.digitaldialog.desk.store;

import de.digitaldialog.desk.domain.ConsistencyFinding.Kind;
import de.digitaldialog.desk.domain.ConsistencyReport;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The full consistency check of a Desk database, for {@code desk check} and for the start after
 * an unclean close. It only reads (no temporary tables, no settings), so it runs as well on a
 * database opened read-only ({@code ACCESS_MODE_DATA=r}).
 *
 * <p>It checks, in this order: H2's own page check (every row of every table and every entry of
 * every index read, see {@link PageScan}); every foreign key and every primary and unique key of
 * the schema, with queries generated from INFORMATION_SCHEMA so that a new migration is covered
 * without code ({@link KeyCheck}); the human numbers and their counters ({@link NumberCheck});
 * the references no foreign key protects: deletion groups, tombstones, hand-overs
 * ({@link DeletionCheck}). A table or key that cannot be read is a finding, not an
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
            SchemaCatalog schema = SchemaCatalog.read(connection);
            timed("pages", () -> PageScan.run(connection, schema, findings));
            timed("foreign keys", () -> KeyCheck.foreignKeys(connection, schema, findings));
            timed("unique keys", () -> KeyCheck.uniqueKeys(connection, schema, NumberCheck::covers, findings));
            timed("numbers", () -> NumberCheck.run(connection, findings));
            timed("deletions", () -> DeletionCheck.run(connection, findings));
        } catch (SQLException | RuntimeException e) {
            if (!(e instanceof CheckFindings.Aborted)) {
                findings.add(Kind.PAGE, "", null, "check.finding.schemaUnreadable",
                        String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
            }
            LOG.warn("Consistency check stopped", e);
            findings.add(Kind.ABORTED, "", null, "check.finding.aborted");
        }
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
