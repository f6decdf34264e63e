package de.digitaldialog.desk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import de.digitaldialog.desk.domain.Installation;
import de.digitaldialog.desk.domain.Person;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Persons stored before V3 get their numbers in the migration: per originating installation, in the
 * order they were created, and the counter continues after them.
 */
class PersonNumbersMigrationTest {

    private static final UUID LOCAL = UUID.fromString("5ca1ab1e-0000-0000-0000-000000000001");
    private static final UUID PARTNER = UUID.fromString("5ca1ab1e-0000-0000-0000-000000000002");
    private static final UUID STMD = UUID.fromString("30000000-0000-0000-0009-000000000013");
    private static final UUID BAVARIA = UUID.fromString("10000000-0000-0000-0000-000000000009");

    @TempDir
    Path folder;

    @Test
    void existingPersonsAreNumberedByCreationPerInstallation() throws Exception {
        String url = "jdbc:h2:file:" + folder.resolve(Database.FILE_NAME).toAbsolutePath();
        try (Connection connection = DriverManager.getConnection(url, "desk", "")) {
            Flyway.configure().dataSource(url, "desk", "").locations("classpath:" + SchemaVersions.LOCATION)
                    .target("2").load().migrate();
            installation(connection, LOCAL, "BY1", true);
            installation(connection, PARTNER, "NW1", false);
            person(connection, LOCAL, "Zweite", "2019-03-12T10:00:00Z", STMD);
            person(connection, LOCAL, "Erste", "2019-03-11T10:00:00Z", null);
            person(connection, PARTNER, "Partnerin", "2019-03-13T10:00:00Z", null);
            person(connection, LOCAL, "Dritte", "2019-03-14T10:00:00Z", null);
        }

        try (Database database = Database.open(folder)) {
            List<Person> persons = database.read(store -> store.persons().findAll()).stream()
                    .sorted(Comparator.comparing(Person::number)).toList();
            assertThat(persons).extracting(Person::number, Person::lastName).containsExactly(
                    tuple("PER-BY1-0001", "Erste"),
                    tuple("PER-BY1-0002", "Zweite"),
                    tuple("PER-BY1-0003", "Dritte"),
                    tuple("PER-NW1-0001", "Partnerin"));
            assertThat(persons.get(1).landId()).isEqualTo(BAVARIA);
            assertThat(persons.get(0).landId()).isNull();

            Installation local = database.read(store -> store.installations().findLocal()).orElseThrow();
            String next = database.inTransaction(store -> store.installations().nextNumber(local, "PER"));
            assertThat(next).isEqualTo("PER-BY1-0004");
        }
    }

    private static void installation(Connection connection, UUID id, String code, boolean local) throws Exception {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO installation (id, code, is_local, created_at) VALUES (?, ?, ?, CURRENT_TIMESTAMP)")) {
            insert.setObject(1, id);
            insert.setString(2, code);
            insert.setBoolean(3, local);
            insert.executeUpdate();
        }
    }

    private static void person(Connection connection, UUID origin, String lastName, String created, UUID ministry)
            throws Exception {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO person (id, origin_installation, "
                + "created_at, created_by, updated_at, updated_by, version, last_name, ministry_id) "
                + "VALUES (?, ?, ?, 'test', ?, 'test', 0, ?, ?)")) {
            Timestamp at = Timestamp.from(Instant.parse(created));
            insert.setObject(1, UUID.randomUUID());
            insert.setObject(2, origin);
            insert.setTimestamp(3, at);
            insert.setTimestamp(4, at);
            insert.setString(5, lastName);
            insert.setObject(6, ministry);
            insert.executeUpdate();
        }
    }
}
