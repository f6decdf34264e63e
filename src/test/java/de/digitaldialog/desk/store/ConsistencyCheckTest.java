package de.digitaldialog.desk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import de.digitaldialog.desk.domain.ConsistencyFinding;
import de.digitaldialog.desk.domain.ConsistencyFinding.Kind;
import de.digitaldialog.desk.domain.ConsistencyReport;
import de.digitaldialog.desk.domain.ConsistencyReport.Checked;
import de.digitaldialog.desk.workspace.Workspace;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The full check on real database files: clean example data, and damage made on purpose. */
class ConsistencyCheckTest {

    @TempDir
    Path folder;

    @BeforeEach
    void exampleData() {
        try (Workspace workspace = Workspace.open(folder)) {
            workspace.demoData().load(false);
        }
    }

    @Test
    void theExampleDataAreClean() {
        ConsistencyReport report = ReadOnlyDatabase.check(folder);

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

        ConsistencyReport report = ReadOnlyDatabase.check(folder);

        assertThat(report.clean()).isFalse();
        assertThat(report.findings()).extracting(ConsistencyFinding::kind, ConsistencyFinding::table,
                        ConsistencyFinding::key)
                .contains(tuple(Kind.FOREIGN_KEY, "meeting", "check.finding.foreignKey"));
        ConsistencyFinding orphan = report.findings().stream()
                .filter(finding -> finding.table().equals("meeting")).findFirst().orElseThrow();
        assertThat(orphan.args()).first().isEqualTo("fk_meeting_format");
        assertThat(orphan.args().get(2)).isEqualTo("meeting_format");
    }

    private void execute(String... statements) throws SQLException {
        String url = "jdbc:h2:file:" + folder.resolve(Database.FILE_NAME).toAbsolutePath();
        try (Connection connection = DriverManager.getConnection(url, "desk", "");
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
