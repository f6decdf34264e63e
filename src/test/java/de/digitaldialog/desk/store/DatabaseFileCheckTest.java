package de.digitaldialog.desk.store;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitaldialog.desk.store.DatabaseFileCheck.Damage;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The look at a closed file: both header copies after a clean close, one after a crash. */
class DatabaseFileCheckTest {

    @TempDir
    Path folder;

    @Test
    void aSoundFileHasNoDamageAndEachKindIsNamed() throws Exception {
        Database.open(folder).close();
        Path file = folder.resolve(Database.DATABASE_FILE);
        long size = Files.size(file);

        assertThat(DatabaseFileCheck.check(file, size, 2)).isEmpty();
        assertThat(DatabaseFileCheck.check(file, size + 1, 2)).contains(Damage.TRUNCATED);
        assertThat(DatabaseFileCheck.check(folder.resolve("none.mv.db"), 0, 1)).contains(Damage.MISSING);

        try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
            out.seek(4096 + 20);
            out.write('X');
        }
        assertThat(DatabaseFileCheck.check(file, size, 2)).as("a flipped byte breaks the checksum").contains(Damage.HEADER);
        assertThat(DatabaseFileCheck.check(file, 0, 1)).as("after a crash one copy is enough").isEmpty();

        Files.write(file, new byte[0]);
        assertThat(DatabaseFileCheck.check(file, 0, 1)).contains(Damage.EMPTY);
    }
}
