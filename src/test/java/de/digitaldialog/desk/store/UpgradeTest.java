package de.digitaldialog.desk.store;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitaldialog.desk.domain.BestPracticeSummary;
import de.digitaldialog.desk.domain.InitiativeSummary;
import de.digitaldialog.desk.domain.MeetingSummary;
import de.digitaldialog.desk.testsupport.TestCredentials;
import de.digitaldialog.desk.workspace.Workspace;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A {@code SCRIPT} dump of every landed schema version, holding the example data the Desk of
 * that version loaded (src/test/resources/upgrade, see the README there), is loaded into a fresh
 * database and opened by the current Desk, which migrates it: every record of the dump is still
 * there with the same values in every column that still exists, what a migration changes on
 * purpose has its intended result, and the services read it. SQL dumps, unlike database files,
 * survive H2 upgrades.
 */
class UpgradeTest {

    private static final String DUMPS = "upgrade";
    private static final Pattern DUMP = Pattern.compile("V(\\d+)\\.sql(\\.gz)?");
    private static final Pattern MIGRATION = Pattern.compile("V(\\d+)__.*\\.sql");
    private static final String HISTORY = "flyway_schema_history";

    /** Columns a migration drops after moving their values elsewhere, by the version that drops them. */
    private static final Map<String, Integer> DROPPED = Map.of(
            "MINISTRY.SUCCESSOR_ID", 4,
            "BEST_PRACTICE.THEME_AREA_ID", 4);
    /** Tables a migration adds rows to, by that version: V2's reference data, V3's person counters. */
    private static final Map<String, Integer> ROWS_ADDED = Map.of(
            "INSTALLATION", 2, "LAND", 2, "THEME_AREA", 2, "MINISTRY", 2, "MEETING_FORMAT", 2,
            "NUMBER_COUNTER", 3);
    /** Columns added to existing rows with a value other than NULL, by their version; checked below. */
    private static final Map<String, Integer> FILLED = Map.of(
            "PERSON.NUMBER", 3, "PERSON.LAND_ID", 3, "BEST_PRACTICE.ADOPTION", 4);

