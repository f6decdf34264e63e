package de.digitaldialog.desk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.digitaldialog.desk.domain.Arena;
import de.digitaldialog.desk.domain.Classification;
import de.digitaldialog.desk.domain.DeskException;
import de.digitaldialog.desk.domain.InitiativeStatus;
import de.digitaldialog.desk.domain.InitiativeSummary;
import de.digitaldialog.desk.domain.LocalizedText;
import de.digitaldialog.desk.domain.TrafficLight;
import de.digitaldialog.desk.service.InitiativeExport.Format;
import de.digitaldialog.desk.workspace.Workspace;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** CSV and XLSX exports read back: format, formula guard, VS-NfD handling, atomic writing. */
class InitiativeExportTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneId.of("Europe/Berlin"));
    private static final Map<String, LocalizedText> THEMES = Map.of(
            "KI", new LocalizedText("Künstliche Intelligenz und Supercomputing", "Artificial intelligence and supercomputing"),
            "EGOV", new LocalizedText("E-Government", "E-government"));
    private static final int COLUMNS = 14;

    @TempDir
    Path folder;

    private final InitiativeExport export = new InitiativeExport(THEMES, CLOCK);

    private static InitiativeSummary row(String number, String title, Classification classification) {
        return new InitiativeSummary(UUID.randomUUID(), number, title, List.of("KI", "EGOV"),
                List.of("StMD", "MWIDE"), Arena.BILATERAL, InitiativeStatus.IN_ABSTIMMUNG, TrafficLight.GELB,
                classification, "Eckpunkte für Ärztinnen", LocalDate.of(2026, 3, 5), LocalDate.of(2027, 12, 31),
                Instant.parse("2026-11-20T14:30:00Z"), "Dr. Katrin Huber (StK)");
    }

    private static InitiativeSummary open(String number, String title) {
        return row(number, title, Classification.OFFEN);
    }

    private static List<String> csvLines(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).endsWith("\r\n");
        assertThat(text.replace("\r\n", "")).doesNotContain("\n");
        return List.of(text.split("\r\n"));
    }

    private static List<Row> xlsxRows(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); ReadableWorkbook workbook = new ReadableWorkbook(in, new ReadingOptions(true, false));
             Stream<Row> rows = workbook.getFirstSheet().openStream()) {
            return rows.toList();
        }
    }

    @Test
    void csvIsWhatGermanExcelOpens() throws IOException {
        Path file = folder.resolve("initiativen.csv");
        int written = export.export(List.of(open("INI-BY1-0001", "Gemeinsame KI-Strategie für Bayern und NRW")),
                file, Format.CSV, false, Locale.GERMAN, null, null);

        assertThat(written).isEqualTo(1);
        List<String> lines = csvLines(file);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).isEqualTo("Nummer;Titel;Themenfelder;Federführende Ressorts;Arena;Status;Ampel;"
                + "Nächster Meilenstein;Meilenstein fällig am;Zieldatum;Letzte Änderung am;Letzte Änderung von;"
                + "Überfällig;Einstufung");
        assertThat(lines.get(1)).isEqualTo("INI-BY1-0001;Gemeinsame KI-Strategie für Bayern und NRW;"
                + "Künstliche Intelligenz und Supercomputing, E-Government;StMD, MWIDE;Bilateral (BY–NRW);"
                + "In Abstimmung;Gelb;Eckpunkte für Ärztinnen;05.03.2026;31.12.2027;20.11.2026 15:30;"
                + "Dr. Katrin Huber (StK);ja;offen");
    }

    @Test
    void csvInEnglishKeepsTheFormatWithIsoDates() throws IOException {
        Path file = folder.resolve("initiatives.csv");
        export.export(List.of(open("INI-BY1-0001", "Joint AI strategy")), file, Format.CSV, false, Locale.ENGLISH,
                null, null);

        List<String> lines = csvLines(file);
        assertThat(lines.get(0)).startsWith("Number;Title;Theme areas;");
        assertThat(lines.get(1).split(";", -1)).hasSize(COLUMNS)
                .contains("Artificial intelligence and supercomputing, E-government", "2026-03-05", "2027-12-31",
                        "2026-11-20 15:30", "yes", "unclassified", "In coordination",
                        "Amber", "StMD, MWIDE");
    }

    @Test
    void theFormatFollowsTheFileName() {
        assertThat(Format.ofFileName("Initiativen.CSV")).contains(Format.CSV);
        assertThat(Format.ofFileName("liste.xlsx")).contains(Format.XLSX);
        assertThat(Format.ofFileName("liste.xls")).isEmpty();
    }

    @Test
    void csvQuotesSeparatorsQuotesAndLineBreaks() {
        assertThat(TableExport.csvField("a;b")).isEqualTo("\"a;b\"");
        assertThat(TableExport.csvField("Das \"Netz\"")).isEqualTo("\"Das \"\"Netz\"\"\"");
        assertThat(TableExport.csvField("eins\nzwei")).isEqualTo("\"eins\nzwei\"");
        assertThat(TableExport.csvField("eins\r\nzwei")).isEqualTo("\"eins\r\nzwei\"");
        assertThat(TableExport.csvField("schlicht")).isEqualTo("schlicht");
        assertThat(TableExport.csvField("")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"=SUMME(A1)", "+49 89 2165", "-1+1", "@SUM(A1)", "\tTab", "\rWagenrücklauf"})
    void csvNeutralisesEveryFormulaStart(String title) throws IOException {
        Path file = folder.resolve("formel.csv");
        export.export(List.of(open("INI-BY1-0001", title)), file, Format.CSV, false, Locale.GERMAN, null, null);

        String text = Files.readString(file, StandardCharsets.UTF_8);
        String expectedField = title.startsWith("\r") ? "\"'" + title + "\"" : "'" + title;
        assertThat(text).contains(";" + expectedField + ";");
        assertThat(TableExport.csvField(title)).startsWith(title.startsWith("\r") ? "\"'" : "'");
    }

    @Test
    void csvGuardsEveryTextColumnNotOnlyTheTitle() throws IOException {
        InitiativeSummary row = new InitiativeSummary(UUID.randomUUID(), "INI-BY1-0002", "Titel", List.of("=KI"),
                List.of("-StMD"), Arena.BUNDESRAT, InitiativeStatus.IDEE, TrafficLight.GRUEN, Classification.OFFEN,
                "@Meilenstein", null, null, null, "+Jemand");
        Path file = folder.resolve("spalten.csv");
        export.export(List.of(row), file, Format.CSV, false, Locale.GERMAN, null, null);

        String[] cells = csvLines(file).get(1).split(";", -1);
        assertThat(cells).hasSize(COLUMNS);
        assertThat(cells[2]).isEqualTo("'=KI");
        assertThat(cells[3]).isEqualTo("'-StMD");
        assertThat(cells[7]).isEqualTo("'@Meilenstein");
        assertThat(cells[8]).isEmpty();
        assertThat(cells[11]).isEqualTo("'+Jemand");
        assertThat(cells[12]).isEqualTo("nein");
    }

    @Test
    void xlsxKeepsTextsUnchangedAsStringCellsAndDatesAsDates() throws IOException {
        List<String> titles = List.of("=SUMME(A1)", "+49 89 2165", "-1+1", "@SUM(A1)", "\tTab", "\rWagenrücklauf",
                "Straße; \"Zitat\" & <Tag>");
        List<InitiativeSummary> rows = new ArrayList<>();
        for (int i = 0; i < titles.size(); i++) {
            rows.add(open("INI-BY1-000" + (i + 1), titles.get(i)));
        }
        Path file = folder.resolve("initiativen.xlsx");
        int written = export.export(rows, file, Format.XLSX, false, Locale.GERMAN, null, null);

        assertThat(written).isEqualTo(titles.size());
        List<Row> sheet = xlsxRows(file);
        assertThat(sheet).hasSize(1 + titles.size());
        Row header = sheet.get(0);
        assertThat(header.getCellText(0)).isEqualTo("Nummer");
        assertThat(header.getCellText(13)).isEqualTo("Einstufung");
        for (int i = 0; i < titles.size(); i++) {
            Row row = sheet.get(i + 1);
            assertThat(row.getCell(1).getType()).isEqualTo(CellType.STRING);
            assertThat(row.getCell(1).asString()).isEqualTo(titles.get(i));
            assertThat(row.getCell(1).getFormula()).isNull();
            assertThat(row.getCell(2).asString()).isEqualTo("Künstliche Intelligenz und Supercomputing, E-Government");
            assertThat(row.getCell(8).getType()).isEqualTo(CellType.NUMBER);
            assertThat(row.getCell(8).asDate()).isEqualTo(LocalDateTime.of(2026, 3, 5, 0, 0));
            assertThat(row.getCell(8).getDataFormatString()).isEqualTo("dd.mm.yyyy");
            assertThat(row.getCell(10).asDate()).isEqualTo(LocalDateTime.of(2026, 11, 20, 15, 30));
            assertThat(row.getCell(12).asString()).isEqualTo("ja");
        }
    }

    @Test
    void xlsxStaysReadableWithControlCharactersInAText() throws IOException {
        Path file = folder.resolve("steuerzeichen.xlsx");
        export.export(List.of(open("INI-BY1-0001", "Glocke\u0007 und Ende\u001F")), file, Format.XLSX, false,
                Locale.GERMAN, null, null);

        assertThat(xlsxRows(file).get(1).getCellText(1)).startsWith("Glocke").contains("und Ende");
    }

    @Test
    void classifiedRowsAreLeftOutByDefault() throws IOException {
        List<InitiativeSummary> rows = List.of(open("INI-BY1-0001", "Offen"),
                row("INI-BY1-0002", "Geheimer Plan", Classification.VS_NFD));
        Path csv = folder.resolve("a.csv");
        Path xlsx = folder.resolve("a.xlsx");

        assertThat(export.export(rows, csv, Format.CSV, false, Locale.GERMAN, null, null)).isEqualTo(1);
        assertThat(export.export(rows, xlsx, Format.XLSX, false, Locale.GERMAN, null, null)).isEqualTo(1);

        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("Geheimer Plan").doesNotContain(Classification.MARKING);
        List<Row> sheet = xlsxRows(xlsx);
        assertThat(sheet).hasSize(2);
        assertThat(sheet.get(0).getCellText(0)).isEqualTo("Nummer");
        assertThat(sheet).noneMatch(r -> r.getCellText(1).contains("Geheimer Plan"));
    }

    @Test
    void classifiedRowsIncludedOnPurposeAreMarkedAboveTheTable() throws IOException {
        List<InitiativeSummary> rows = List.of(open("INI-BY1-0001", "Offen"),
                row("INI-BY1-0002", "Geheimer Plan", Classification.VS_NFD));
        Path csv = folder.resolve("b.csv");
        Path xlsx = folder.resolve("b.xlsx");

        assertThat(export.export(rows, csv, Format.CSV, true, Locale.ENGLISH, null, null)).isEqualTo(2);
        assertThat(export.export(rows, xlsx, Format.XLSX, true, Locale.GERMAN, null, null)).isEqualTo(2);

        List<String> lines = csvLines(csv);
        assertThat(lines.get(0)).isEqualTo("VS-NUR FÜR DEN DIENSTGEBRAUCH");
        assertThat(lines.get(1)).startsWith("Number;");
        assertThat(lines).hasSize(4);
        assertThat(lines.get(3)).contains("Geheimer Plan");

        List<Row> sheet = xlsxRows(xlsx);
        assertThat(sheet.get(0).getCellText(0)).isEqualTo("VS-NUR FÜR DEN DIENSTGEBRAUCH");
        assertThat(sheet.get(1).getCellText(0)).isEqualTo("Nummer");
        assertThat(sheet.get(3).getCellText(1)).isEqualTo("Geheimer Plan");
        assertThat(sheet.get(3).getCellText(13)).isEqualTo("VS – Nur für den Dienstgebrauch");
        String xml = sheetXml(xlsx);
        assertThat(xml).contains("ySplit=\"2\"", "topLeftCell=\"A3\"", "<autoFilter ref=\"A2:N4\"");
        // fastexcel writes the Ü as a character reference
        assertThat(xml).containsPattern("<oddHeader>[^<]*VS-NUR F&#xdc;R DEN DIENSTGEBRAUCH</oddHeader>")
                .containsPattern("<oddFooter>[^<]*VS-NUR F&#xdc;R DEN DIENSTGEBRAUCH</oddFooter>");
    }

    @Test
    void xlsxHasAFrozenBoldHeaderAndColumnWidths() throws IOException {
        Path xlsx = folder.resolve("layout.xlsx");
        export.export(List.of(open("INI-BY1-0001", "x")), xlsx, Format.XLSX, false, Locale.ENGLISH, null, null);

        String xml = sheetXml(xlsx);
        assertThat(xml).contains("ySplit=\"1\"", "topLeftCell=\"A2\"", "<cols>", "customWidth=\"true\"",
                        "<autoFilter ref=\"A1:N2\"", "paperSize=\"9\"", "orientation=\"landscape\"")
                .doesNotContain("DIENSTGEBRAUCH");
        assertThat(zipEntry(xlsx, "xl/styles.xml")).contains("<b/>", "yyyy-mm-dd");
        assertThat(xlsxRows(xlsx).get(0).getCellText(0)).isEqualTo("Number");
    }

    private static String sheetXml(Path xlsx) throws IOException {
        return zipEntry(xlsx, "xl/worksheets/sheet1.xml");
    }

    private static String zipEntry(Path zip, String name) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            var entry = file.getEntry(name);
            assertThat(entry).as(name).isNotNull();
            try (InputStream in = file.getInputStream(entry)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }

    @Test
    void includingWhenNothingIsClassifiedNeedsNoMarking() throws IOException {
        Path csv = folder.resolve("c.csv");
        export.export(List.of(open("INI-BY1-0001", "Offen")), csv, Format.CSV, true, Locale.GERMAN, null, null);

        assertThat(csvLines(csv).get(0)).startsWith("Nummer;");
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void aTargetThatIsAFolderIsRefusedAndLeftAlone(Format format) throws IOException {
        Path target = Files.createDirectory(folder.resolve("ordner." + format.extension()));

        assertThatThrownBy(() -> export.export(List.of(open("INI-BY1-0001", "x")), target, format, false,
                Locale.GERMAN, null, null))
                .isInstanceOfSatisfying(DeskException.class, e -> assertThat(e.key()).isEqualTo("error.export.write"));
        assertThat(target).isDirectory();
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aMissingFolderIsRefusedWithTheWriteMessage() {
        Path target = folder.resolve("fehlt").resolve("x.csv");

        assertThatThrownBy(() -> export.export(List.of(open("INI-BY1-0001", "x")), target, Format.CSV, false,
                Locale.GERMAN, null, null))
                .isInstanceOfSatisfying(DeskException.class, e -> {
                    assertThat(e.key()).isEqualTo("error.export.write");
                    assertThat(e.args()).containsExactly(target.toAbsolutePath());
                });
        assertThat(folder.resolve("fehlt")).doesNotExist();
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void cancellingHalfWayLeavesNothingAndAnExistingFileUnchanged(Format format) throws IOException {
        List<InitiativeSummary> rows = new ArrayList<>();
        for (int i = 1; i <= 5000; i++) {
            rows.add(open("INI-BY1-%04d".formatted(i), "Initiative " + i));
        }
        Path target = folder.resolve("bestand." + format.extension());
        Files.writeString(target, "alter Stand");
        AtomicInteger asked = new AtomicInteger();
        List<long[]> reports = new ArrayList<>();

        assertThatThrownBy(() -> export.export(rows, target, format, false, Locale.GERMAN,
                (done, total) -> reports.add(new long[] {done, total}), () -> asked.incrementAndGet() > 2500))
                .isInstanceOfSatisfying(DeskException.class,
                        e -> assertThat(e.key()).isEqualTo("error.export.cancelled"));

        assertThat(Files.readString(target)).isEqualTo("alter Stand");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).containsExactly(target);
        }
        assertThat(reports).isNotEmpty().allSatisfy(r -> assertThat(r[1]).isEqualTo(5000));
        assertThat(reports.get(reports.size() - 1)[0]).isBetween(2000L, 2500L);
    }

    @Test
    void progressIsReportedNowAndThenUpToTheTotal() {
        List<InitiativeSummary> rows = new ArrayList<>();
        for (int i = 1; i <= 1000; i++) {
            rows.add(open("INI-BY1-%04d".formatted(i), "Initiative " + i));
        }
        List<long[]> reports = new ArrayList<>();

        int written = export.export(rows, folder.resolve("p.xlsx"), Format.XLSX, false, Locale.GERMAN,
                (done, total) -> reports.add(new long[] {done, total}), () -> false);

        assertThat(written).isEqualTo(1000);
        assertThat(reports.size()).isBetween(3, 120);
        assertThat(reports.get(0)).containsExactly(0, 1000);
        assertThat(reports.get(reports.size() - 1)).containsExactly(1000, 1000);
        for (int i = 1; i < reports.size(); i++) {
            assertThat(reports.get(i)[0]).isGreaterThan(reports.get(i - 1)[0]);
        }
    }

    @Test
    void anExistingFileIsReplacedWhole() throws IOException {
        Path target = folder.resolve("ersetzt.csv");
        Files.writeString(target, "alter Stand, viel länger als das, was danach kommt ".repeat(100));

        export.export(List.of(open("INI-BY1-0001", "Neu")), target, Format.CSV, false, Locale.GERMAN, null, null);

        assertThat(csvLines(target)).hasSize(2);
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void theWorkspacesExportUsesTheThemeAreaNamesOfTheDatabase(@TempDir Path data) throws IOException {
        try (Workspace workspace = Workspace.open(data)) {
            workspace.demoData().load(false);
            List<InitiativeSummary> all = workspace.initiatives().list();
            long open = all.stream().filter(s -> s.classification() == Classification.OFFEN).count();
            Path csv = folder.resolve("demo.csv");
            Path xlsx = folder.resolve("demo.xlsx");

            int csvRows = workspace.export().export(all, csv, Format.CSV, false, Locale.GERMAN, null, null);
            int xlsxRows = workspace.export().export(all, xlsx, Format.XLSX, true, Locale.GERMAN, null, null);

            assertThat(csvRows).isEqualTo(open).isPositive();
            assertThat(xlsxRows).isEqualTo(all.size());
            List<String> lines = csvLines(csv);
            assertThat(lines).hasSize(1 + csvRows);
            assertThat(lines.subList(1, lines.size())).allSatisfy(line -> assertThat(line).doesNotContain(";KI;"));
            String text = String.join("\n", lines);
            assertThat(text).containsAnyOf("Künstliche Intelligenz und Supercomputing", "E-Government", "Mobilität");
            assertThat(xlsxRows(xlsx)).hasSize((all.size() > open ? 2 : 1) + all.size());
        }
    }
}
