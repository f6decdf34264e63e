package de.digitaldialog.desk.store;

import de.digitaldialog.desk.domain.DeskException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.exception.DataAccessException;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded H2 database in a data folder, guarded against a second process (by H2's lock file,
 * or by the data folder's lock its caller holds, see {@link Guard}), migrated by Flyway, opened
 * read-only where nothing may be written, reopened in place for a restore, closed cleanly.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    static final String FILE_NAME = "desk";
    /** The database user the Desk works as; its password is in {@link Credentials}. */
    static final String USER = "desk";
    /** The one file H2 keeps the database in, and the one entry its {@code BACKUP TO} zip holds. */
    public static final String DATABASE_FILE = FILE_NAME + ".mv.db";
    /** The lock file H2 keeps beside the database while it is open with {@link Guard#H2_LOCK_FILE}. */
    public static final String H2_LOCK_FILE = FILE_NAME + ".lock.db";

    /** Unquoted names, so the same generated code can later talk to PostgreSQL. */
    private static final Settings SETTINGS = new Settings()
            .withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED)
            .withExecuteLogging(false);
    private static final DSLContext RENDERER = DSL.using(SQLDialect.H2, SETTINGS);

    private final ThreadLocal<Store> current = new ThreadLocal<>();

    private final Path folder;
    /** The URL without the settings the credentials add: a re-encryption changes those. */
    private final String url;
    private volatile Credentials credentials;
    // replaced by reopenAfter (a restore in the running window), so the services keep this object
    private volatile JdbcConnectionPool pool;
    private volatile DSLContext dsl;
    /** Committed transactions since opening: automatic backups look whether anything changed. */
    private final AtomicLong commits = new AtomicLong();
    /** Work on the pool holds it shared; {@link #reopenAfter} exclusively, so no connection outlives the pool. */
    private final ReadWriteLock gate = new ReentrantReadWriteLock();

    private Database(Path folder, String url, Credentials credentials, JdbcConnectionPool pool) {
        this.folder = folder;
        this.url = url;
        this.credentials = credentials;
        this.pool = pool;
        this.dsl = DSL.using(pool, SQLDialect.H2, SETTINGS);
    }

    /** Opens (creating if needed) and migrates the database in {@code folder}. */
    public static Database open(Path folder) {
        return open(folder, OpenOptions.STANDARD);
    }

    /** Opens (creating if needed) and migrates the database in {@code folder}, with the given migrations. */
    public static Database open(Path folder, OpenOptions options) {
        return open(folder, options, Credentials.LEGACY);
    }

    /** As {@link #open(Path, OpenOptions)}, with {@code credentials} (a new file is created with them). */
    public static Database open(Path folder, OpenOptions options, Credentials credentials) {
        Database database = openUnmigrated(folder, Guard.H2_LOCK_FILE, credentials);
        try {
            if (database.needsMigration(options)) {
                database.migrate(options);
            }
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        return database;
    }

    /**
     * Opens (creating if needed) the database in {@code folder} without migrating it, so a backup
     * can be taken before {@link #migrate}.
     */
    public static Database openUnmigrated(Path folder) {
        return openUnmigrated(folder, Guard.H2_LOCK_FILE);
    }

    /** As {@link #openUnmigrated(Path)}, guarded against a second process as {@code guard} says. */
    public static Database openUnmigrated(Path folder, Guard guard) {
        return openUnmigrated(folder, guard, Credentials.LEGACY);
    }

    /** As {@link #openUnmigrated(Path, Guard)}, with {@code credentials}. */
    public static Database openUnmigrated(Path folder, Guard guard, Credentials credentials) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new DeskException(e, "error.database.folder", folder);
        }
        // WRITE_DELAY=0 loses no committed work on power failure
        return connect(folder, guard.setting + ";WRITE_DELAY=0;QUERY_CACHE_SIZE=64", credentials);
    }

    /**
     * Opens the existing database in {@code folder} for reading only: H2 then writes nothing to its
     * file, not even the header, and nothing is migrated.
     */
    public static Database openReadOnly(Path folder) {
        return openReadOnly(folder, Guard.H2_LOCK_FILE);
    }

    /** As {@link #openReadOnly(Path)}, guarded against a second process as {@code guard} says. */
    public static Database openReadOnly(Path folder, Guard guard) {
        return openReadOnly(folder, guard, Credentials.LEGACY);
    }

    /** As {@link #openReadOnly(Path, Guard)}, with {@code credentials}. */
    public static Database openReadOnly(Path folder, Guard guard, Credentials credentials) {
        return connect(folder, guard.setting + ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE", credentials);
    }

    /** How the database file is guarded against a second process. */
    public enum Guard {
        /**
         * H2's own lock file ({@code desk.lock.db}), for a database used without the data folder's
         * lock (a backup checked in a temporary folder). A killed process leaves it behind.
         */
        H2_LOCK_FILE(";FILE_LOCK=FILE"),
        /**
         * Nothing more from H2: the caller holds the data folder's lock ({@code desk.lock}), which the
         * operating system releases when a process dies, so a killed Desk never leaves the folder
         * "in use" (a read-only open refuses a lock file H2 left behind).
         */
        FOLDER_LOCK(";FILE_LOCK=NO");

        private final String setting;

        Guard(String setting) {
            this.setting = setting;
        }
    }

    /** H2 writes no trace file of its own: it would keep SQL text beside the database. */
    private static Database connect(Path folder, String settings, Credentials credentials) {
        String url = "jdbc:h2:file:" + folder.resolve(FILE_NAME).toAbsolutePath() + settings + ";TRACE_LEVEL_FILE=0";
        JdbcConnectionPool pool = pool(url, credentials);
        try (Connection connection = pool.getConnection()) {
            LOG.info("Opened database in {}", folder);
        } catch (SQLException e) {
            pool.dispose();
            throw openFailure(folder, e);
        }
        return new Database(folder, url, credentials, pool);
    }

    private static JdbcConnectionPool pool(String url, Credentials credentials) {
        return JdbcConnectionPool.create(url + credentials.urlSettings(), USER, credentials.jdbcPassword());
    }

    /** True when {@code options}' migrations hold one this database has not applied yet. */
    public boolean needsMigration(OpenOptions options) {
        if (!options.extraMigrations().isEmpty()) {
            return flyway(options).info().pending().length > 0;
        }
        try (Connection connection = pool.getConnection()) {
            return !SchemaVersions.isCurrent(SchemaVersions.applied(connection), SchemaVersions.newestShipped());
        } catch (SQLException e) {
            throw openFailure(folder, e);
        }
    }

    /** True when the database has a migration applied that {@code options}' migrations do not know. */
    public boolean schemaNewerThan(OpenOptions options) {
        if (options.extraMigrations().isEmpty()) {
            return schemaNewerThanShipped();
        }
        return Arrays.stream(flyway(options).info().all()).anyMatch(migration -> migration.getState().isApplied()
                && !migration.getState().isResolved());
    }

    /** Applies the pending migrations; on failure the database is closed. */
    public void migrate(OpenOptions options) {
        try {
            flyway(options).migrate();
        } catch (FlywayException e) {
            pool.dispose();
            throw new DeskException(e, "error.database.migration", folder, StorageProblem.of(e));
        }
    }

    private Flyway flyway(OpenOptions options) {
        return Flyway.configure()
                .dataSource(pool)
                .locations(options.locations())
                .load();
    }

    private static DeskException openFailure(Path folder, SQLException e) {
        return switch (e.getErrorCode()) {
            case ErrorCode.DATABASE_ALREADY_OPEN_1 -> new DeskException(e, "error.database.inUse", folder);
            // the side file's check value confirmed the passphrase before: a key that does not open the file
            case ErrorCode.FILE_CORRUPTED_1, ErrorCode.FILE_VERSION_ERROR_1, ErrorCode.FILE_ENCRYPTION_ERROR_1 ->
                    new DeskException(e, "error.database.damaged", folder);
            default -> new DeskException(e, "error.database.unreadable", folder, StorageProblem.of(e));
        };
    }

    /**
     * Runs one use case in one transaction: all of it is stored or, if anything fails, none of
     * it. A call made while this thread is already inside a transaction joins it, so a use case
     * built from other use cases (loading example data) is still one transaction. A constraint
     * the database refuses comes back as a readable domain error.
     */
    public <T> T inTransaction(Function<Store, T> work) {
        Store joined = current.get();
        if (joined != null) {
            return work.apply(joined);
        }
        gate.readLock().lock();
        try {
            T result = dsl.transactionResult(configuration -> {
                current.set(new Store(configuration.dsl()));
                try {
                    return work.apply(current.get());
                } finally {
                    current.remove();
                }
            });
            commits.incrementAndGet();
            return result;
        } catch (DataAccessException e) {
            throw writeFailure(e);
        } finally {
            gate.readLock().unlock();
        }
    }

    /** A refused constraint or a named storage problem as a domain error; anything else as it is. */
    private static RuntimeException writeFailure(DataAccessException e) {
        RuntimeException refused = ConstraintErrors.translate(e);
        StorageProblem problem = StorageProblem.of(e);
        return refused != e || problem == StorageProblem.UNKNOWN ? refused
                : new DeskException(e, "error.database.write", problem);
    }

    /**
     * Reads without a transaction of its own, or inside the one this thread is running. All
     * queries of one read share one pooled connection instead of taking one each.
     */
    public <T> T read(Function<Store, T> work) {
        Store joined = current.get();
        if (joined != null) {
            return work.apply(joined);
        }
        gate.readLock().lock();
        try {
            return dsl.connectionResult(connection -> work.apply(new Store(DSL.using(connection, SQLDialect.H2,
                    SETTINGS))));
        } finally {
            gate.readLock().unlock();
        }
    }

    /** Plain JDBC work on one connection, for the checks of this package that jOOQ's tables do not cover. */
    @FunctionalInterface
    interface ConnectionWork<T> {
        T apply(Connection connection) throws SQLException;
    }

    <T> T onConnection(ConnectionWork<T> work) {
        try (Connection connection = pool.getConnection()) {
            return work.apply(connection);
        } catch (SQLException e) {
            throw openFailure(folder, e);
        }
    }

    /** The SQL of a query as this database runs it, bind values as {@code ?}. */
    static String render(Query query) {
        return RENDERER.render(query);
    }

    public Path folder() {
        return folder;
    }

    /** The schema version Flyway last applied, e.g. "2". */
    public String schemaVersion() {
        try (Connection connection = pool.getConnection()) {
            return SchemaVersions.applied(connection).orElse("0");
        } catch (SQLException e) {
            throw new DeskException(e, "error.database.unreadable", folder, StorageProblem.of(e));
        }
    }

    /** True when the database's schema is newer than the newest migration this program ships. */
    public boolean schemaNewerThanShipped() {
        Optional<String> shipped = SchemaVersions.newestShipped();
        return shipped.isPresent() && SchemaVersions.isNewer(schemaVersion(), shipped.get());
    }

    /**
     * Writes a consistent copy of the open database into {@code file} (a zip) with H2's
     * {@code BACKUP TO}, never by copying the open file. An existing {@code file} is overwritten,
     * so the caller claims the name first.
     */
    public void backupTo(Path file) {
        String name = file.toAbsolutePath().toString().replace("'", "''");
        gate.readLock().lock();
        try (Connection connection = pool.getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("BACKUP TO '" + name + "'");
        } catch (SQLException e) {
            throw new DeskException(e, "error.backup.write", file, StorageProblem.of(e));
        } finally {
            gate.readLock().unlock();
        }
    }

    /**
     * Closes the database rewriting its file without free space ({@code SHUTDOWN COMPACT}), which
     * takes a moment on a large file; falls back to a plain close when that fails.
     */
    public void closeCompacted() {
        try (Connection connection = pool.getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN COMPACT");
        } catch (SQLException e) {
            LOG.warn("Compacting the database in {} failed", folder, e);
        }
        close();
    }

    @Override
    public void close() {
        pool.dispose();
        LOG.info("Closed database in {}", folder);
    }

    /** How many transactions were committed since this database was opened. */
    public long commits() {
        return commits.get();
    }

    /**
     * Closes the database once running work is done, runs {@code whileClosed} (which may replace its
     * file) and opens it again on the same URL, even when {@code whileClosed} fails: the objects
     * holding this database keep working. Must not be called from inside a transaction.
     */
    public void reopenAfter(Runnable whileClosed) {
        reopenAfter(whileClosed, UnaryOperator.identity());
    }

    /**
     * As {@link #reopenAfter(Runnable)}, reopened with the credentials {@code then} gives for the
     * current ones once {@code whileClosed} has run or failed (new ones once another file is in place).
     */
    public void reopenAfter(Runnable whileClosed, UnaryOperator<Credentials> then) {
        gate.writeLock().lock();
        try {
            pool.dispose();
            LOG.info("Closed database in {} to reopen it", folder);
            try {
                whileClosed.run();
            } finally {
                credentials = then.apply(credentials);
                pool = pool(url, credentials);
                dsl = DSL.using(pool, SQLDialect.H2, SETTINGS);
                LOG.info("Reopened database in {}", folder);
            }
        } finally {
            gate.writeLock().unlock();
        }
    }
}
