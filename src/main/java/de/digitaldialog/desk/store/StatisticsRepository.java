package de.digitaldialog.desk.store;

import static de.digitaldialog.desk.store.generated.Tables.INITIATIVE;
import static de.digitaldialog.desk.store.generated.Tables.MEETING;

import de.digitaldialog.desk.store.generated.DefaultSchema;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Table;

/** Row counts for {@code desk info} and for telling an empty database from a used one. */
public final class StatisticsRepository {

    private final DSLContext dsl;

    StatisticsRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every table of the schema, by name, with its number of rows (tombstones included). */
    public Map<String, Long> rowCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        DefaultSchema.DEFAULT_SCHEMA.getTables().stream()
                .sorted(Comparator.comparing(Table::getName))
                .forEach(table -> counts.put(table.getName().toLowerCase(Locale.ROOT),
                        (long) dsl.fetchCount(table)));
        return counts;
    }

    /**
     * Rows of initiatives and of meetings, tombstones included: tables every schema version has,
     * so a backup taken before a migration can count them too.
     */
    public WorkCounts workCounts() {
        return new WorkCounts(dsl.fetchCount(INITIATIVE), dsl.fetchCount(MEETING));
    }

    /** How many initiatives and meetings a database holds. */
    public record WorkCounts(long initiatives, long meetings) {
    }

    /** True while no initiative or meeting exists (deleted ones count: their tombstones stay). */
    public boolean holdsNoWork() {
        return !dsl.fetchExists(INITIATIVE) && !dsl.fetchExists(MEETING);
    }
}
