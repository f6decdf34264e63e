package de.digitaldialog.desk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitaldialog.desk.i18n.Messages;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code desk briefing …} as scripts use it: the PDF, exit codes, one-line errors, nothing left behind. */
class BriefingCommandTest {

    @TempDir
    static Path data;

    @TempDir
    Path out;

    private record Run(int exitCode, String out, String err) {
    }

    @BeforeAll
    static void loadExamples() {
        assertThat(run(Locale.GERMAN, "--data-dir", data.toString(), "demo").exitCode()).isZero();
    }

    private static Run run(Locale locale, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, Messages.of(locale), folder -> {
            throw new AssertionError("no command may open the window");
        }, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    private Run briefing(Locale locale, String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "--data-dir";
        all[1] = data.toString();
        all[2] = "briefing";
        System.arraycopy(args, 0, all, 3, args.length);
        return run(locale, all);
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    private void assertNothingWritten() throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void eachDocumentIsWrittenWithItsOptions() throws IOException {
        Path meeting = out.resolve("mappe.pdf");
        Run written = briefing(Locale.GERMAN, "meeting", "SIT-BY1-0001", "--out", meeting.toString(),
                "--sections", "cover,agenda", "--footer", "Entwurf – nur intern", "--lang", "en");

        assertThat(written.exitCode()).isZero();
        assertThat(written.err()).isEmpty();
        assertThat(written.out().strip()).isEqualTo("Geschrieben: " + meeting);
        assertThat(text(meeting)).contains("Meeting briefing", "Cover", "Agenda", "Entwurf – nur intern")
                .doesNotContain("Participants", "Talking points");

        Path theme = out.resolve("bericht.pdf");
        assertThat(briefing(Locale.GERMAN, "theme", "KI", "--out", theme.toString()).exitCode()).isZero();
        assertThat(text(theme)).contains("Statusbericht Themenfeld", "KI-Kompetenznetzwerk");

        Path initiative = out.resolve("einseiter.pdf");
        assertThat(briefing(Locale.GERMAN, "initiative", "INI-BY1-0001", "--out", initiative.toString(),
                "--include-classified").exitCode()).isZero();
        assertThat(text(initiative)).contains("Initiative auf einen Blick", "KI-Kompetenznetzwerk");
    }

    @Test
    void anUnknownNumberIsOneLineInTheUiLanguageExitOneAndNoFile() throws IOException {
        Run german = briefing(Locale.GERMAN, "meeting", "SIT-XX9-0001", "--out", out.resolve("x.pdf").toString());
        assertThat(german.exitCode()).isEqualTo(Cli.FAILED);
        assertThat(german.err().lines()).containsExactly("Eine Sitzung mit der Nummer SIT-XX9-0001 gibt es nicht.");

        Run english = briefing(Locale.ENGLISH, "theme", "NOPE", "--out", out.resolve("x.pdf").toString());
        assertThat(english.exitCode()).isEqualTo(Cli.FAILED);
        assertThat(english.err().lines()).singleElement().asString().startsWith("There is no theme area with the code NOPE");

        Run initiative = briefing(Locale.GERMAN, "initiative", "INI-XX9-0001", "--out", out.resolve("x.pdf").toString());
        assertThat(initiative.exitCode()).isEqualTo(Cli.FAILED);
        assertNothingWritten();
    }

    @Test
    void anUnwritablePathIsExitOneAndLeavesNothingBehind() throws IOException {
        Run intoMissingFolder = briefing(Locale.GERMAN, "meeting", "SIT-BY1-0001", "--out",
                out.resolve("fehlt").resolve("mappe.pdf").toString());
        assertThat(intoMissingFolder.exitCode()).isEqualTo(Cli.FAILED);
        assertThat(intoMissingFolder.err().lines()).singleElement().asString()
                .startsWith("Die PDF-Datei").contains("mappe.pdf");

        Run ontoAFolder = briefing(Locale.GERMAN, "meeting", "SIT-BY1-0001", "--out", out.toString());
        assertThat(ontoAFolder.exitCode()).isEqualTo(Cli.FAILED);
        assertNothingWritten();
    }

    @Test
    void wrongUsageIsExitTwo() throws IOException {
        String target = out.resolve("x.pdf").toString();
        assertThat(briefing(Locale.GERMAN).exitCode()).isEqualTo(Cli.USAGE);
        assertThat(briefing(Locale.GERMAN, "meeting", "SIT-BY1-0001").exitCode()).isEqualTo(Cli.USAGE);
        assertThat(briefing(Locale.GERMAN, "agenda", "SIT-BY1-0001", "--out", target).exitCode()).isEqualTo(Cli.USAGE);
        Run section = briefing(Locale.GERMAN, "theme", "KI", "--out", target, "--sections", "cover");
        assertThat(section.exitCode()).isEqualTo(Cli.USAGE);
        assertThat(section.err().lines()).singleElement().asString().contains("initiatives, overdue");
        assertThat(briefing(Locale.GERMAN, "theme", "KI", "--out", target, "--lang", "fr").exitCode())
                .isEqualTo(Cli.USAGE);
        assertNothingWritten();
    }
}
