package de.digitaldialog.desk.ui.initiative.list;

import de.digitaldialog.desk.domain.Arena;
import de.digitaldialog.desk.domain.Classification;
import de.digitaldialog.desk.domain.InitiativeStatus;
import de.digitaldialog.desk.domain.InitiativeSummary;
import de.digitaldialog.desk.domain.TrafficLight;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.workspace.Workspace;
import de.digitaldialog.desk.ui.common.DirectTaskExecutor;
import de.digitaldialog.desk.ui.common.WorkspaceModel;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

/**
 * Filtering the initiative list per keystroke: the view model's filter (a new predicate on the
 * FilteredList over the loaded rows, the count updated) against a bare loop of String.contains
 * over the same precomputed lower-case texts, in the same run, typing the same words letter by
 * letter (the view model narrows: a row the shorter text missed is not searched again), and
 * the same words pasted whole (a full search each). Goal: at most 3x. Rows: 100 000 made-up initiatives in memory, or those of a data folder
 * ({@code -Dbench.dataDir=DIR}, e.g. one filled by {@code desk demo --initiatives 100000}).
 */
public final class FilterBenchmark {

    private static final int ROWS = Integer.getInteger("bench.initiatives", 100_000);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 15);
    private static final List<String> TYPED = List.of("digitale plattform", "ini-by1-0423", "kommunen", "xyz");

    private FilterBenchmark() {
    }

    public static void main(String[] args) {
        List<InitiativeSummary> rows = rows();
        Messages messages = Messages.of(Locale.GERMAN);
        DirectTaskExecutor executor = new DirectTaskExecutor();
        // filtering reads nothing: the rows are shown directly, no service is asked
        InitiativesViewModel viewModel = new InitiativesViewModel(messages, executor, null, null,
                new WorkspaceModel(executor, null));
        viewModel.show(rows, List.of(), List.of());
        String[] texts = rows.stream().map(row -> InitiativesViewModel.searchText(row, Locale.GERMAN))
                .toArray(String[]::new);
        List<String> keystrokes = new ArrayList<>();
        for (String word : TYPED) {
            for (int length = 1; length <= word.length(); length++) {
                keystrokes.add(word.substring(0, length));
            }
        }

        long[] model = new long[ROUNDS];
        long[] bare = new long[ROUNDS];
        long checksum = 0;
        for (int round = -5; round < ROUNDS; round++) { // five warm-up rounds
            long modelNanos = 0;
            long bareNanos = 0;
            for (String typed : keystrokes) {
                long start = System.nanoTime();
                viewModel.textProperty().set(typed);
                int shown = viewModel.initiatives().size();
                modelNanos += System.nanoTime() - start;

                start = System.nanoTime();
                int matches = 0;
                for (String text : texts) {
                    if (text.contains(typed)) {
                        matches++;
                    }
                }
                bareNanos += System.nanoTime() - start;
                if (matches != shown) {
                    throw new IllegalStateException(typed + ": " + shown + " shown, " + matches + " match");
                }
                checksum += shown;
            }
            viewModel.textProperty().set("");
            if (round >= 0) {
                model[round] = modelNanos / keystrokes.size();
                bare[round] = bareNanos / keystrokes.size();
            }
        }
        // the same words pasted at once: no narrowing from the previous keystroke, a full search
        long[] fullModel = new long[ROUNDS];
        long[] fullBare = new long[ROUNDS];
        for (int round = -3; round < ROUNDS; round++) {
            long modelNanos = 0;
            long bareNanos = 0;
            for (String word : TYPED) {
                viewModel.textProperty().set("");
                long start = System.nanoTime();
                viewModel.textProperty().set(word);
                int shown = viewModel.initiatives().size();
                modelNanos += System.nanoTime() - start;
                start = System.nanoTime();
                int matches = 0;
                for (String text : texts) {
                    if (text.contains(word)) {
                        matches++;
                    }
                }
                bareNanos += System.nanoTime() - start;
                checksum += shown - matches;
            }
            if (round >= 0) {
                fullModel[round] = modelNanos / TYPED.size();
                fullBare[round] = bareNanos / TYPED.size();
            }
        }
        double fullModelMs = median(fullModel) / 1e6;
        double fullBareMs = median(fullBare) / 1e6;
        double modelMs = median(model) / 1e6;
        double bareMs = median(bare) / 1e6;
        System.out.printf(Locale.ROOT, "Filter %d initiatives, %d keystrokes x %d rounds (checksum %d)%n", rows.size(),
                keystrokes.size(), ROUNDS, checksum);
        System.out.printf(Locale.ROOT, "View model filter per keystroke: median %.2f ms%n", modelMs);
        System.out.printf(Locale.ROOT, "Bare String.contains loop:       median %.2f ms%n", bareMs);
        System.out.printf(Locale.ROOT, "Ratio: %.2f (goal: at most 3.00)%n", modelMs / bareMs);
        System.out.printf(Locale.ROOT, "Whole word pasted (full search): view model %.2f ms, bare loop %.2f ms,"
                + " ratio %.2f%n", fullModelMs, fullBareMs, fullModelMs / fullBareMs);
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static List<InitiativeSummary> rows() {
        String folder = System.getProperty("bench.dataDir");
        if (folder != null && !folder.isBlank()) {
            try (Workspace workspace = Workspace.open(Path.of(folder))) {
                return workspace.initiatives().list();
            }
        }
        return madeUp(ROWS, new Random(20190312L));
    }

    /** Rows like those {@code demo --initiatives} writes, without a database. */
    static List<InitiativeSummary> madeUp(int count, Random random) {
        String[] actions = {"Gemeinsame Strategie für", "Pilotprojekt zu", "Länderübergreifende Plattform für",
            "Förderprogramm für", "Studie zu", "Standards für", "Modellregion für"};
        String[] subjects = {"digitale Bauanträge", "KI-Reallabore", "Telemedizin in der Fläche", "Schul-WLAN",
            "Cyberabwehr der Kommunen", "autonomes Fahren", "Gigabitausbau im ländlichen Raum",
            "mobiles Arbeiten", "die elektronische Akte", "digitale Lernplattformen"};
        String[] places = {"", "", " in Kommunen", " im ländlichen Raum", " an Hochschulen"};
        String[] steps = {"Eckpunkte abstimmen", "Kabinettsvorlage vorbereiten", "Pilotkommunen auswählen",
            "Finanzierung klären", "Workshop mit den Kommunen"};
        String[] areas = {"KI", "INFRA", "EGOV", "ARBEIT", "BILDUNG", "EHEALTH", "CYBER", "MOBIL"};
        List<InitiativeSummary> rows = new ArrayList<>(count);
        LocalDate base = LocalDate.of(2019, 3, 12);
        for (int i = 1; i <= count; i++) {
            String subject = subjects[random.nextInt(subjects.length)];
            rows.add(new InitiativeSummary(UUID.randomUUID(), String.format(Locale.ROOT, "INI-BY1-%04d", i),
                    actions[random.nextInt(actions.length)] + " " + subject + places[random.nextInt(places.length)],
                    List.of(areas[random.nextInt(areas.length)]), List.of("StMD", "MWIDE"),
                    Arena.values()[random.nextInt(4)], InitiativeStatus.values()[random.nextInt(7)],
                    TrafficLight.values()[random.nextInt(3)], Classification.OFFEN, "Zwischenbericht",
                    base.plusDays(random.nextInt(2000)), base.plusDays(random.nextInt(2500)), Instant.now(),
                    "Benchmark", "Bayern und Nordrhein-Westfalen wollen bei " + subject
                    + " Doppelarbeit vermeiden. Die Staatskanzleien koordinieren.",
                    steps[random.nextInt(steps.length)], List.of(), List.of("DE-BY", "DE-NW"), 0));
        }
        return rows;
    }
}
