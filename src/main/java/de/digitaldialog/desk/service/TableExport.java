package de.digitaldialog.desk.service;

import de.digitaldialog.desk.domain.Classification;
import de.digitaldialog.desk.domain.DeskException;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.service.InitiativeExport.Format;
import de.digitaldialog.desk.service.InitiativeExport.ProgressListener;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.dhatim.fastexcel.PaperSize;
import org.dhatim.fastexcel.Position;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The machinery every list export shares (initiatives, best practices): CSV as German Excel opens
 * it or XLSX, VS-NfD rows left out unless asked for and the file marked when they are included,
 * no cell that can become a formula, progress and cancellation, and an atomic write (see
 * {@link InitiativeExport} for the rules in full).
 *
 * @param <T> the kind of row
 */
final class TableExport<T> {

    /** A column: its header's message key and its width (in characters) in XLSX. */
    record Column(String key, double width) {
    }

    /** Characters that make a spreadsheet read a text as a formula (CSV only). */
    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final char BOM = '\uFEFF';
    private static final char SEPARATOR = ';';
    private static final String LINE_END = "\r\n";
    /** Roughly a hundred progress reports, whatever the size. */
    private static final int PROGRESS_STEPS = 100;
    /** fastexcel holds a sheet's rows in memory until flushed. */
    private static final int XLSX_FLUSH_ROWS = 1000;

    private static final Logger LOG = LoggerFactory.getLogger(TableExport.class);

    private final String what;
    private final String sheetKey;
    private final List<Column> columns;
    private final Function<T, Classification> classification;

    /**
     * @param what           what the rows are, for the log ("initiatives")
     * @param sheetKey       the message key of the XLSX sheet's name
     * @param columns        the columns in order
     * @param classification a row's effective classification
     */
    TableExport(String what, String sheetKey, List<Column> columns, Function<T, Classification> classification) {
        this.what = what;
        this.sheetKey = sheetKey;
        this.columns = List.copyOf(columns);
        this.classification = classification;
    }

    /**
     * Writes {@code rows} to {@code target}, one cell per column as {@code cells} gives them: a
     * String, a LocalDate, a LocalDateTime, or null for empty.
     *
     * @return the number of rows written (without marking and header)
     */
    int export(List<T> rows, Path target, Format format, boolean includeClassified, Messages messages,
               Function<T, List<Object>> cells, ProgressListener progress, BooleanSupplier cancelled) {
        Objects.requireNonNull(format, "format");
        ProgressListener listener = progress == null ? ProgressListener.NONE : progress;
        BooleanSupplier stop = cancelled == null ? () -> false : cancelled;
        List<T> chosen = rows.stream()
                .filter(row -> includeClassified || classification.apply(row) == Classification.OFFEN)
                .toList();
        boolean marked = includeClassified && chosen.stream()
                .anyMatch(row -> classification.apply(row) != Classification.OFFEN);
        Labels<T> labels = new Labels<>(messages, sheetKey, columns, cells);
        Path file = AtomicFile.write(target, out -> {
            Sink<T> sink = format == Format.CSV ? new CsvSink<>(out, labels) : new XlsxSink<>(out, labels, marked);
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
        LOG.info("Exported {} {} as {} to {}{}", chosen.size(), what, format, file,
                marked ? " (VS-NfD included on purpose)" : "");
        return chosen.size();
    }

    /** The header and the cells of a row, in the chosen language. */
    private static final class Labels<T> {
        final Messages messages;
        final String sheetKey;
        final List<Column> columns;
        final Function<T, List<Object>> cells;
        final boolean german;

        Labels(Messages messages, String sheetKey, List<Column> columns, Function<T, List<Object>> cells) {
            this.messages = messages;
            this.sheetKey = sheetKey;
            this.columns = columns;
            this.cells = cells;
            this.german = !Locale.ENGLISH.getLanguage().equals(messages.locale().getLanguage());
        }

        List<String> header() {
            return columns.stream().map(column -> messages.get(column.key())).toList();
        }

        List<Object> cells(T row) {
            return cells.apply(row);
        }
    }

    private interface Sink<T> {
        void marking() throws IOException;

        void header() throws IOException;

        void row(T row) throws IOException;

        void finish() throws IOException;
    }

    /** UTF-8 with BOM, semicolons, CRLF: what German Excel opens without an import dialog. */
    private static final class CsvSink<T> implements Sink<T> {
        private final Writer writer;
        private final Labels<T> labels;
        private final DateTimeFormatter date;
        private final DateTimeFormatter dateTime;

        CsvSink(OutputStream out, Labels<T> labels) throws IOException {
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
        public void row(T row) throws IOException {
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
    private static final class XlsxSink<T> implements Sink<T> {
        private final Workbook workbook;
        private final Worksheet sheet;
        private final Labels<T> labels;
        private final String dateFormat;
        private final String dateTimeFormat;
        private int nextRow;
        private int rows;

        XlsxSink(OutputStream out, Labels<T> labels, boolean marked) {
            this.labels = labels;
            this.workbook = new Workbook(out, "Digitaldialog Desk", "1.0");
            this.sheet = workbook.newWorksheet(labels.messages.get(labels.sheetKey));
            this.dateFormat = labels.german ? "dd.mm.yyyy" : "yyyy-mm-dd";
            this.dateTimeFormat = labels.german ? "dd.mm.yyyy hh:mm" : "yyyy-mm-dd hh:mm";
            // layout first: fastexcel writes it with the first flushed rows
            List<Column> columns = labels.columns;
            for (int c = 0; c < columns.size(); c++) {
                sheet.width(c, columns.get(c).width());
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
        public void row(T row) throws IOException {
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
            sheet.setAutoFilter(headerRow, 0, nextRow - 1, labels.columns.size() - 1);
            sheet.finish();
            workbook.finish();
        }
    }
}
