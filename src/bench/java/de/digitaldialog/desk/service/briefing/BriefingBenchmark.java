package de.digitaldialog.desk.service.briefing;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import de.digitaldialog.desk.domain.AgendaItem;
import de.digitaldialog.desk.domain.Classification;
import de.digitaldialog.desk.domain.InitiativeSummary;
import de.digitaldialog.desk.domain.Meeting;
import de.digitaldialog.desk.domain.MeetingMode;
import de.digitaldialog.desk.domain.MeetingStatus;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.workspace.Workspace;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A 30-TOP meeting briefing as the program lays it out and writes it (page frame, tables,
 * bookmarks, contents, two embedded fonts) against OpenPDF writing the same text, line by line
 * with the same embedded font and no layout of ours, in the same run. Goal: at most 2x. The whole
 * service call, database reads included, is printed beside it.
 */
public final class BriefingBenchmark {

    private static final int TOPS = 30;
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 15);
    private static final int WARM_UP = 5;

    private BriefingBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Files.createTempDirectory("briefing-bench");
        try (Workspace workspace = Workspace.open(folder)) {
            workspace.demoData().load(false);
            String number = meeting(workspace);
            BriefingService briefings = workspace.briefings();
            BriefingRequest request = BriefingRequest.meeting(number, Messages.GERMAN);
            List<String> lines = lines(briefings.render(request, null, null));

            BriefingService.Prepared prepared = briefings.read(request);

            long[] whole = new long[ROUNDS];
            long[] layout = new long[ROUNDS];
            long[] plain = new long[ROUNDS];
            byte[] briefing = new byte[0];
            for (int round = -WARM_UP; round < ROUNDS; round++) {
                long start = System.nanoTime();
                briefing = briefings.render(request, null, null);
                long wholeNanos = System.nanoTime() - start;
                start = System.nanoTime();
                BriefingService.write(prepared, new ByteArrayOutputStream(), new Progress(null, null));
                long layoutNanos = System.nanoTime() - start;
                start = System.nanoTime();
                plain(lines);
                long plainNanos = System.nanoTime() - start;
                if (round >= 0) {
                    whole[round] = wholeNanos;
                    layout[round] = layoutNanos;
                    plain[round] = plainNanos;
                }
            }
            double wholeMs = median(whole) / 1e6;
            double layoutMs = median(layout) / 1e6;
            double plainMs = median(plain) / 1e6;
            System.out.printf(Locale.ROOT, "Meeting briefing with %d TOPs: %d pages, %d text lines, %d rounds%n",
                    TOPS, pageCount(briefing), lines.size(), ROUNDS);
            System.out.printf(Locale.ROOT, "Our layout and PDF (data already read): median %.1f ms%n", layoutMs);
            System.out.printf(Locale.ROOT, "OpenPDF, same text, no layout:          median %.1f ms%n", plainMs);
            System.out.printf(Locale.ROOT, "Ratio: %.2f (goal: at most 2.00)%n", layoutMs / plainMs);
            System.out.printf(Locale.ROOT, "Whole service call with the database reads: median %.1f ms (%.2fx)%n",
                    wholeMs, wholeMs / plainMs);
        } finally {
            try (var files = Files.walk(folder)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    /** A meeting with 30 TOPs, each with background, talking points and a linked initiative. */
    private static String meeting(Workspace workspace) {
        UUID format = workspace.referenceData().meetingFormats().get(0).id();
        LocalDateTime start = LocalDateTime.now(Meeting.ZONE).plusDays(7).withHour(9).withMinute(0).withSecond(0)
                .withNano(0);
        Meeting meeting = workspace.meetings().create(new Meeting(UUID.randomUUID(), null, format,
                "Gemeinsame Kabinettssitzung – Benchmark", MeetingMode.PRAESENZ, start, start.plusHours(10),
                "Staatskanzlei Düsseldorf", null, null, List.of(), MeetingStatus.GEPLANT, null, Classification.OFFEN,
                "BM-1", null, List.of(), Set.of(), 0, null, false, null, null, null));
        List<InitiativeSummary> initiatives = workspace.initiatives().list();
        for (int i = 0; i < TOPS; i++) {
            InitiativeSummary linked = initiatives.get(i % initiatives.size());
            workspace.meetings().addAgendaItem(meeting.id(), new AgendaItem(UUID.randomUUID(), meeting.id(), null, 0,
                    "Bericht zu „" + linked.title() + "“", null, null, null, 15,
                    "Beide Länder berichten über den Stand – Zeitplan, Kosten (in €) und nächste Schritte. ".repeat(4),
                    "Die Kabinette nehmen den Bericht zur Kenntnis und beauftragen die Ressorts mit dem Weiteren.",
                    "- Stand der Umsetzung würdigen\n- Offene Fragen der Finanzierung ansprechen\n"
                            + "- Nächsten Meilenstein bestätigen\n- Gemeinsame Pressemitteilung vorschlagen",
                    null, null, null, null, Classification.OFFEN, Set.of(linked.id()), List.of(), null));
        }
        return meeting.number();
    }

    private static List<String> lines(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).lines().toList();
        }
    }

    private static int pageCount(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }

    /** The same text with OpenPDF alone: one paragraph per line, the same fonts embedded, A4. */
    private static byte[] plain(List<String> lines) {
        BriefingFonts fonts = BriefingFonts.load();
        Font font = new Font(fonts.regular, 10);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4);
        PdfWriter.getInstance(document, out);
        document.open();
        for (String line : lines) {
            document.add(new Paragraph(line, font));
        }
        document.close();
        return out.toByteArray();
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
