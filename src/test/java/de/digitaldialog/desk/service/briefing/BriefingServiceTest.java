package de.digitaldialog.desk.service.briefing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.digitaldialog.desk.domain.Classification;
import de.digitaldialog.desk.domain.DeskException;
import de.digitaldialog.desk.i18n.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The three briefing sheets read back as a reader sees them: text, pages, bookmarks, fonts, metadata. */
class BriefingServiceTest {

    @TempDir
    static Path data;

    @TempDir
    Path out;

    private static BriefingFixture fixture;
    private static BriefingService briefings;

    @BeforeAll
    static void open() {
        fixture = BriefingFixture.open(data);
        briefings = fixture.workspace.briefings();
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    private PdfDocument render(BriefingRequest request) throws IOException {
        return PdfDocument.read(briefings.render(request, null, null));
    }

    private BriefingRequest meeting(Locale language) {
        return BriefingRequest.meeting(fixture.meetingNumber, language);
    }

    @Test
    void aMeetingBriefingHoldsOnlyTheChosenSections() throws IOException {
        BriefingRequest request = meeting(Messages.GERMAN);
        PdfDocument agendaOnly = render(request.withOptions(request.options().withSections(Set.of(Section.AGENDA))));

        assertThat(agendaOnly.text()).contains("Tagesordnung", "Begrüßung und Tagesordnung", "Servicekonten")
                .doesNotContain("Deckblatt", "Teilnehmende", "Sprechpunkte", "Beschlussvorschlag", "Inhalt");
        assertThat(agendaOnly.bookmarks()).extracting(PdfDocument.Bookmark::title).containsExactly("Tagesordnung");

        PdfDocument all = render(request);
        assertThat(all.text()).contains("Deckblatt", "Teilnehmende", "Tagesordnung", "Hintergrund", "Sprechpunkte",
                "Erster Sprechpunkt", "Beschlussvorschlag", "Offene Aufträge", "Verknüpfte Initiativen");
    }

    @Test
    void eachTopStartsAPageWithItsOwnBookmarkAndTheContentsListThemAll() throws IOException {
        PdfDocument document = render(meeting(Messages.GERMAN).withOptions(meeting(Messages.GERMAN).options()
                .withIncludeClassified(true)));

        List<PdfDocument.Bookmark> tops = document.bookmarks().stream()
                .filter(bookmark -> bookmark.title().startsWith("TOP ")).toList();
        assertThat(tops).hasSize(BriefingFixture.TOPS);
        for (int i = 0; i < tops.size(); i++) {
            PdfDocument.Bookmark top = tops.get(i);
            assertThat(top.title()).startsWith("TOP " + (i + 1) + ": ");
            assertThat(document.firstBodyLines().get(top.page())).as("page of %s", top.title())
                    .startsWith(top.title().substring(0, top.title().indexOf(':') + 1).replace(" ", ""));
            if (i > 0) {
                assertThat(top.page()).isGreaterThan(tops.get(i - 1).page());
            }
        }
        // more than five TOPs: a table of contents with each TOP's page number
        assertThat(document.text()).contains("Inhalt");
        String contents = document.pages().stream().filter(p -> p.contains("Inhalt")).findFirst().orElseThrow();
        for (PdfDocument.Bookmark top : tops) {
            assertThat(contents).containsPattern("(?m)" + Pattern.quote(top.title()
                    .substring(top.title().indexOf(": ") + 2).split(" ")[0]) + ".*\\R?.*" + (top.page() + 1));
        }
    }

    @Test
    void vsNfdItemsAreLeftOutByDefaultWithoutATraceOfTheMarking() throws IOException {
        PdfDocument meeting = render(meeting(Messages.GERMAN));
        PdfDocument theme = render(BriefingRequest.themeArea("EGOV", Messages.GERMAN));

        for (PdfDocument document : List.of(meeting, theme)) {
            assertThat(document.text()).doesNotContain(BriefingFixture.CLASSIFIED_TOP,
                    BriefingFixture.CLASSIFIED_INITIATIVE, BriefingFixture.CLASSIFIED_DECISION,
                    BriefingFixture.CLASSIFIED_MEETING, Classification.MARKING, "VS-NfD", "VS –");
        }
        assertThat(meeting.bookmarks().stream().filter(b -> b.title().startsWith("TOP "))).hasSize(BriefingFixture.TOPS - 1);
        assertThat(theme.text()).contains(BriefingFixture.OPEN_DECISION.substring(0, 20), "TOP 3")
                .contains("Once only");
    }

    @Test
    void includedVsNfdItemsMarkEveryPageAtTheTopInGermanWhateverTheLanguage() throws IOException {
        for (Locale language : List.of(Messages.GERMAN, Messages.ENGLISH)) {
            BriefingRequest request = meeting(language);
            PdfDocument document = render(request.withOptions(request.options().withIncludeClassified(true)));

            assertThat(document.text()).contains(BriefingFixture.CLASSIFIED_TOP, BriefingFixture.CLASSIFIED_INITIATIVE);
            assertThat(document.topLines()).hasSizeGreaterThan(BriefingFixture.TOPS)
                    .allSatisfy(line -> assertThat(line).isEqualTo(Classification.MARKING));
        }
        PdfDocument theme = render(BriefingRequest.themeArea("EGOV", Messages.ENGLISH).withOptions(
                BriefingOptions.defaults(DocumentKind.THEME_AREA, Messages.ENGLISH).withIncludeClassified(true)));
        assertThat(theme.text()).contains(BriefingFixture.CLASSIFIED_INITIATIVE, BriefingFixture.CLASSIFIED_DECISION,
                BriefingFixture.CLASSIFIED_MEETING);
        assertThat(theme.topLines()).allSatisfy(line -> assertThat(line).isEqualTo(Classification.MARKING));
    }

    @Test
    void theThemeAreaReportListsTheAreasBestPracticesAndAVsNfdOneOnlyWhenIncluded() throws IOException {
        PdfDocument egov = render(BriefingRequest.themeArea("EGOV", Messages.GERMAN));
        assertThat(egov.text()).contains("Best Practices im Themenfeld", "BayernPortal mit BayernID",
                "Bayern, StMD", "Übernommen");

        PdfDocument cyber = render(BriefingRequest.themeArea("CYBER", Messages.GERMAN));
        assertThat(cyber.text()).doesNotContain("Cyberabwehr-Lagebild", Classification.MARKING);
        PdfDocument included = render(BriefingRequest.themeArea("CYBER", Messages.GERMAN).withOptions(
                BriefingOptions.defaults(DocumentKind.THEME_AREA, Messages.GERMAN).withIncludeClassified(true)));
        assertThat(included.text()).contains("Cyberabwehr-Lagebild");
        assertThat(included.topLines()).allSatisfy(line -> assertThat(line).isEqualTo(Classification.MARKING));
    }

    @Test
    void includingVsNfdOnPurposeMarksNothingWhenThereIsNothingClassified() throws IOException {
        BriefingRequest request = BriefingRequest.meeting("SIT-BY1-0001", Messages.GERMAN);
        PdfDocument document = render(request.withOptions(request.options().withIncludeClassified(true)));

        assertThat(document.text()).doesNotContain(Classification.MARKING);
    }

    @Test
    void aVsNfdMeetingOrInitiativeIsOnlyPrintedWhenIncludedOnPurpose() throws IOException {
        assertThatThrownBy(() -> render(BriefingRequest.meeting(fixture.classifiedMeetingNumber, Messages.GERMAN)))
                .isInstanceOfSatisfying(DeskException.class,
                        e -> assertThat(e.key()).isEqualTo("error.briefing.classifiedMeeting"));
        BriefingRequest onePager = BriefingRequest.initiative(fixture.classifiedInitiativeNumber, Messages.GERMAN);
        assertThatThrownBy(() -> render(onePager)).isInstanceOfSatisfying(DeskException.class,
                e -> assertThat(e.key()).isEqualTo("error.briefing.classifiedInitiative"));

        PdfDocument included = render(onePager.withOptions(onePager.options().withIncludeClassified(true)));
        assertThat(included.text()).contains(BriefingFixture.CLASSIFIED_INITIATIVE, "Meilensteine", "Verlauf");
        assertThat(included.topLines()).allSatisfy(line -> assertThat(line).isEqualTo(Classification.MARKING));
    }

    @Test
    void fontsAreEmbeddedAndGermanTypographySurvives() throws IOException {
        PdfDocument document = render(meeting(Messages.GERMAN));

        assertThat(document.fonts()).isNotEmpty().allSatisfy(font -> assertThat(font).contains("DejaVuSans"));
        assertThat(document.notEmbedded()).isEmpty();
        assertThat(document.text()).contains(BriefingFixture.TYPOGRAPHY_TOP, "Begrüßung", "Seite 1 von ");
    }

    @Test
    void titleAuthorAndSubjectAreSetAndTheFooterLineIsOnEveryPage() throws IOException {
        BriefingRequest request = BriefingRequest.initiative("INI-BY1-0001", Messages.ENGLISH);
        PdfDocument document = render(request.withOptions(request.options().withFooter("Draft – internal use")));

        assertThat(document.title()).isEqualTo("Initiative at a glance: KI-Kompetenznetzwerk der Hochschulen Bayern–NRW");
        assertThat(document.subject()).isEqualTo("One-pager on initiative INI-BY1-0001");
        assertThat(document.author()).isNotBlank();
        assertThat(document.pages()).hasSizeBetween(1, 2).allSatisfy(page -> assertThat(page)
                .contains("Draft – internal use", "Page ").contains("As of:"));
        assertThat(document.text()).contains("Purpose", "Ministries and Länder", "Milestones", "Lead Bavaria");
    }

    @Test
    void theStatusReportListsTheAreaByStatusWithTheOverdueDecisionsAndNextMeetings() throws IOException {
        BriefingRequest request = BriefingRequest.themeArea("egov", Messages.GERMAN);
        PdfDocument document = render(request);

        assertThat(document.title()).isEqualTo("Statusbericht Themenfeld: E-Government");
        assertThat(document.text()).contains("Initiativen nach Status", "In Umsetzung", "OZG-Umsetzung",
                "Überfällig", "Beschlüsse der letzten sechs Monate", "Nächste Sitzungen zum Themenfeld",
                "Fachworkshop E-Government");

        PdfDocument decisionsOnly = render(request.withOptions(request.options()
                .withSections(EnumSet.of(Section.DECISIONS))));
        assertThat(decisionsOnly.text()).contains("Beschlüsse der letzten sechs Monate")
                .doesNotContain("Initiativen nach Status", "Nächste Sitzungen", "Fachworkshop E-Government");
    }

    @Test
    void aNumberInLowerCaseFindsItsMeetingButATemplateIsNoMeetingToBriefOn() throws IOException {
        assertThat(render(BriefingRequest.meeting(fixture.meetingNumber.toLowerCase(Locale.ROOT), Messages.GERMAN))
                .text()).contains(fixture.meetingNumber);

        UUID meetingId = fixture.workspace.meetings().findByNumber(fixture.meetingNumber).orElseThrow().id();
        String template = fixture.workspace.followUps().saveAsTemplate(meetingId).number();
        assertThatThrownBy(() -> render(BriefingRequest.meeting(template, Messages.GERMAN)))
                .isInstanceOfSatisfying(DeskException.class,
                        e -> assertThat(e.key()).isEqualTo("error.briefing.unknownMeeting"));
    }

    @Test
    void anUnknownNumberOrCodeLeavesNoFileBehind() throws IOException {
        Path target = out.resolve("mappe.pdf");
        assertThatThrownBy(() -> briefings.write(BriefingRequest.meeting("SIT-XX1-0099", Messages.GERMAN), target,
                null, null)).isInstanceOfSatisfying(DeskException.class,
                        e -> assertThat(e.key()).isEqualTo("error.briefing.unknownMeeting"));
        assertThatThrownBy(() -> briefings.write(BriefingRequest.themeArea("NOPE", Messages.GERMAN), target,
                null, null)).isInstanceOfSatisfying(DeskException.class,
                        e -> assertThat(e.key()).isEqualTo("error.briefing.unknownThemeArea"));
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void cancellingStopsTheWorkAndKeepsAnExistingFileAsItWas() throws IOException {
        Path target = out.resolve("bestehend.pdf");
        Files.writeString(target, "vorher");
        AtomicInteger reports = new AtomicInteger();

        assertThatThrownBy(() -> briefings.write(meeting(Messages.GERMAN), target,
                (done, total) -> reports.incrementAndGet(), () -> reports.get() > 2))
                .isInstanceOfSatisfying(DeskException.class,
                        e -> assertThat(e.key()).isEqualTo("error.briefing.cancelled"));

        assertThat(Files.readString(target)).isEqualTo("vorher");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void writingReportsProgressToTheEndAndReplacesTheTarget() throws IOException {
        Path target = out.resolve("fertig.pdf");
        Files.writeString(target, "vorher");
        List<long[]> reports = new ArrayList<>();

        briefings.write(meeting(Messages.ENGLISH), target, (done, total) -> reports.add(new long[] {done, total}),
                () -> false);

        assertThat(reports).isNotEmpty();
        long[] last = reports.get(reports.size() - 1);
        assertThat(last[0]).isEqualTo(last[1]);
        PdfDocument written = PdfDocument.read(Files.readAllBytes(target));
        assertThat(written.pages().get(0)).contains("Meeting briefing", "Page 1 of " + written.pages().size());
    }
}
