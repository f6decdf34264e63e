package de.digitaldialog.desk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import de.digitaldialog.desk.domain.ConsistencyFinding;
import de.digitaldialog.desk.domain.ConsistencyFinding.Kind;
import de.digitaldialog.desk.domain.ConsistencyReport;
import de.digitaldialog.desk.domain.ConsistencyReport.Checked;
import de.digitaldialog.desk.domain.DatabaseDamagedException;
import de.digitaldialog.desk.domain.Deletion;
import de.digitaldialog.desk.domain.DeletionKind;
import de.digitaldialog.desk.domain.InitiativeSummary;
import de.digitaldialog.desk.domain.MeetingSummary;
import de.digitaldialog.desk.service.FolderKey;
import de.digitaldialog.desk.testsupport.TestCredentials;
import de.digitaldialog.desk.workspace.Workspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The full check on real database files: clean example data, and damage made on purpose. */
class ConsistencyCheckTest {

    private static final int FLIPPED = 8;
    private static final int[] FLIPPED_BEFORE_TITLE = {24, 32, 48, 64, 96, 128, 192, 256, 384, 512};

    @TempDir
    static Path exampleData;

    @TempDir
    Path folder;

    @BeforeAll
    static void loadExampleData() {
        try (Workspace workspace = Workspace.open(exampleData)) {
            workspace.demoData().load(false);
        }
    }

    @BeforeEach
    void copyExampleData() throws IOException {
        Files.copy(exampleData.resolve(Database.DATABASE_FILE), folder.resolve(Database.DATABASE_FILE));
        Files.copy(exampleData.resolve(FolderKey.FILE_NAME), folder.resolve(FolderKey.FILE_NAME));
    }

    @Test
    void theExampleDataAreClean() {
        ConsistencyReport report = DatabaseProbe.check(folder, TestCredentials.of(folder));

        assertThat(report.findings()).isEmpty();
        assertThat(report.clean()).isTrue();
        assertThat(report.count(Checked.TABLES)).isEqualTo(32);
        assertThat(report.count(Checked.ROWS)).isGreaterThan(300);
        assertThat(report.count(Checked.INDEXES)).isGreaterThan(100);
        assertThat(report.count(Checked.FOREIGN_KEYS)).isGreaterThan(80);
        assertThat(report.count(Checked.UNIQUE_KEYS)).isGreaterThan(30);
    }

    @Test
    void aRowWhoseParentWasRemovedWithIntegrityOffIsFound() throws SQLException {
        execute("SET REFERENTIAL_INTEGRITY FALSE",
                "DELETE FROM meeting_format WHERE code = 'FACHWORKSHOP'");

        ConsistencyReport report = DatabaseProbe.check(folder, TestCredentials.of(folder));

        assertThat(report.clean()).isFalse();
        assertThat(report.findings()).extracting(ConsistencyFinding::kind, ConsistencyFinding::table,
                        ConsistencyFinding::key)
                .contains(tuple(Kind.FOREIGN_KEY, "meeting", "check.finding.foreignKey"));
        ConsistencyFinding orphan = report.findings().stream()
                .filter(finding -> finding.table().equals("meeting")).findFirst().orElseThrow();
        assertThat(orphan.record()).startsWith("SIT-BY1-");
        assertThat(orphan.args()).first().isEqualTo("fk_meeting_format");
        assertThat(orphan.args().get(2)).isEqualTo("meeting_format");
    }

    @Test
    void manyRowsWithTheSameProblemAreListedUpToALimitAndSummedUp() throws SQLException {
        execute("SET REFERENTIAL_INTEGRITY FALSE", "DELETE FROM land");

        ConsistencyReport report = DatabaseProbe.check(folder, TestCredentials.of(folder));

        assertThat(report.findings()).filteredOn(finding -> finding.table().equals("ministry"))
                .extracting(ConsistencyFinding::key).hasSize(21).endsWith("check.finding.more")
                .startsWith("check.finding.foreignKey");
    }

