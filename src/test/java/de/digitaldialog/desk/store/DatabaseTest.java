package de.digitaldialog.desk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.digitaldialog.desk.domain.DeskException;
import de.digitaldialog.desk.domain.ThemeArea;
import de.digitaldialog.desk.testsupport.DatabaseHolder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @TempDir
    Path folder;

    @Test
    void migratesAFreshFileDatabaseWithTheReferenceData() {
        try (Database database = Database.open(folder)) {
            assertThat(Files.exists(folder.resolve("desk.mv.db"))).isTrue();
            assertThat(database.schemaVersion()).isEqualTo("6");
            List<ThemeArea> areas = database.read(store -> store.themeAreas().findAll());
            assertThat(areas).extracting(ThemeArea::code).containsExactlyElementsOf(ThemeArea.CODES);
            assertThat(areas).allSatisfy(area -> {
                assertThat(area.name().en()).isNotBlank();
                assertThat(area.description().de()).isNotBlank();
                assertThat(area.description().en()).isNotBlank();
                assertThat(area.color()).matches("#[0-9a-fA-F]{6}");
                assertThat(area.icon()).startsWith("mdi2");
            });
            var read1 = database.read(store -> store.lands().findAll());
            assertThat(read1).hasSize(17);
            var read2 = database.read(store -> store.meetingFormats().findAll());
            assertThat(read2).hasSize(5);
        }
    }

    @Test
    void openingAgainChangesNothing() {
        Map<String, Long> before;
        try (Database database = Database.open(folder)) {
            before = database.read(store -> store.statistics().rowCounts());
        }
        try (Database database = Database.open(folder)) {
            var read3 = database.read(store -> store.statistics().rowCounts());
            assertThat(read3).isEqualTo(before);
            assertThat(database.schemaVersion()).isEqualTo("6");
        }
    }

    @Test
    void referenceRowsHaveTheSameIdsInEveryInstallation(@TempDir Path other) {
        List<ThemeArea> here;
        try (Database database = Database.open(folder)) {
            here = database.read(store -> store.themeAreas().findAll());
        }
        try (Database database = Database.open(other)) {
            List<ThemeArea> there = database.read(store -> store.themeAreas().findAll());
            assertThat(there).extracting(ThemeArea::id).isEqualTo(here.stream().map(ThemeArea::id).toList());
        }
    }

    @Test
    void aDatabaseHeldByAnotherProcessIsRefusedClearly() throws Exception {
        Process holder = DatabaseHolder.start(folder);
        try {
            assertThatThrownBy(() -> Database.open(folder))
                    .isInstanceOfSatisfying(DeskException.class,
                            e -> assertThat(e.key()).isEqualTo("error.database.inUse"));
        } finally {
            DatabaseHolder.stop(holder);
        }
        try (Database database = Database.open(folder)) {
            assertThat(database.schemaVersion()).isEqualTo("6");
        }
    }

    @Test
    void aDamagedDatabaseFileIsRefusedAndLeftAsItWas() throws Exception {
        Path file = folder.resolve("desk.mv.db");
        byte[] garbage = "this is not an H2 database, but it must not be overwritten".repeat(100).getBytes();
        Files.write(file, garbage);

        assertThatThrownBy(() -> Database.open(folder))
                .isInstanceOfSatisfying(DeskException.class,
                        e -> assertThat(e.key()).isIn("error.database.damaged", "error.database.unreadable"));
        assertThat(Files.readAllBytes(file)).isEqualTo(garbage);
    }

    @Test
    void aFolderThatCannotBeCreatedIsRefusedClearly() throws Exception {
        Path blocker = folder.resolve("file");
        Files.writeString(blocker, "x");
        assertThatThrownBy(() -> Database.open(blocker.resolve("sub")))
                .isInstanceOfSatisfying(DeskException.class,
                        e -> assertThat(e.key()).isEqualTo("error.database.folder"));
    }
}
