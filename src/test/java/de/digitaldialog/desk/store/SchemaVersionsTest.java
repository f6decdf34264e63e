package de.digitaldialog.desk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaVersionsTest {

    @Test
    void theNewestMigrationIsFoundByNumberNotByText() {
        assertThat(SchemaVersions.newestOf(List.of("V2__b.sql", "V10__c.sql", "V9_1__d.sql", "README.md")))
                .contains("10");
        assertThat(SchemaVersions.newestOf(List.of())).isEmpty();
        assertThat(SchemaVersions.newestShipped()).contains("6");
    }

    @Test
    void aMigratedDatabaseIsCurrentAndAFreshOneIsNot(@TempDir Path folder) throws Exception {
        String url = "jdbc:h2:file:" + folder.resolve("fresh").toAbsolutePath();
        try (Connection fresh = DriverManager.getConnection(url, "desk", "")) {
            assertThat(SchemaVersions.applied(fresh)).isEmpty();
            assertThat(SchemaVersions.isCurrent(SchemaVersions.applied(fresh), SchemaVersions.newestShipped()))
                    .isFalse();
        }
        Database.open(folder).close();
        String migrated = "jdbc:h2:file:" + folder.resolve(Database.FILE_NAME).toAbsolutePath();
        try (Connection connection = DriverManager.getConnection(migrated, "desk", "")) {
            assertThat(SchemaVersions.applied(connection)).contains("6");
            assertThat(SchemaVersions.isCurrent(SchemaVersions.applied(connection), SchemaVersions.newestShipped()))
                    .isTrue();
        }
        assertThat(SchemaVersions.isCurrent(Optional.of("1"), Optional.of("2"))).isFalse();
    }
}
