package de.digitaldialog.desk.store;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitaldialog.desk.domain.Adoption;
import de.digitaldialog.desk.domain.BestPractice;
import de.digitaldialog.desk.domain.Ministry;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * V4 keeps what a database of schema 2 holds: a ministry's single successor becomes its row in
 * ministry_successor, a best practice's single theme area its row in best_practice_theme_area.
 */
class RegisterMigrationTest {

    private static final String DIGITAL = "30000000-0000-0000-0009-000000000013";
    private static final String INTERIOR = "30000000-0000-0000-0009-000000000002";
    private static final String SCHOOLS = "30000000-0000-0000-0005-000000000008";
    private static final String NRW = "10000000-0000-0000-0000-000000000005";
    private static final String EDUCATION = "20000000-0000-0000-0000-000000000005";
    private static final String PRACTICE = "50000000-0000-0000-0000-000000000001";

    @Test
    void successorsAndThemeAreasOfSchemaTwoSurviveTheMigration(@TempDir Path folder) throws Exception {
        String url = "jdbc:h2:file:" + folder.resolve(Database.FILE_NAME).toAbsolutePath();
        Flyway.configure().dataSource(url, "desk", "").locations("classpath:" + SchemaVersions.LOCATION)
                .target("2").load().migrate();
        try (Connection connection = DriverManager.getConnection(url, "desk", "");
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE ministry SET valid_to = DATE '2019-05-31', successor_id = '" + INTERIOR
                    + "' WHERE id = '" + DIGITAL + "'");
            statement.executeUpdate("INSERT INTO best_practice (id, origin_installation, created_at, created_by,"
                    + " updated_at, updated_by, number, title, theme_area_id, land_id, ministry_id) VALUES ('"
                    + PRACTICE + "', '00000000-0000-0000-0000-000000000000', CURRENT_TIMESTAMP, 'test',"
                    + " CURRENT_TIMESTAMP, 'test', 'BP-TST-0001', 'LOGINEO NRW', '" + EDUCATION + "', '" + NRW
                    + "', '" + SCHOOLS + "')");
        }

        try (Database database = Database.open(folder)) {
            assertThat(database.schemaVersion()).isEqualTo("6");
            Ministry digital = database.read(store -> store.ministries().findById(UUID.fromString(DIGITAL)))
                    .orElseThrow();
            assertThat(digital.successorIds()).containsExactly(UUID.fromString(INTERIOR));
            BestPractice practice = database.read(store -> store.bestPractices().findById(UUID.fromString(PRACTICE)))
                    .orElseThrow();
            assertThat(practice.themeAreaIds()).containsExactly(UUID.fromString(EDUCATION));
            assertThat(practice.ministryId()).isEqualTo(UUID.fromString(SCHOOLS));
            assertThat(practice.adoption()).isEqualTo(Adoption.OFFEN);
            assertThat(practice.initiativeIds()).isEmpty();
        }
    }
}
