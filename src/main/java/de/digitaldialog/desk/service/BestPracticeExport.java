package de.digitaldialog.desk.service;

import de.digitaldialog.desk.domain.BestPracticeSummary;
import de.digitaldialog.desk.domain.DeskException;
import de.digitaldialog.desk.domain.Land;
import de.digitaldialog.desk.domain.LocalizedText;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.service.InitiativeExport.Format;
import de.digitaldialog.desk.service.InitiativeExport.ProgressListener;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Exports a (filtered) list of best practices to CSV or XLSX exactly as initiatives are exported
 * ({@link InitiativeExport}: same formats, VS-NfD rules, formula guard, atomic file, progress and
 * cancellation); one call serves the window and the command line.
 */
public final class BestPracticeExport {

    private static final TableExport<BestPracticeSummary> TABLE = new TableExport<>("best practices", "export.sheet.bestPractices", List.of(
            new TableExport.Column("export.column.number", 16),
            new TableExport.Column("export.column.title", 50),
            new TableExport.Column("export.column.themeAreas", 36),
            new TableExport.Column("export.column.land", 22),
            new TableExport.Column("export.column.ministry", 14),
            new TableExport.Column("export.column.transferability", 16),
            new TableExport.Column("export.column.adoption", 16),
            new TableExport.Column("export.column.adoptionReason", 36),
            new TableExport.Column("export.column.contact", 28),
            new TableExport.Column("export.column.link", 36),
            new TableExport.Column("export.column.updatedAt", 17),
            new TableExport.Column("export.column.updatedBy", 28),
            new TableExport.Column("export.column.classification", 30)), BestPracticeSummary::classification);

    private final Supplier<Map<String, LocalizedText>> themeAreaNames;
    private final Supplier<Map<String, LocalizedText>> landNames;

    /** Reads theme area and Land names afresh for every export, so edited names are used. */
    public BestPracticeExport(ReferenceDataService referenceData) {
        this(InitiativeExport.themeAreaNames(referenceData), () -> referenceData.lands().stream()
                .collect(Collectors.toMap(Land::code, Land::name, (a, b) -> a)));
    }

    BestPracticeExport(Supplier<Map<String, LocalizedText>> themeAreaNames,
                       Supplier<Map<String, LocalizedText>> landNames) {
        this.themeAreaNames = themeAreaNames;
        this.landNames = landNames;
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
    public int export(List<BestPracticeSummary> rows, Path target, Format format, boolean includeClassified,
                      Locale language, ProgressListener progress, BooleanSupplier cancelled) {
        Messages messages = Messages.of(language);
        Map<String, LocalizedText> areas = themeAreaNames.get();
        Map<String, LocalizedText> lands = landNames.get();
        return TABLE.export(rows, target, format, includeClassified, messages,
                row -> cells(row, messages, areas, lands), progress, cancelled);
    }

    private static List<Object> cells(BestPracticeSummary row, Messages messages, Map<String, LocalizedText> areas,
                                      Map<String, LocalizedText> lands) {
        List<Object> cells = new ArrayList<>();
        cells.add(row.number());
        cells.add(row.title());
        cells.add(InitiativeExport.themeAreas(row.themeAreaCodes(), areas, messages.locale()));
        LocalizedText land = lands.get(row.landCode());
        cells.add(land == null ? row.landCode() : land.in(messages.locale()));
        cells.add(row.ministryAbbreviation());
        cells.add(row.transferability() == null ? null : messages.label(row.transferability()));
        cells.add(messages.label(row.adoption()));
        cells.add(row.adoptionReason());
        cells.add(row.contactName());
        cells.add(row.link());
        cells.add(InitiativeExport.dateTime(row.updatedAt()));
        cells.add(row.updatedBy());
        cells.add(messages.label(row.classification()));
        return cells;
    }
}
