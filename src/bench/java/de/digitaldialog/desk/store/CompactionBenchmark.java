package de.digitaldialog.desk.store;

import de.digitaldialog.desk.service.DemoDataGenerator;
import de.digitaldialog.desk.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * How far the database file grows beyond its data, and what {@code SHUTDOWN COMPACT} gives back
 * (issue 11, point 4): {@code bench.initiatives} (100 000) initiatives generated through the
 * services into a fresh data folder ({@code -Dbench.dataDir=DIR}, else
 * {@code target/bench-compaction}, emptied first), then the file's size while open, after the
 * Desk's close, after a plain H2 {@code SHUTDOWN COMPACT}, and the size of a {@code BACKUP TO} zip
 * before and after compacting. Compacting is done with plain H2 statements, so the figures do not
 * depend on what the Desk itself does at close.
 */
public final class CompactionBenchmark {

    private static final int INITIATIVES = Integer.getInteger("bench.initiatives", 100_000);

    private CompactionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(System.getProperty("bench.dataDir", "target/bench-compaction")).toAbsolutePath();
        empty(folder);
        Path file = folder.resolve(Database.DATABASE_FILE);
        String url = "jdbc:h2:file:" + folder.resolve(Database.FILE_NAME) + ";FILE_LOCK=FILE";

        long generated;
        long open;
        Path backupOpen = folder.resolve("backup-uncompacted.zip");
        try (Workspace workspace = Workspace.open(folder)) {
            generated = workspace.demoData().generate(INITIATIVES, DemoDataGenerator.DEFAULT_SEED).millis();
            open = Files.size(file);
            workspace.backups().backUpTo(backupOpen);
        }
        long closed = Files.size(file);

        long started = System.nanoTime();
        execute(url, "SHUTDOWN COMPACT");
        long compactMillis = (System.nanoTime() - started) / 1_000_000;
        long compacted = Files.size(file);
        Path backupCompacted = folder.resolve("backup-compacted.zip");
        execute(url, "BACKUP TO '" + backupCompacted + "'");

        System.out.printf(Locale.ROOT, "%d initiatives generated in %.1f s into %s%n", INITIATIVES,
                generated / 1000.0, folder);
        print("file while open", open, compacted);
        print("file after the Desk's close", closed, compacted);
        print("file after SHUTDOWN COMPACT (" + compactMillis + " ms)", compacted, compacted);
        print("BACKUP TO zip before compacting", Files.size(backupOpen), compacted);
        print("BACKUP TO zip after compacting", Files.size(backupCompacted), compacted);
    }

    private static void execute(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "desk", "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static void print(String what, long bytes, long compacted) {
        System.out.printf(Locale.ROOT, "%-45s %,15d bytes  %9.1f MB  %6.1fx compacted%n", what, bytes,
                bytes / 1e6, (double) bytes / compacted);
    }

    private static void empty(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        Files.createDirectories(folder);
    }
}