    static Stream<String> dumps() throws IOException, URISyntaxException {
        return names(DUMPS).stream().filter(name -> DUMP.matcher(name).matches());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dumps")
    void everyRecordOfTheDumpSurvivesTheMigration(String dump, @TempDir Path folder) throws Exception {
        String url = "jdbc:h2:file:" + folder.resolve(Database.FILE_NAME).toAbsolutePath();
        Map<String, TableRows> before;
        int version;
        try (Connection connection = DriverManager.getConnection(url, "desk", "");
             Statement statement = connection.createStatement()) {
            statement.execute("RUNSCRIPT FROM '" + resource(DUMPS + "/" + dump) + "'"
                    + (dump.endsWith(".gz") ? " COMPRESSION GZIP" : ""));
            before = TableRows.readAll(connection);
            version = Integer.parseInt(SchemaVersions.applied(connection).orElseThrow());
        }
        assertThat(dump).as("the dump's name gives its schema version").startsWith("V" + version + ".");

        try (Workspace workspace = Workspace.open(folder)) {
            assertThat(workspace.initiatives().list()).extracting(UpgradeTest::line)
                    .containsExactlyInAnyOrderElementsOf(undeleted(before, "INITIATIVE"));
            assertThat(workspace.meetings().list()).extracting(UpgradeTest::line)
                    .containsExactlyInAnyOrderElementsOf(undeleted(before, "MEETING"));
            assertThat(workspace.bestPractices().list()).extracting(UpgradeTest::line)
                    .containsExactlyInAnyOrderElementsOf(undeleted(before, "BEST_PRACTICE"));
            assertThat(workspace.persons().list()).hasSize(undeleted(before, "PERSON").size());
        }

        // the folder from before issue 12 has got a random password for its database user
        try (Connection connection = DriverManager.getConnection(url, "desk", TestCredentials.userPassword(folder))) {
            Map<String, TableRows> after = TableRows.readAll(connection);
            List<String> problems = new ArrayList<>();
            before.values().forEach(table -> compare(table, after.get(table.name()), version, problems));
            assertThat(problems).as("records of %s changed by the migration", dump).isEmpty();
            intendedChanges(before, after, version);
        }
    }

    @Test
    void everyMigrationHasADump() throws Exception {
        Set<Integer> dumped = new HashSet<>();
        dumps().map(DUMP::matcher).filter(Matcher::matches).forEach(m -> dumped.add(Integer.parseInt(m.group(1))));
        Set<Integer> missing = new TreeSet<>();
        for (String name : names(SchemaVersions.LOCATION)) {
            Matcher migration = MIGRATION.matcher(name);
            if (migration.matches() && !dumped.contains(Integer.parseInt(migration.group(1)))) {
                missing.add(Integer.parseInt(migration.group(1)));
            }
        }
        assertThat(missing).as("migrations without an upgrade dump in src/test/resources/upgrade: make V<n>.sql.gz"
                + " from the example data of the Desk that first shipped V<n>, as"
                + " src/test/resources/upgrade/README.md describes").isEmpty();
    }

    /** Every dumped row still there by its key, with the same value in every column that is left. */
    private static void compare(TableRows old, TableRows now, int version, List<String> problems) {
        if (now == null) {
            problems.add(old.name() + ": table is gone");
            return;
        }
        for (String column : old.columns()) {
            if (!now.columns().contains(column) && DROPPED.getOrDefault(old.name() + "." + column, 0) <= version) {
                problems.add(old.name() + "." + column + ": column dropped");
            }
        }
        List<String> added = now.columns().stream().filter(column -> !old.columns().contains(column)).toList();
        for (Map.Entry<List<Object>, Map<String, Object>> entry : old.rows().entrySet()) {
            Map<String, Object> row = now.rows().get(entry.getKey());
            if (row == null) {
                problems.add(old.name() + " " + entry.getKey() + ": row is gone");
                continue;
            }
            entry.getValue().forEach((column, value) -> {
                if (row.containsKey(column) && !Objects.equals(value, row.get(column))) {
                    problems.add(old.name() + "." + column + " " + entry.getKey() + ": " + value + " became "
                            + row.get(column));
                }
            });
            for (String column : added) {
                if (!FILLED.containsKey(old.name() + "." + column) && row.get(column) != null) {
                    problems.add(old.name() + "." + column + " " + entry.getKey() + ": new column holds "
                            + row.get(column) + " instead of NULL");
                }
            }
        }
        boolean rowsAdded = old.name().equals(HISTORY) || ROWS_ADDED.getOrDefault(old.name(), 0) > version;
        if (!rowsAdded && now.rows().size() != old.rows().size()) {
            problems.add(old.name() + ": " + old.rows().size() + " rows became " + now.rows().size());
        }
    }

    /** What V2 to V6 change on purpose, for a dump older than the change. */
    private static void intendedChanges(Map<String, TableRows> before, Map<String, TableRows> after, int version) {
        if (version < 2) {
            assertThat(after.get("LAND").rows()).as("V2's Länder and Bund").hasSize(17);
            assertThat(after.get("THEME_AREA").rows()).as("V2's theme areas").hasSize(8);
        }
        if (version < 3) {
            personNumbers(before, after);
        }
        if (version < 4) {
            assertThat(pairs(after, "MINISTRY_SUCCESSOR", "MINISTRY_ID", "SUCCESSOR_ID"))
                    .as("V4 moves each ministry's successor into ministry_successor")
                    .isEqualTo(pairs(before, "MINISTRY", "ID", "SUCCESSOR_ID"));
            assertThat(pairs(after, "BEST_PRACTICE_THEME_AREA", "BEST_PRACTICE_ID", "THEME_AREA_ID"))
                    .as("V4 moves each best practice's theme area into best_practice_theme_area")
                    .isEqualTo(pairs(before, "BEST_PRACTICE", "ID", "THEME_AREA_ID"));
            after.get("BEST_PRACTICE").rows().values().forEach(row ->
                    assertThat(row.get("ADOPTION")).as("V4's adoption of an earlier best practice").isEqualTo("OFFEN"));
        }
        if (version < 5) {
            assertThat(after.get("DELETION").rows()).as("V5's deletion groups start empty").isEmpty();
        }
    }

    /** V3 numbers the persons of each installation in the order they were created, and counts them. */
    private static void personNumbers(Map<String, TableRows> before, Map<String, TableRows> after) {
        Map<Object, Object> codes = new HashMap<>();
        before.get("INSTALLATION").rows().values().forEach(row -> codes.put(row.get("ID"), row.get("CODE")));
        Map<Object, Object> lands = new HashMap<>();
        after.get("MINISTRY").rows().values().forEach(row -> lands.put(row.get("ID"), row.get("LAND_ID")));
        Map<Object, Integer> counted = new HashMap<>();
        List<Map<String, Object>> persons = before.get("PERSON").rows().values().stream()
                .sorted(Comparator.comparing((Map<String, Object> row) -> ((OffsetDateTime) row.get("CREATED_AT")).toInstant())
                        .thenComparing(row -> row.get("ID").toString()))
                .toList();
        for (Map<String, Object> person : persons) {
            Object origin = person.get("ORIGIN_INSTALLATION");
            int n = counted.merge(origin, 1, Integer::sum);
            Map<String, Object> migrated = after.get("PERSON").rows().get(List.of(person.get("ID")));
            assertThat(migrated.get("NUMBER")).isEqualTo("PER-%s-%04d".formatted(codes.get(origin), n));
            assertThat(migrated.get("LAND_ID")).isEqualTo(lands.get(person.get("MINISTRY_ID")));
        }
        counted.forEach((origin, count) -> assertThat(after.get("NUMBER_COUNTER").rows()
                .get(List.of(origin, "PER")).get("LAST_VALUE")).isEqualTo(count));
    }

    private static Set<List<Object>> pairs(Map<String, TableRows> tables, String table, String first, String second) {
        Set<List<Object>> pairs = new HashSet<>();
        tables.get(table).rows().values().stream().filter(row -> row.get(second) != null)
                .forEach(row -> pairs.add(List.of(row.get(first), row.get(second))));
        return pairs;
    }

    private static List<String> undeleted(Map<String, TableRows> tables, String table) {
        return tables.get(table).rows().values().stream().filter(row -> row.get("DELETED_AT") == null)
                .map(row -> row.get("NUMBER") + " " + row.get("TITLE")).toList();
    }

    private static String line(InitiativeSummary initiative) {
        return initiative.number() + " " + initiative.title();
    }

    private static String line(MeetingSummary meeting) {
        return meeting.number() + " " + meeting.title();
    }

    private static String line(BestPracticeSummary practice) {
        return practice.number() + " " + practice.title();
    }

    private static Path resource(String name) throws URISyntaxException {
        URL url = Objects.requireNonNull(UpgradeTest.class.getClassLoader().getResource(name), name);
        return Path.of(url.toURI());
    }

    private static List<String> names(String folder) throws IOException, URISyntaxException {
        try (Stream<Path> files = Files.list(resource(folder))) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }
}
