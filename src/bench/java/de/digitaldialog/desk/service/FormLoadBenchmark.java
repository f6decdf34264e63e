package de.digitaldialog.desk.service;

import static de.digitaldialog.desk.store.generated.Tables.ACTION_ITEM;
import static de.digitaldialog.desk.store.generated.Tables.AGENDA_ITEM_INITIATIVE;
import static de.digitaldialog.desk.store.generated.Tables.DECISION;
import static de.digitaldialog.desk.store.generated.Tables.INITIATIVE;
import static de.digitaldialog.desk.store.generated.Tables.INITIATIVE_CONTACT;
import static de.digitaldialog.desk.store.generated.Tables.INITIATIVE_FURTHER_LAND;
import static de.digitaldialog.desk.store.generated.Tables.INITIATIVE_LEAD;
import static de.digitaldialog.desk.store.generated.Tables.INITIATIVE_PARTICIPANT;
import static de.digitaldialog.desk.store.generated.Tables.INITIATIVE_THEME_AREA;
import static de.digitaldialog.desk.store.generated.Tables.MILESTONE;
import static de.digitaldialog.desk.store.generated.Tables.STATUS_CHANGE;

import de.digitaldialog.desk.domain.InitiativeSummary;
import de.digitaldialog.desk.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * Loading one initiative's form data — the initiative with its theme areas, ministries, further
 * Länder, contacts and milestones, its status history and the meetings, TOPs, decisions and
 * action items that refer to it — through {@link InitiativeService#details}, against the naive
 * way in the same run: one plain single-table jOOQ fetch per table the form reads (eleven), each
 * over the same pooled H2 file database. Goal: at most 1x (fewer round trips than the naive way).
 * <p>
 * Data: a folder given with {@code -Dbench.dataDir=DIR}, else {@code target/bench-initiatives},
 * filled once with the example data and {@code bench.initiatives} (100 000) generated
 * initiatives and kept for later runs (generating takes minutes).
 */
public final class FormLoadBenchmark {

    private static final int INITIATIVES = Integer.getInteger("bench.initiatives", 100_000);
    private static final int SAMPLE = Integer.getInteger("bench.sample", 500);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 15);

    private FormLoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(System.getProperty("bench.dataDir", "target/bench-initiatives"));
        try (Workspace workspace = Workspace.open(folder)) {
            List<InitiativeSummary> all = workspace.initiatives().list();
            if (all.size() < INITIATIVES) {
                System.out.printf(Locale.ROOT, "Generating %d initiatives in %s (once) …%n", INITIATIVES, folder);
                if (all.isEmpty()) {
                    workspace.demoData().load(false);
                }
                workspace.demoData().generate(INITIATIVES - workspace.initiatives().list().size(), 42L);
                all = workspace.initiatives().list();
            }
            List<UUID> sample = sample(all);
            try (Naive naive = new Naive(folder)) {
                run(workspace, naive, all.size(), sample);
            }
        }
    }

    private static void run(Workspace workspace, Naive naive, int total, List<UUID> sample) {
        Function<UUID, Object> ours = id -> workspace.initiatives().details(id);
        long[] oursNanos = new long[ROUNDS];
        long[] naiveNanos = new long[ROUNDS];
        long checksum = 0;
        for (int round = -5; round < ROUNDS; round++) { // five warm-up rounds
            long start = System.nanoTime();
            for (UUID id : sample) {
                checksum += ours.apply(id).hashCode() & 1;
            }
            long middle = System.nanoTime();
            for (UUID id : sample) {
                checksum += naive.load(id);
            }
            long end = System.nanoTime();
            if (round >= 0) {
                oursNanos[round] = (middle - start) / sample.size();
                naiveNanos[round] = (end - middle) / sample.size();
            }
        }
        double oursUs = median(oursNanos) / 1e3;
        double naiveUs = median(naiveNanos) / 1e3;
        System.out.printf(Locale.ROOT, "Form data of %d of %d initiatives x %d rounds (checksum %d)%n", sample.size(),
                total, ROUNDS, checksum);
        System.out.printf(Locale.ROOT, "InitiativeService.details:           median %.1f µs per initiative%n", oursUs);
        System.out.printf(Locale.ROOT, "%d plain single-table jOOQ fetches:  median %.1f µs per initiative%n",
                Naive.FETCHES, naiveUs);
        System.out.printf(Locale.ROOT, "Ratio: %.2f (goal: at most 1.00)%n", oursUs / naiveUs);
    }

    private static List<UUID> sample(List<InitiativeSummary> all) {
        List<UUID> ids = new ArrayList<>(all.stream().map(InitiativeSummary::id).toList());
        Collections.shuffle(ids, new Random(20190312L));
        return List.copyOf(ids.subList(0, Math.min(SAMPLE, ids.size())));
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** The naive way: each table the form needs, fetched on its own, records only, no mapping. */
    private static final class Naive implements AutoCloseable {

        static final int FETCHES = 11;

        private final JdbcConnectionPool pool;
        private final DSLContext dsl;

        Naive(Path folder) {
            if (!Files.isDirectory(folder)) {
                throw new IllegalArgumentException(folder + " is not a folder");
            }
            // the same file the workspace holds open: within one JVM, H2 shares the open database
            pool = JdbcConnectionPool.create("jdbc:h2:file:" + folder.resolve("desk").toAbsolutePath()
                    + ";FILE_LOCK=FILE;WRITE_DELAY=0", "desk", "");
            dsl = DSL.using(pool, SQLDialect.H2);
        }

        long load(UUID id) {
            return dsl.selectFrom(INITIATIVE).where(INITIATIVE.ID.eq(id)).fetch().size()
                    + dsl.selectFrom(INITIATIVE_THEME_AREA).where(INITIATIVE_THEME_AREA.INITIATIVE_ID.eq(id)).fetch().size()
                    + dsl.selectFrom(INITIATIVE_LEAD).where(INITIATIVE_LEAD.INITIATIVE_ID.eq(id)).fetch().size()
                    + dsl.selectFrom(INITIATIVE_PARTICIPANT).where(INITIATIVE_PARTICIPANT.INITIATIVE_ID.eq(id)).fetch().size()
                    + dsl.selectFrom(INITIATIVE_FURTHER_LAND).where(INITIATIVE_FURTHER_LAND.INITIATIVE_ID.eq(id)).fetch().size()
                    + dsl.selectFrom(INITIATIVE_CONTACT).where(INITIATIVE_CONTACT.INITIATIVE_ID.eq(id)).fetch().size()
                    + dsl.selectFrom(MILESTONE).where(MILESTONE.INITIATIVE_ID.eq(id)).fetch().size()
                    + dsl.selectFrom(STATUS_CHANGE).where(STATUS_CHANGE.INITIATIVE_ID.eq(id)).fetch().size()
                    + dsl.selectFrom(AGENDA_ITEM_INITIATIVE).where(AGENDA_ITEM_INITIATIVE.INITIATIVE_ID.eq(id)).fetch().size()
                    + dsl.selectFrom(DECISION).where(DECISION.INITIATIVE_ID.eq(id)).fetch().size()
                    + dsl.selectFrom(ACTION_ITEM).where(ACTION_ITEM.INITIATIVE_ID.eq(id)).fetch().size();
        }

        @Override
        public void close() {
            pool.dispose();
        }
    }
}
