package de.digitaldialog.desk.ui.meeting.list;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitaldialog.desk.domain.Classification;
import de.digitaldialog.desk.domain.Meeting;
import de.digitaldialog.desk.domain.MeetingMode;
import de.digitaldialog.desk.domain.MeetingStatus;
import de.digitaldialog.desk.domain.UserProfile;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.ui.common.DirectTaskExecutor;
import de.digitaldialog.desk.workspace.Workspace;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Zeitraum als .ics exportieren": the meetings the page shows, in one file; VS-NfD only on purpose. */
class PeriodExportViewModelTest {

    @TempDir
    Path folder;
    private Workspace workspace;
    private MeetingsViewModel page;
    private PeriodExportViewModel export;
    private final List<String> told = new ArrayList<>();
    private Meeting session;
    private Meeting classified;
    private Meeting april;

    @BeforeEach
    void open() {
        workspace = Workspace.open(folder.resolve("data"));
        workspace.settings().saveUserProfile(new UserProfile("Anna Koordinatorin", "StK", "anna.k@stk.bayern.de"));
        session = meeting("Gemeinsame Kabinettssitzung", LocalDateTime.of(2019, 3, 12, 10, 0), Classification.OFFEN);
        classified = meeting("Vertrauliche Runde", LocalDateTime.of(2019, 3, 20, 9, 0), Classification.VS_NFD);
        april = meeting("Ressortgespräch", LocalDateTime.of(2019, 4, 2, 14, 0), Classification.OFFEN);
        workspace.meetings().save(workspace.meetings().load(session.id()).withStatus(MeetingStatus.EINGELADEN, null));
        Messages messages = Messages.of(Locale.GERMAN);
        DirectTaskExecutor executor = new DirectTaskExecutor();
        page = new MeetingsViewModel(messages, executor, workspace.meetings(), workspace.followUps(),
                workspace.referenceData(), workspace.trash());
        page.now(() -> LocalDateTime.of(2019, 3, 10, 12, 0));
        page.refresh();
        export = new PeriodExportViewModel(messages, executor, workspace.calendarExport());
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private Meeting meeting(String title, LocalDateTime start, Classification classification) {
        return workspace.meetings().create(new Meeting(UUID.randomUUID(), null,
                workspace.referenceData().meetingFormats().get(0).id(), title, MeetingMode.VIDEO, start,
                start.plusHours(2), null, "https://meet.example.de/dd", null, List.of(), MeetingStatus.GEPLANT, null,
                classification, null, null, List.of(), Set.of(), 0, null, false, null, null, null));
    }

    private List<String> exported(PeriodExportViewModel.Shown shown, boolean includeClassified) throws Exception {
        Path target = folder.resolve("zeitraum.ics");
        export.export(shown, target, includeClassified, told::add, error -> {
            throw new AssertionError(error);
        });
        try (InputStream in = Files.newInputStream(target)) {
            return new CalendarBuilder().build(in).<VEvent>getComponents("VEVENT").stream()
                    .map(event -> event.<Property>getProperty("UID").map(Property::getValue).orElseThrow()).toList();
        }
    }

    @Test
    void theShownMonthIsWrittenWithoutItsVsNfdMeetingUnlessIncluded() throws Exception {
        PeriodExportViewModel.Shown march = page.shown();
        assertThat(march.from()).isEqualTo(LocalDate.of(2019, 3, 1));
        assertThat(march.to()).isEqualTo(LocalDate.of(2019, 3, 31));
        assertThat(march.meetingIds()).as("what the dialog counts").containsExactlyInAnyOrder(session.id(),
                classified.id());
        assertThat(export.file(march).initialName()).isEqualTo("sitzungen-2019-03-01-2019-03-31.ics");

        assertThat(exported(march, false)).containsExactly(session.id().toString());
        assertThat(told).last().asString().startsWith("1 Sitzung gespeichert: ")
                .endsWith("zeitraum.ics (1 VS-NfD-Sitzung ausgelassen)");

        assertThat(exported(march, true)).containsExactly(session.id().toString(), classified.id().toString());
        assertThat(told).last().asString().startsWith("2 Sitzungen gespeichert: ").endsWith("zeitraum.ics");
    }

    @Test
    void theWeekTheListAndTheFiltersChooseWhatIsWritten() throws Exception {
        page.modeProperty().set(CalendarMode.WEEK);
        PeriodExportViewModel.Shown week = page.shown();
        assertThat(week.from()).isEqualTo(LocalDate.of(2019, 3, 4));
        Path nothing = folder.resolve("leer.ics");
        export.export(week, nothing, true, told::add, error -> {
            throw new AssertionError(error);
        });
        assertThat(nothing).doesNotExist();
        assertThat(told).last().asString().startsWith("Vom 04.03.2019 bis 10.03.2019 liegt keine Sitzung");

        page.modeProperty().set(CalendarMode.LIST);
        page.scopeProperty().set(MeetingScope.ALL);
        PeriodExportViewModel.Shown listed = page.shown();
        assertThat(listed.from()).isEqualTo(LocalDate.of(2019, 3, 12));
        assertThat(listed.to()).isEqualTo(LocalDate.of(2019, 4, 2));
        assertThat(exported(listed, false)).containsExactly(session.id().toString(), april.id().toString());

        page.statusProperty().set(MeetingStatus.GEPLANT);
        assertThat(exported(page.shown(), true)).containsExactly(classified.id().toString(), april.id().toString());
    }
}
