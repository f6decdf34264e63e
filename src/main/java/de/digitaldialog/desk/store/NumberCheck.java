package de.digitaldialog.desk.store;

import static de.digitaldialog.desk.store.CheckFindings.display;
import static de.digitaldialog.desk.store.generated.Tables.BEST_PRACTICE;
import static de.digitaldialog.desk.store.generated.Tables.INITIATIVE;
import static de.digitaldialog.desk.store.generated.Tables.INSTALLATION;
import static de.digitaldialog.desk.store.generated.Tables.MEETING;
import static de.digitaldialog.desk.store.generated.Tables.NUMBER_COUNTER;
import static de.digitaldialog.desk.store.generated.Tables.PERSON;

import de.digitaldialog.desk.domain.ConsistencyFinding.Kind;
import de.digitaldialog.desk.domain.ConsistencyReport.Checked;
import de.digitaldialog.desk.store.CheckFindings.Capped;
import de.digitaldialog.desk.store.SchemaCatalog.Key;
import java.sql.Connection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.TableField;
import org.jooq.impl.DSL;

/**
 * The human numbers ({@code INI-BY1-0042}, {@link InstallationRepository#nextNumber}): each used
 * once, each of the form {@code KIND-CODE-NNNN}, and this installation's counter of each kind at
 * least at the highest number of its code in use; a counter behind it would hand out a number
 * that is taken. Duplicates are counted here on the rows themselves, not by the unique key's
 * index, so a damaged index cannot hide them.
 */
final class NumberCheck {

    private record Numbered(String kind, TableField<?, UUID> id, TableField<?, String> number) {
    }

    private static final List<Numbered> NUMBERED = List.of(
            new Numbered("INI", INITIATIVE.ID, INITIATIVE.NUMBER),
            new Numbered("SIT", MEETING.ID, MEETING.NUMBER),
            new Numbered("BP", BEST_PRACTICE.ID, BEST_PRACTICE.NUMBER),
            new Numbered("PER", PERSON.ID, PERSON.NUMBER));

    private static final Pattern FORM = Pattern.compile("([A-Z]+)-([A-Z0-9]{2,8})-([0-9]{4,9})");

    private NumberCheck() {
    }

    /** The column of {@code table} (as INFORMATION_SCHEMA names it) that holds a human number, if any. */
    static Optional<String> numberColumn(String table) {
        return NUMBERED.stream().map(Numbered::number).filter(number -> number.getTable().getName().equals(table))
                .map(TableField::getName).findFirst();
    }

    /** Whether {@code key} is the unique key of a human number, which this check covers. */
    static boolean covers(Key key) {
        return numberColumn(key.table()).map(column -> key.columns().equals(List.of(column))).orElse(false);
    }

    static void run(Connection connection, CheckFindings findings) {
        DSLContext dsl = DSL.using(connection, SQLDialect.H2);
        Map<UUID, String> localCodes = new HashMap<>();
        Map<String, Integer> counters = new HashMap<>();
        try {
            dsl.select(INSTALLATION.ID, INSTALLATION.CODE).from(INSTALLATION).where(INSTALLATION.IS_LOCAL.isTrue())
                    .forEach(row -> localCodes.put(row.value1(), row.value2()));
            dsl.select(NUMBER_COUNTER.INSTALLATION_ID, NUMBER_COUNTER.KIND, NUMBER_COUNTER.LAST_VALUE)
                    .from(NUMBER_COUNTER).forEach(row -> counters.put(row.value2() + "-"
                            + localCodes.get(row.value1()), row.value3()));
        } catch (RuntimeException e) {
            findings.readError(connection, Kind.COUNTER, display(NUMBER_COUNTER.getName()), e);
            return;
        }
        for (Numbered numbered : NUMBERED) {
            try {
                check(dsl, numbered, Set.copyOf(localCodes.values()), counters, findings);
            } catch (RuntimeException e) {
                findings.readError(connection, Kind.NUMBER, display(numbered.number().getTable().getName()), e);
            }
        }
    }

    private static void check(DSLContext dsl, Numbered numbered, Set<String> localCodes,
                              Map<String, Integer> counters, CheckFindings findings) {
        String table = display(numbered.number().getTable().getName());
        Set<String> seen = new HashSet<>();
        Map<String, Long> highest = new HashMap<>();
        Map<String, String> highestNumber = new HashMap<>();
        try (Capped wrong = findings.capped(Kind.NUMBER, table)) {
            dsl.select(numbered.id(), numbered.number()).from(numbered.number().getTable()).forEach(row -> {
                String number = row.value2();
                findings.count(Checked.NUMBERS, 1);
                if (!seen.add(number)) {
                    wrong.add(number, "check.finding.numberTwice", row.value1());
                }
                Matcher form = FORM.matcher(number);
                if (!form.matches() || !form.group(1).equals(numbered.kind())) {
                    wrong.add(number, "check.finding.numberForm", row.value1(), numbered.kind());
                } else if (localCodes.contains(form.group(2))
                        && Long.parseLong(form.group(3)) > highest.getOrDefault(form.group(2), 0L)) {
                    highest.put(form.group(2), Long.parseLong(form.group(3)));
                    highestNumber.put(form.group(2), number);
                }
            });
        }
        for (String code : localCodes) {
            int counter = counters.getOrDefault(numbered.kind() + "-" + code, 0);
            findings.count(Checked.COUNTERS, 1);
            if (highest.getOrDefault(code, 0L) > counter) {
                findings.add(Kind.COUNTER, display(NUMBER_COUNTER.getName()), highestNumber.get(code),
                        "check.finding.counterBehind", numbered.kind(), code, counter, highestNumber.get(code));
            }
        }
    }
}
