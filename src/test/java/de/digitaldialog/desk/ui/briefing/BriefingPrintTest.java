package de.digitaldialog.desk.ui.briefing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.workspace.Workspace;
import de.digitaldialog.desk.service.briefing.BriefingRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Prints a briefing through the JavaFX print path to a real CUPS-PDF queue named {@code PDF}
 * (.ci/run sets it up) and finds the printed file in {@code $HOME/PDF}. Skipped, with the reason,
 * where no such queue exists. JavaFX's print path works under the headless Monocle toolkit of the
 * test suite (it prints through Java2D and CUPS, not through the glass window), so no display and
 * no separate JVM are needed.
 */
@ExtendWith(ApplicationExtension.class)
class BriefingPrintTest {

    private static final String QUEUE = "PDF";
    /** CUPS-PDF's output folder as Debian configures it ({@code Out ${HOME}/PDF}). */
    private static final Path PRINTED = Path.of(System.getProperty("user.home"), "PDF");
    /** How long CUPS may take to hand the job to CUPS-PDF on a busy machine. */
    private static final Duration PATIENCE = Duration.ofMinutes(2);

    @TempDir
    Path folder;

    @Test
    void aBriefingPrintedToTheCupsPdfQueueComesOutWithAllItsPages() throws Exception {
        String missing = "no CUPS print queue named " + QUEUE
                + " (install cups, cups-bsd and printer-driver-cups-pdf and add the queue, as .ci/run does)";
        if (System.getenv("CI") != null) {
            assertThat(queueExists()).as(missing).isTrue();  // CI makes the queue: never skip there
        } else {
            assumeTrue(queueExists(), missing);
        }
        Optional<Printer> printer = Printer.getAllPrinters().stream()
                .filter(candidate -> candidate.getName().equals(QUEUE)).findFirst();
        assertThat(printer).as("JavaFX sees the CUPS queue").isPresent();

        byte[] pdf;
        try (Workspace workspace = Workspace.open(folder)) {
            workspace.demoData().load(false);
            pdf = workspace.briefings().render(BriefingRequest.initiative("INI-BY1-0001", Messages.GERMAN), null, null);
        }
        Instant before = Instant.now();
        PrinterJob job = PrinterJob.createPrinterJob(printer.get());
        assertThat(job).isNotNull();
        job.getJobSettings().setJobName("briefing-print-test");
        int pages;
        try (PreviewPages document = PreviewPages.open(pdf)) {
            pages = document.count();
            assertThat(BriefingPrinter.print(job, document, page -> { }, () -> false)).isTrue();
        }

        Path printed = awaitPrintedFile(before);
        try (PDDocument document = Loader.loadPDF(printed.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(pages);
            assertThat(document.getPage(0).getMediaBox().getWidth()).isBetween(590f, 600f);
        }
        Files.delete(printed);
    }

    private static boolean queueExists() throws IOException, InterruptedException {
        try {
            Process lpstat = new ProcessBuilder("lpstat", "-p", QUEUE).redirectErrorStream(true).start();
            lpstat.getInputStream().readAllBytes();
            return lpstat.waitFor(30, TimeUnit.SECONDS) && lpstat.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** The newest PDF CUPS-PDF wrote after {@code since}, waiting for the queue to finish. */
    private static Path awaitPrintedFile(Instant since) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            if (Files.isDirectory(PRINTED)) {
                try (Stream<Path> files = Files.list(PRINTED)) {
                    Optional<Path> found = files.filter(file -> file.getFileName().toString().contains("briefing-print-test"))
                            .filter(file -> modifiedAfter(file, since)).findFirst();
                    if (found.isPresent() && queueIdle()) {
                        return found.get();
                    }
                }
            }
            Thread.sleep(500);
        }
        throw new AssertionError("CUPS-PDF wrote nothing to " + PRINTED + " within " + PATIENCE);
    }

    private static boolean modifiedAfter(Path file, Instant since) {
        try {
            return Files.getLastModifiedTime(file).toInstant().isAfter(since.minusSeconds(1));
        } catch (IOException e) {
            return false;
        }
    }

    /** No job left in the queue: the file CUPS-PDF writes is complete. */
    private static boolean queueIdle() throws IOException, InterruptedException {
        Process lpstat = new ProcessBuilder("lpstat", "-o", QUEUE).redirectErrorStream(true).start();
        String jobs = new String(lpstat.getInputStream().readAllBytes());
        lpstat.waitFor(30, TimeUnit.SECONDS);
        return jobs.isBlank();
    }
}
