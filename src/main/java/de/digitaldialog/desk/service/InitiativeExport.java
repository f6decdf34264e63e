package de.digitaldialog.desk.service;

import de.digitaldialog.desk.domain.Classification;
import de.digitaldialog.desk.domain.DeskException;
import de.digitaldialog.desk.domain.InitiativeSummary;
import de.digitaldialog.desk.domain.LocalizedText;
import de.digitaldialog.desk.domain.ThemeArea;
import de.digitaldialog.desk.i18n.Messages;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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
import org.dhatim.fastexcel.PaperSize;
import org.dhatim.fastexcel.Position;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
    /** Characters that make a spreadsheet read a text as a formula (CSV only). */
    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final char BOM = '\uFEFF';
    private static final char SEPARATOR = ';';
    private static final String LINE_END = "\r\n";
    /** Roughly a hundred progress reports, whatever the size. */
    private static final int PROGRESS_STEPS = 100;
    /** fastexcel holds a sheet's rows in memory until flushed. */
    private static final int XLSX_FLUSH_ROWS = 1000;

    private static final Logger LOG = LoggerFactory.getLogger(InitiativeExport.class);

    /** The columns in order: header key and width (in characters) in XLSX. */
    private enum Column {
        NUMBER("export.column.number", 16),
        TITLE("export.column.title", 50),
        THEME_AREAS("export.column.themeAreas", 36),
        LEAD_MINISTRIES("export.column.leadMinistries", 30),
        ARENA("export.column.arena", 20),
        STATUS("export.column.status", 16),
        TRAFFIC_LIGHT("export.column.trafficLight", 10),
        NEXT_MILESTONE("export.column.nextMilestone", 36),
        NEXT_MILESTONE_DUE("export.column.nextMilestoneDue", 12),
        TARGET_DATE("export.column.targetDate", 12),
        UPDATED_AT("export.column.updatedAt", 17),
        UPDATED_BY("export.column.updatedBy", 28),
        OVERDUE("export.column.overdue", 11),
        CLASSIFICATION("export.column.classification", 30);

        final String key;
        final double width;

        Column(String key, double width) {
            this.key = key;
            this.width = width;
        }
    }

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
        this.themeAreaNames = () -> referenceData.themeAreas().stream()
                .collect(Collectors.toMap(ThemeArea::code, ThemeArea::name, (a, b) -> a));
        this.clock = Objects.requireNonNull(clock, "clock");
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
        Objects.requireNonNull(format, "format");
        ProgressListener listener = progress == null ? ProgressListener.NONE : progress;
        BooleanSupplier stop = cancelled == null ? () -> false : cancelled;
        List<InitiativeSummary> chosen = rows.stream()
                .filter(row -> includeClassified || row.classification() == Classification.OFFEN)
                .toList();
        boolean marked = includeClassified && chosen.stream()
                .anyMatch(row -> row.classification() != Classification.OFFEN);
        Labels labels = new Labels(Messages.of(language), themeAreaNames.get(), LocalDate.now(clock));
        Path file = AtomicFile.write(target, out -> {
            Sink sink = format == Format.CSV ? new CsvSink(out, labels) : new XlsxSink(out, labels, marked);
            if (marked) {
                sink.marking();
            }
            sink.header();
            int total = chosen.size();
            int step = Math.max(1, total / PROGRESS_STEPS);
            listener.progress(0, total);
            for (int i = 0; i < total; i++) {
                if (stop.getAsBoolean()) {
                    throw new DeskException("error.export.cancelled");
                }
                sink.row(chosen.get(i));
                if ((i + 1) % step == 0 && i + 1 < total) {
                    listener.progress(i + 1, total);
                }
            }
            if (stop.getAsBoolean()) {
                throw new DeskException("error.export.cancelled");
            }
            sink.finish();
        });
        listener.progress(chosen.size(), chosen.size());
        LOG.info("Exported {} initiatives as {} to {}{}", chosen.size(), format, file,
                marked ? " (VS-NfD included on purpose)" : "");
        return chosen.size();
    }

    /** The texts and values of the cells, in the chosen language. */
    private static final class Labels {
        final Messages messages;
        final Map<String, LocalizedText> themeAreaNames;
        final LocalDate today;
        final boolean german;

        Labels(Messages messages, Map<String, LocalizedText> themeAreaNames, LocalDate today) {
            this.messages = messages;
            this.themeAreaNames = themeAreaNames;
            this.today = today;
            this.german = !Locale.ENGLISH.getLanguage().equals(messages.locale().getLanguage());
        }

        List<String> header() {
            return Arrays.stream(Column.values()).map(column -> messages.get(column.key)).toList();
        }

        /** One cell per column: a String, a LocalDate, a LocalDateTime, or null for empty. */
        List<Object> cells(InitiativeSummary row) {
            List<Object> cells = new ArrayList<>(Column.values().length);
            cells.add(row.number());
            cells.add(row.title());
            cells.add(row.themeAreaCodes().stream()
                    .map(code -> {
                        LocalizedText name = themeAreaNames.get(code);
                        return name == null ? code : name.in(messages.locale());
                    })
                    .collect(Collectors.joining(", ")));
            cells.add(String.join(", ", row.leadMinistries()));
            cells.add(messages.label(row.arena()));
            cells.add(messages.label(row.status()));
            cells.add(messages.label(row.trafficLight()));
            cells.add(row.nextMilestoneTitle());
            cells.add(row.nextMilestoneDue());
            cells.add(row.targetDate());
            cells.add(row.updatedAt() == null ? null : LocalDateTime.ofInstant(row.updatedAt(), ZONE).withNano(0));
            cells.add(row.updatedBy());
            cells.add(messages.get(row.isOverdue(today) ? "export.yes" : "export.no"));
            cells.add(messages.label(row.classification()));
            return cells;
        }
    }

    private interface Sink {
        void marking() throws IOException;

        void header() throws IOException;

        void row(InitiativeSummary row) throws IOException;

        void finish() throws IOException;
    }

    /** UTF-8 with BOM, semicolons, CRLF: what German Excel opens without an import dialog. */
    private static final class CsvSink implements Sink {
        private final Writer writer;
        private final Labels labels;
        private final DateTimeFormatter date;
        private final DateTimeFormatter dateTime;

        CsvSink(OutputStream out, Labels labels) throws IOException {
            this.writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            this.labels = labels;
            this.date = DateTimeFormatter.ofPattern(labels.german ? "dd.MM.yyyy" : "yyyy-MM-dd");
            this.dateTime = DateTimeFormatter.ofPattern(labels.german ? "dd.MM.yyyy HH:mm" : "yyyy-MM-dd HH:mm");
            writer.write(BOM);
        }

        @Override
        public void marking() throws IOException {
            line(List.of(Classification.MARKING));
        }

        @Override
        public void header() throws IOException {
            line(new ArrayList<>(labels.header()));
        }

        @Override
        public void row(InitiativeSummary row) throws IOException {
            line(labels.cells(row));
        }

        private void line(List<?> cells) throws IOException {
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    writer.write(SEPARATOR);
                }
                Object cell = cells.get(i);
                if (cell instanceof LocalDate value) {
                    writer.write(date.format(value));
                } else if (cell instanceof LocalDateTime value) {
                    writer.write(dateTime.format(value));
                } else if (cell != null) {
                    writer.write(csvField(cell.toString()));
                }
            }
            writer.write(LINE_END);
        }

        @Override
        public void finish() throws IOException {
            writer.flush();
        }
    }

    /** A CSV field for a text cell: guarded against formulas, quoted where needed. */
    static String csvField(String text) {
        String guarded = !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        boolean quote = guarded.indexOf(SEPARATOR) >= 0 || guarded.indexOf('"') >= 0
                || guarded.indexOf('\r') >= 0 || guarded.indexOf('\n') >= 0;
        return quote ? '"' + guarded.replace("\"", "\"\"") + '"' : guarded;
    }

    /** Text as string cells, dates as date cells; bold frozen header, marking above it when needed. */
    private static final class XlsxSink implements Sink {
        private final Workbook workbook;
        private final Worksheet sheet;
        private final Labels labels;
        private final String dateFormat;
        private final String dateTimeFormat;
        private int nextRow;
        private int rows;

        XlsxSink(OutputStream out, Labels labels, boolean marked) {
            this.labels = labels;
            this.workbook = new Workbook(out, "Digitaldialog Desk", "1.0");
            this.sheet = workbook.newWorksheet(labels.messages.get("export.sheet"));
            this.dateFormat = labels.german ? "dd.mm.yyyy" : "yyyy-mm-dd";
            this.dateTimeFormat = labels.german ? "dd.mm.yyyy hh:mm" : "yyyy-mm-dd hh:mm";
            // layout first: fastexcel writes it with the first flushed rows
            Column[] columns = Column.values();
            for (int c = 0; c < columns.length; c++) {
                sheet.width(c, columns[c].width);
            }
            int headerRow = marked ? 1 : 0;
            sheet.freezePane(0, headerRow + 1);
            // printed: A4 landscape, the header row (and the marking) repeated on every page
            sheet.paperSize(PaperSize.A4_PAPER);
            sheet.pageOrientation("landscape");
            sheet.repeatRows(0, headerRow);
            if (marked) {
                sheet.header(Classification.MARKING, Position.CENTER);
                sheet.footer(Classification.MARKING, Position.CENTER);
            }
        }

        @Override
        public void marking() {
            sheet.value(nextRow, 0, Classification.MARKING);
            sheet.style(nextRow, 0).bold().fontColor("C00000").set();
            nextRow++;
        }

        @Override
        public void header() {
            List<String> header = labels.header();
            for (int c = 0; c < header.size(); c++) {
                sheet.value(nextRow, c, header.get(c));
            }
            sheet.range(nextRow, 0, nextRow, header.size() - 1).style().bold().set();
            nextRow++;
        }

        @Override
        public void row(InitiativeSummary row) throws IOException {
            List<Object> cells = labels.cells(row);
            for (int c = 0; c < cells.size(); c++) {
                Object cell = cells.get(c);
                if (cell instanceof LocalDate value) {
                    sheet.value(nextRow, c, value);
                    sheet.style(nextRow, c).format(dateFormat).set();
                } else if (cell instanceof LocalDateTime value) {
                    sheet.value(nextRow, c, value);
                    sheet.style(nextRow, c).format(dateTimeFormat).set();
                } else if (cell != null) {
                    sheet.value(nextRow, c, cell.toString());
                }
            }
            nextRow++;
            rows++;
            if (nextRow % XLSX_FLUSH_ROWS == 0) {
                sheet.flush();
            }
        }

        @Override
        public void finish() throws IOException {
            int headerRow = nextRow - rows - 1;
            sheet.setAutoFilter(headerRow, 0, nextRow - 1, Column.values().length - 1);
            sheet.finish();
            workbook.finish();
        }
    }
}
