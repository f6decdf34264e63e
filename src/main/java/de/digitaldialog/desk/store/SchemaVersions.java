package de.digitaldialog.desk.store;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;

/**
 * Compares the schema version a database has with the newest migration the program ships, so an
 * up-to-date database opens without starting Flyway, which costs a second of start-up on a
 * laptop. Anything unclear (a fresh database, an unknown resource location) means: migrate.
 */
final class SchemaVersions {

    static final String LOCATION = "db/migration";
    private static final Pattern MIGRATION = Pattern.compile("(?:^|/)V(\\d+(?:[._]\\d+)*)__[^/]*\\.sql$");
    private static final Comparator<String> BY_NUMBER = Comparator.comparing(SchemaVersions::parts,
            SchemaVersions::compareParts);

    private SchemaVersions() {
    }

    /** The highest version among the shipped migrations, if they can be listed. */
    static Optional<String> newestShipped() {
        URL folder = SchemaVersions.class.getClassLoader().getResource(LOCATION);
        if (folder == null) {
            return Optional.empty();
        }
        try {
            return newestOf(names(folder));
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static Optional<String> newestOf(List<String> names) {
        List<String> versions = new ArrayList<>();
        for (String name : names) {
            Matcher matcher = MIGRATION.matcher(name);
            if (matcher.find()) {
                versions.add(matcher.group(1).replace('_', '.'));
            }
        }
        return versions.stream().max(BY_NUMBER);
    }

    /** The version Flyway last applied successfully; empty for a database it never touched. */
    static Optional<String> applied(Connection connection) {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     // Flyway names its table in quoted lower case
                     "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL")) {
            List<String> versions = new ArrayList<>();
            while (rows.next()) {
                versions.add(rows.getString(1));
            }
            return versions.stream().max(BY_NUMBER);
        } catch (SQLException e) {
            return Optional.empty();
        }
    }

    static boolean isCurrent(Optional<String> applied, Optional<String> shipped) {
        return applied.isPresent() && shipped.isPresent() && BY_NUMBER.compare(applied.get(), shipped.get()) == 0;
    }

    static boolean isNewer(String version, String than) {
        return BY_NUMBER.compare(version, than) > 0;
    }

    private static List<String> names(URL folder) throws IOException, URISyntaxException {
        switch (folder.getProtocol()) {
            case "file" -> {
                try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
                    return files.map(file -> file.getFileName().toString()).toList();
                }
            }
            case "jar" -> {
                JarURLConnection connection = (JarURLConnection) folder.openConnection();
                connection.setUseCaches(false);
                try (var jar = connection.getJarFile()) {
                    return jar.stream().map(ZipEntry::getName).filter(name -> name.startsWith(LOCATION + "/")).toList();
                }
            }
            default -> {
                return List.of();
            }
        }
    }

    private static int[] parts(String version) {
        return Arrays.stream(version.split("\\.")).mapToInt(Integer::parseInt).toArray();
    }

    private static int compareParts(int[] a, int[] b) {
        return Arrays.compare(a, b);
    }
}
