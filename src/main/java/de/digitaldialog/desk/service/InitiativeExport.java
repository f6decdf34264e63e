package de.digitaldialog.desk.service;

import de.digitaldialog.desk.domain.Classification;
import de.digitaldialog.desk.domain.DeskException;
import de.digitaldialog.desk.domain.InitiativeSummary;
import de.digitaldialog.desk.domain.LocalizedText;
import de.digitaldialog.desk.domain.ThemeArea;
import de.digitaldialog.desk.i18n.Messages;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Exports a list of initiatives to CSV (as German Excel opens it) or XLSX. One call serves the
 * window (in a background task, with a progress bar) and the command line.
 *
 * <ul>
 *   <li>VS-NfD rows are left out unless asked for; when they are included, the marking
 *       {@value Classification#MARKING} stands above the table.</li>
 *   <li>No cell can become a formula: in CSV a text beginning with {@code = + - @}, a tab or a
 *       carriage return gets a leading apostrophe; in XLSX every text is a string cell, unchanged.</li>
 *   <li>The file is written atomically: into a temporary file in the target folder, then moved
 *       over the target. On failure or cancellation nothing is left behind and an existing target
 *       stays as it was.</li>
 * </ul>
 * The machinery is {@link TableExport}'s, which other lists (best practices) share.
 */
public final class InitiativeExport {

    public enum Format {
        CSV("csv"), XLSX("xlsx");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        /** The usual file name extension, without the dot. */
        public String extension() {
            return extension;
        }

        /** The format a file name's extension names (case-insensitive), e.g. for {@code export x.xlsx}. */
        public static Optional<Format> ofFileName(String fileName) {
            String lower = fileName.toLowerCase(Locale.ROOT);
            return Arrays.stream(values()).filter(f -> lower.endsWith("." + f.extension)).findFirst();
        }
    }

    /** Hears now and then how far the export is: {@code done} of {@code total} rows. */
    @FunctionalInterface
    public interface ProgressListener {
        ProgressListener NONE = (done, total) -> { };

        void progress(long done, long total);
    }

    /** Times (last change) are shown as in the meetings: Berlin time. */
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private static final TableExport<InitiativeSummary> TABLE = new TableExport<>("initiatives", "export.sheet", List.of(
            new TableExport.Column("export.column.number", 16),
            new TableExport.Column("export.column.title", 50),
            new TableExport.Column("export.column.themeAreas", 36),
            new TableExport.Column("export.column.leadMinistries", 30),
            new TableExport.Column("export.column.arena", 20),
            new TableExport.Column("export.column.status", 16),
            new TableExport.Column("export.column.trafficLight", 10),
            new TableExport.Column("export.column.nextMilestone", 36),
            new TableExport.Column("export.column.nextMilestoneDue", 12),
            new TableExport.Column("export.column.targetDate", 12),
            new TableExport.Column("export.column.updatedAt", 17),
            new TableExport.Column("export.column.updatedBy", 28),
            new TableExport.Column("export.column.overdue", 11),
            new TableExport.Column("export.column.classification", 30)), InitiativeSummary::classification);

    private final Supplier<Map<String, LocalizedText>> themeAreaNames;
    private final Clock clock;

    /**
     * @param themeAreaNames the theme areas' names by code; a code without a name is exported as it is
     * @param clock          decides what is overdue
     */
    public InitiativeExport(Map<String, LocalizedText> themeAreaNames, Clock clock) {
        Map<String, LocalizedText> names = Map.copyOf(themeAreaNames);
        this.themeAreaNames = () -> names;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Reads the theme areas' names afresh for every export, so edited names are used. */
    public InitiativeExport(ReferenceDataService referenceData, Clock clock) {
        this.themeAreaNames = themeAreaNames(referenceData);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The theme areas' names by code, read when asked. */
    static Supplier<Map<String, LocalizedText>> themeAreaNames(ReferenceDataService referenceData) {
        return () -> referenceData.themeAreas().stream()
                .collect(Collectors.toMap(ThemeArea::code, ThemeArea::name, (a, b) -> a));
    }

    /**
     * Writes {@code rows} to {@code target}.
     *
     * @param includeClassified include VS-NfD rows on purpose; the file is then marked
     * @param language          headers, value labels and dates in this language
     * @param progress          told (done, total) now and then, from the calling thread
     * @param cancelled         asked between rows; when true the export stops and leaves nothing behind
     * @return the number of rows written (without marking and header)
     * @throws DeskException {@code error.export.write} when the file cannot be written,
     *                       {@code error.export.cancelled} when cancelled
     */
    public int export(List<InitiativeSummary> rows, Path target, Format format, boolean includeClassified,
                      Locale language, ProgressListener progress, BooleanSupplier cancelled) {
        Messages messages = Messages.of(language);
        Map<String, LocalizedText> names = themeAreaNames.get();
        LocalDate today = LocalDate.now(clock);
        return TABLE.export(rows, target, format, includeClassified, messages,
                row -> cells(row, messages, names, today), progress, cancelled);
    }

    /** One cell per column: a String, a LocalDate, a LocalDateTime, or null for empty. */
    private static List<Object> cells(InitiativeSummary row, Messages messages, Map<String, LocalizedText> names,
                                      LocalDate today) {
        List<Object> cells = new ArrayList<>();
        cells.add(row.number());
        cells.add(row.title());
        cells.add(themeAreas(row.themeAreaCodes(), names, messages.locale()));
        cells.add(String.join(", ", row.leadMinistries()));
        cells.add(messages.label(row.arena()));
        cells.add(messages.label(row.status()));
        cells.add(messages.label(row.trafficLight()));
        cells.add(row.nextMilestoneTitle());
        cells.add(row.nextMilestoneDue());
        cells.add(row.targetDate());
        cells.add(dateTime(row.updatedAt()));
        cells.add(row.updatedBy());
        cells.add(messages.get(row.isOverdue(today) ? "export.yes" : "export.no"));
        cells.add(messages.label(row.classification()));
        return cells;
    }

    /** The theme areas' names in the language, comma-separated; a code without a name as it is. */
    static String themeAreas(List<String> codes, Map<String, LocalizedText> names, Locale locale) {
        return codes.stream()
                .map(code -> {
                    LocalizedText name = names.get(code);
                    return name == null ? code : name.in(locale);
                })
                .collect(Collectors.joining(", "));
    }

    /** A stored instant as Berlin time, to the second. */
    static LocalDateTime dateTime(Instant at) {
        return at == null ? null : LocalDateTime.ofInstant(at, ZONE).withNano(0);
    }
}
