package de.digitaldialog.desk.store;

import java.util.ArrayList;
import java.util.List;

/**
 * How a database is opened: the migrations it is brought up to. The program always uses
 * {@link #STANDARD}; tests (and the crash tests) add a location with migrations of their own, e.g.
 * a slow or failing {@code V7}, with {@link #withMigrations}.
 *
 * @param extraMigrations Flyway locations (e.g. {@code classpath:db/testmigration-slow}) searched
 *                        besides the shipped migrations
 */
public record OpenOptions(List<String> extraMigrations) {

    /** The shipped migrations only. */
    public static final OpenOptions STANDARD = new OpenOptions(List.of());

    public OpenOptions {
        extraMigrations = List.copyOf(extraMigrations);
    }

    /** These options with one more Flyway location, e.g. {@code "classpath:db/testmigration-fail"}. */
    public OpenOptions withMigrations(String location) {
        List<String> all = new ArrayList<>(extraMigrations);
        all.add(location);
        return new OpenOptions(all);
    }

    String[] locations() {
        List<String> all = new ArrayList<>();
        all.add("classpath:" + SchemaVersions.LOCATION);
        all.addAll(extraMigrations);
        return all.toArray(String[]::new);
    }
}