    @Test
    void deletingRestoringAndPurgingLeaveTheDatabaseClean() {
        try (Workspace workspace = Workspace.open(folder)) {
            MeetingSummary meeting = workspace.meetings().list().get(0);
            Deletion meetingGone = workspace.trash().delete(DeletionKind.MEETING, meeting.id(), meeting.version());
            InitiativeSummary initiative = workspace.initiatives().list().get(0);
            Deletion initiativeGone = workspace.trash().delete(DeletionKind.INITIATIVE, initiative.id(),
                    initiative.version());
            MeetingSummary other = workspace.meetings().list().get(0);
            workspace.trash().delete(DeletionKind.MEETING, other.id(), other.version());
            workspace.trash().restore(meetingGone.id(), true);
            workspace.trash().purge(initiativeGone.id());
        }

        assertThat(DatabaseProbe.check(folder, TestCredentials.of(folder)).findings()).isEmpty();
    }

    @Test
    void aCounterBehindTheHighestNumberInUseIsFound() throws SQLException {
        execute("UPDATE number_counter SET last_value = 3 WHERE kind = 'INI'");

        ConsistencyReport report = DatabaseProbe.check(folder, TestCredentials.of(folder));

        assertThat(report.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.kind()).isEqualTo(Kind.COUNTER);
            assertThat(finding.key()).isEqualTo("check.finding.counterBehind");
            assertThat(finding.args()).startsWith("INI", "BY1", "3");
            assertThat(finding.record()).startsWith("INI-BY1-00").isEqualTo(finding.args().get(3));
        });
    }

    @Test
    void aNumberUsedTwiceIsFoundEvenWithoutItsUniqueKey() throws SQLException {
        // the unique key refuses a duplicate even with integrity off: only a damaged index lets one through
        execute("ALTER TABLE initiative DROP CONSTRAINT uq_initiative_number",
                "UPDATE initiative SET number = 'INI-BY1-0001' WHERE number = 'INI-BY1-0002'",
                "UPDATE meeting SET number = 'SIT-1' WHERE number = 'SIT-BY1-0001'");

        ConsistencyReport report = DatabaseProbe.check(folder, TestCredentials.of(folder));

        assertThat(report.findings()).extracting(ConsistencyFinding::kind, ConsistencyFinding::table,
                        ConsistencyFinding::record, ConsistencyFinding::key)
                .containsExactlyInAnyOrder(
                        tuple(Kind.NUMBER, "initiative", "INI-BY1-0001", "check.finding.numberTwice"),
                        tuple(Kind.NUMBER, "meeting", "SIT-1", "check.finding.numberForm"));
    }

    @Test
    void tombstonesThatDisagreeWithTheirDeletionAreFound() throws SQLException {
        Deletion meeting;
        Deletion initiative;
        try (Workspace workspace = Workspace.open(folder)) {
            MeetingSummary first = workspace.meetings().list().stream()
                    .filter(summary -> summary.agendaItemCount() > 0).findFirst().orElseThrow();
            meeting = workspace.trash().delete(DeletionKind.MEETING, first.id(), first.version());
            InitiativeSummary summary = workspace.initiatives().list().get(0);
            initiative = workspace.trash().delete(DeletionKind.INITIATIVE, summary.id(), summary.version());
        }
        String revive = " SET deleted_at = NULL, deleted_by = NULL, deletion_id = NULL WHERE ";
        execute("UPDATE agenda_item" + revive + "meeting_id = '" + meeting.what().recordId() + "'",
                "UPDATE initiative" + revive + "id = '" + initiative.what().recordId() + "'");

        ConsistencyReport report = DatabaseProbe.check(folder, TestCredentials.of(folder));

        assertThat(report.findings()).extracting(ConsistencyFinding::kind, ConsistencyFinding::table,
                        ConsistencyFinding::key).containsOnly(
                        tuple(Kind.TOMBSTONE, "agenda_item", "check.finding.liveUnderDeleted"),
                        tuple(Kind.TOMBSTONE, "initiative", "check.finding.deletionNotApplied"));
        assertThat(report.findings()).filteredOn(finding -> finding.table().equals("initiative")).singleElement()
                .satisfies(finding -> {
                    assertThat(finding.record()).isEqualTo(initiative.what().recordId().toString());
                    assertThat(finding.args()).containsExactly(initiative.id().toString());
                });
    }

    @Test
    void aFailedMigrationOrAFileWithoutTheDeskSchemaIsNeverClean() throws SQLException, IOException {
        execute("UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"version\" = '6'");

        assertThat(DatabaseProbe.check(folder, TestCredentials.of(folder)).findings())
                .extracting(ConsistencyFinding::kind,
                        ConsistencyFinding::table, ConsistencyFinding::record, ConsistencyFinding::key)
                .containsExactly(tuple(Kind.SCHEMA, "flyway_schema_history", "6", "check.finding.failedMigration"));

        Path other = Files.createDirectory(folder.resolve("other"));
        try (Connection connection = DriverManager.getConnection(
                "jdbc:h2:file:" + other.resolve(Database.FILE_NAME).toAbsolutePath(), "desk", "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE note (id INTEGER)");
        }

        assertThat(DatabaseProbe.check(other, TestCredentials.of(other)).findings()).extracting(ConsistencyFinding::key)
                .containsExactly("check.finding.noSchema");
    }

    @Test
    void aFolderOnAnOlderSchemaIsCheckedWithoutMigratingIt() throws IOException {
        Path older = Files.createDirectory(folder.resolve("older"));
        String url = "jdbc:h2:file:" + older.resolve(Database.FILE_NAME).toAbsolutePath();
        Flyway.configure().dataSource(url, "desk", "").locations("classpath:" + SchemaVersions.LOCATION)
                .target("4").load().migrate();

        ConsistencyReport report = DatabaseProbe.check(older, TestCredentials.of(older));

        assertThat(report.findings()).isEmpty();
        assertThat(report.count(Checked.FOREIGN_KEYS)).isPositive();
        assertThat(report.count(Checked.NUMBERS)).isZero();
    }

    @Test
    void flippedBytesGiveFindingsOrTheDamagedMessageNeverAnotherException() throws IOException {
        byte[] good = Files.readAllBytes(folder.resolve(Database.DATABASE_FILE));
        // the newest copy of the meetings' pages lies just before the last copy of a meeting's title
        int title = lastIndexOf(good, "Kabinettssitzung".getBytes(StandardCharsets.UTF_8));
        int caught = 0;
        for (int before : FLIPPED_BEFORE_TITLE) {
            Path copy = Files.createDirectory(folder.resolve("flipped-" + before));
            byte[] bytes = good.clone();
            for (int at = title - before; at < title - before + FLIPPED; at++) {
                bytes[at] ^= (byte) 0x5A;
            }
            Files.write(copy.resolve(Database.DATABASE_FILE), bytes);
            try {
                caught += DatabaseProbe.check(copy, TestCredentials.of(folder)).clean() ? 0 : 1;
            } catch (DatabaseDamagedException e) {
                assertThat(e.folder()).isEqualTo(copy);
                caught++;
            }
            assertThat(Files.readAllBytes(copy.resolve(Database.DATABASE_FILE))).as("%d before", before)
                    .isEqualTo(bytes);
        }
        assertThat(caught).isPositive();
    }

    private static int lastIndexOf(byte[] bytes, byte[] part) {
        for (int at = bytes.length - part.length; at >= 0; at--) {
            if (Arrays.equals(bytes, at, at + part.length, part, 0, part.length)) {
                return at;
            }
        }
        throw new AssertionError("not in the file");
    }

    private void execute(String... statements) throws SQLException {
        String url = "jdbc:h2:file:" + folder.resolve(Database.FILE_NAME).toAbsolutePath();
        try (Connection connection = DriverManager.getConnection(url, "desk", TestCredentials.userPassword(folder));
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
