package de.digitaldialog.desk.ui.meeting.list;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitaldialog.desk.domain.Classification;
import de.digitaldialog.desk.domain.DeletionKind;
import de.digitaldialog.desk.domain.Meeting;
import de.digitaldialog.desk.domain.MeetingFormat;
import de.digitaldialog.desk.domain.MeetingMode;
import de.digitaldialog.desk.domain.MeetingStatus;
import de.digitaldialog.desk.domain.MeetingSummary;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.workspace.Workspace;
import de.digitaldialog.desk.ui.common.DirectTaskExecutor;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Sitzungen page without a window: calendar arithmetic, navigation, the list's scope and facets. */
class MeetingsViewModelTest {

    /** "Now": a Saturday in November 2026, as the example meetings are laid out around it. */
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 28, 15, 0);

    @TempDir
    static Path folder;
    private static Workspace workspace;
    private static UUID template;

    private MeetingsViewModel viewModel;

    @BeforeAll
    static void openWorkspace() {
        workspace = Workspace.open(folder, Clock.fixed(NOW.atZone(Meeting.ZONE).toInstant(), Meeting.ZONE));
        workspace.demoData().load(false);
        UUID format = workspace.referenceData().meetingFormats().stream().map(MeetingFormat::id).findFirst()
                .orElseThrow();
        template = workspace.meetings().create(new Meeting(UUID.randomUUID(), null, format, "Vorlage Kabinett",
                MeetingMode.PRAESENZ, NOW.plusDays(3), NOW.plusDays(3).plusHours(2), null, null, null, List.of(),
                MeetingStatus.GEPLANT, null, Classification.OFFEN, null, null, List.of(), Set.of(), 0, null, true,
                null, null, null)).id();
    }

    @AfterAll
    static void closeWorkspace() {
        workspace.close();
    }

    @BeforeEach
    void load() {
        viewModel = new MeetingsViewModel(Messages.of(Locale.GERMAN), new DirectTaskExecutor(), workspace.meetings(),
                workspace.followUps(), workspace.referenceData(), workspace.trash());
        viewModel.now(() -> NOW);
        viewModel.refresh();
    }

    @Test
    void weeksStartOnMondayAndAreNumberedByIso() {
        assertThat(CalendarWeeks.weekStart(LocalDate.of(2026, 11, 28))).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(CalendarWeeks.weekStart(LocalDate.of(2026, 11, 23))).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(CalendarWeeks.weekNumber(LocalDate.of(2020, 12, 28))).isEqualTo(53);
        assertThat(CalendarWeeks.weekNumber(LocalDate.of(2021, 1, 3))).isEqualTo(53);
        assertThat(CalendarWeeks.weekNumber(LocalDate.of(2021, 1, 4))).isEqualTo(1);
        assertThat(CalendarWeeks.weekNumber(LocalDate.of(2019, 12, 30))).isEqualTo(1);
        assertThat(CalendarWeeks.weekNumber(LocalDate.of(2019, 3, 12))).isEqualTo(11);
    }

    @Test
    void theMonthViewShowsWholeWeeksFromTheMondayBeforeTheFirst() {
        List<LocalDate> weeks = CalendarWeeks.monthWeeks(YearMonth.of(2019, 3));

        assertThat(weeks).first().isEqualTo(LocalDate.of(2019, 2, 25));
        assertThat(weeks).last().isEqualTo(LocalDate.of(2019, 3, 25));
        assertThat(weeks).allSatisfy(monday -> assertThat(monday.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY));
        // February 2021 begins on a Monday and has exactly four weeks
        assertThat(CalendarWeeks.monthWeeks(YearMonth.of(2021, 2))).hasSize(4);
    }

    @Test
    void navigationMovesByMonthOrByWeekAndComesBackToToday() {
        assertThat(viewModel.periodProperty().get()).isEqualTo("November 2026");
        viewModel.next();
        assertThat(viewModel.periodProperty().get()).isEqualTo("Dezember 2026");

        viewModel.modeProperty().set(CalendarMode.WEEK);
        viewModel.anchorProperty().set(LocalDate.of(2020, 12, 30));
        assertThat(viewModel.periodProperty().get()).isEqualTo("KW 53 · 28.12.2020 – 03.01.2021");
        viewModel.next();
        assertThat(viewModel.weekDays()).first().isEqualTo(LocalDate.of(2021, 1, 4));
        assertThat(viewModel.periodProperty().get()).startsWith("KW 1 ·");
        viewModel.previous();
        viewModel.previous();
        assertThat(viewModel.weekDays()).first().isEqualTo(LocalDate.of(2020, 12, 21));

        viewModel.goToToday();
        assertThat(viewModel.weekDays()).first().isEqualTo(LocalDate.of(2026, 11, 23));
    }

    @Test
    void theCalendarShowsMeetingsInTheirDaysAndHolidaysOfBothLaender() {
        assertThat(viewModel.meetingsOn(LocalDate.of(2019, 3, 12))).extracting(MeetingSummary::title)
                .containsExactly("Gemeinsame Kabinettssitzung Bayern – Nordrhein-Westfalen");
        assertThat(viewModel.entryText(viewModel.meetingsOn(LocalDate.of(2019, 3, 12)).get(0),
                LocalDate.of(2019, 3, 12))).startsWith("10:00 ");
        assertThat(viewModel.holidayLabels(LocalDate.of(2026, 6, 4))).containsExactly("Fronleichnam (BY, NW)");
        assertThat(viewModel.holidayLabels(LocalDate.of(2026, 8, 15)))
                .containsExactly("Mariä Himmelfahrt (BY, regional)");
    }

    @Test
    void templatesAreNoCalendarEntriesButHaveTheirOwnListScope() {
        LocalDate day = NOW.plusDays(3).toLocalDate();
        assertThat(viewModel.meetingsOn(day)).extracting(MeetingSummary::id).doesNotContain(template);
        assertThat(viewModel.summaryProperty().get()).isEqualTo("3 Sitzungen");

        viewModel.scopeProperty().set(MeetingScope.ALL);
        assertThat(viewModel.listedMeetings()).extracting(MeetingSummary::id).doesNotContain(template).hasSize(3);
        viewModel.scopeProperty().set(MeetingScope.TEMPLATES);
        assertThat(viewModel.listedMeetings()).extracting(MeetingSummary::id).containsExactly(template);
    }

    @Test
    void upcomingAndPastSplitTheMeetingsAtNow() {
        viewModel.scopeProperty().set(MeetingScope.UPCOMING);
        assertThat(viewModel.listedMeetings()).extracting(MeetingSummary::startsAt)
                .allSatisfy(start -> assertThat(start).isAfter(NOW)).hasSize(1);
        viewModel.scopeProperty().set(MeetingScope.PAST);
        assertThat(viewModel.listedMeetings()).extracting(MeetingSummary::startsAt)
                .allSatisfy(start -> assertThat(start).isBefore(NOW)).hasSize(2);
    }

    @Test
    void theFacetsNarrowListAndCalendar() {
        viewModel.scopeProperty().set(MeetingScope.ALL);
        UUID area = workspace.referenceData().themeAreas().stream().filter(a -> a.code().equals("EGOV"))
                .findFirst().orElseThrow().id();

        viewModel.themeAreaProperty().set(area);
        assertThat(viewModel.listedMeetings()).isNotEmpty()
                .allSatisfy(meeting -> assertThat(meeting.themeAreaIds()).contains(area));

        viewModel.clearFilter();
        viewModel.formatProperty().set(viewModel.formatOptions().stream()
                .filter(format -> format.de().equals("Fachworkshop")).findFirst().orElseThrow());
        assertThat(viewModel.listedMeetings()).extracting(viewModel::formatName).containsOnly("Fachworkshop");
        assertThat(viewModel.meetingsOn(LocalDate.of(2019, 3, 12))).isEmpty();

        viewModel.clearFilter();
        viewModel.hostLandProperty().set("DE-BY");
        assertThat(viewModel.listedMeetings()).extracting(MeetingSummary::hostLandCode).containsOnly("DE-BY");
        assertThat(viewModel.landName("DE-BY")).isEqualTo("Bayern");
        viewModel.statusProperty().set(MeetingStatus.ABGESAGT);
        viewModel.scopeProperty().set(MeetingScope.TEMPLATES);
        assertThat(viewModel.emptyTextProperty().get()).isEqualTo("Keine Sitzung passt zu Auswahl und Filter.");
    }

    @Test
    void anEmptyListPointsToThePapierkorbWhenItHoldsDeletedMeetings(@TempDir Path other) {
        try (Workspace empty = Workspace.open(other)) {
            MeetingsViewModel page = new MeetingsViewModel(Messages.of(Locale.GERMAN), new DirectTaskExecutor(),
                    empty.meetings(), empty.followUps(), empty.referenceData(), empty.trash());
            page.refresh();
            assertThat(page.emptyTextProperty().get()).contains("Beispieldaten");

            UUID format = empty.referenceData().meetingFormats().get(0).id();
            Meeting only = empty.meetings().create(new Meeting(UUID.randomUUID(), null, format, "Einzige",
                    MeetingMode.PRAESENZ, NOW, NOW.plusHours(2), null, null, null, List.of(), MeetingStatus.GEPLANT,
                    null, Classification.OFFEN, null, null, List.of(), Set.of(), 0, null, false, null, null, null));
            empty.trash().delete(DeletionKind.MEETING, only.id(), only.audit().version());
            page.refresh();
            assertThat(page.emptyTextProperty().get()).contains("Papierkorb (Strg+Umschalt+D)");
        }
    }
}
