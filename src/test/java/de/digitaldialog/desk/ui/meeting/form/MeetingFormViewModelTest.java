package de.digitaldialog.desk.ui.meeting.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import de.digitaldialog.desk.domain.Land;
import de.digitaldialog.desk.domain.Meeting;
import de.digitaldialog.desk.domain.MeetingMode;
import de.digitaldialog.desk.domain.MeetingStatus;
import de.digitaldialog.desk.domain.MeetingSummary;
import de.digitaldialog.desk.domain.Ministry;
import de.digitaldialog.desk.domain.ParticipantRole;
import de.digitaldialog.desk.domain.Person;
import de.digitaldialog.desk.domain.Salutation;
import de.digitaldialog.desk.domain.UserProfile;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.service.MeetingFollowUps;
import de.digitaldialog.desk.workspace.Workspace;
import de.digitaldialog.desk.ui.common.DirectTaskExecutor;
import de.digitaldialog.desk.ui.common.WorkspaceModel;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The meeting form's state, messages, status steps and participants, on a real workspace, without the toolkit. */
class MeetingFormViewModelTest {

    /** Tuesday, 12 March 2019: the joint cabinet session in the Munich Residenz. */
    private static final LocalDate SESSION_DAY = LocalDate.of(2019, 3, 12);

    @TempDir
    Path folder;
    private Workspace workspace;
    private WorkspaceModel model;

    @BeforeEach
    void open() {
        workspace = Workspace.open(folder);
        workspace.settings().saveUserProfile(new UserProfile("Dr. Katrin Huber", "StK", "katrin.huber@example.de"));
        model = new WorkspaceModel(new DirectTaskExecutor(error -> {
            throw new AssertionError(error);
        }), folder);
        model.ready(workspace, WorkspaceModel.Snapshot.load(workspace));
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private MeetingFormViewModel form(Locale locale) {
        return new MeetingFormViewModel(Messages.of(locale), model);
    }

    private Person person(String lastName, Integer rank, String landCode, String ministry) {
        return workspace.referenceData().savePerson(new Person(UUID.randomUUID(), Salutation.FRAU, null, "Eva",
                lastName, "Staatssekretärin", rank, ministry(landCode, ministry).id(), null, null, null));
    }

    private Ministry ministry(String landCode, String abbreviation) {
        UUID land = workspace.referenceData().lands().stream().filter(l -> l.code().equals(landCode))
                .map(Land::id).findFirst().orElseThrow();
        return workspace.referenceData().ministries().stream()
                .filter(m -> m.landId().equals(land) && m.abbreviation().equals(abbreviation)).findFirst().orElseThrow();
    }

    private static MeetingFormViewModel.Candidate candidate(MeetingFormViewModel form, String label) {
        return form.candidates().stream().filter(c -> c.label().startsWith(label)).findFirst().orElseThrow();
    }

    private MeetingFormViewModel saved(String title) {
        MeetingFormViewModel form = form(Locale.GERMAN);
        form.loadNew(SESSION_DAY);
        form.titleProperty().set(title);
        assertThat(form.save(meeting -> { })).isTrue();
        return form;
    }

    @Test
    void aNewMeetingStartsWithTheJointCabinetSessionInBavariaFromTenToTwelve() {
        MeetingFormViewModel form = form(Locale.GERMAN);
        form.loadNew(SESSION_DAY);

        assertThat(form.headingProperty().get()).isEqualTo("Neue Sitzung");
        assertThat(form.formatProperty().get().name().de()).isEqualTo("Gemeinsame Kabinettssitzung");
        assertThat(form.startDateProperty().get()).isEqualTo(SESSION_DAY);
        assertThat(form.startTimeProperty().get()).isEqualTo("10:00");
        assertThat(form.endDateProperty().get()).isEqualTo(SESSION_DAY);
        assertThat(form.endTimeProperty().get()).isEqualTo("12:00");
        assertThat(form.hostLandProperty().get().code()).isEqualTo(Land.BAVARIA);
        assertThat(form.statusProperty().get()).isEqualTo(MeetingStatus.GEPLANT);
        assertThat(form.isNewProperty().get()).isTrue();
        assertThat(form.isDirty()).isFalse();
    }

    @Test
    void savesANewMeetingWithTwoChairsAndParticipantsAndReadsItBack() {
        Person bavaria = person("Bergmann", 1, "DE-BY", "StK");
        Person nrw = person("Wolters", 1, "DE-NW", "StK NRW");
        MeetingFormViewModel form = form(Locale.GERMAN);
        form.loadNew(SESSION_DAY);
        form.titleProperty().set("Gemeinsame Kabinettssitzung Bayern – Nordrhein-Westfalen");
        form.modeProperty().set(MeetingMode.HYBRID);
        form.startTimeProperty().set("9:30");
        form.endTimeProperty().set("13:00");
        form.placeProperty().set("Residenz München");
        form.videoLinkProperty().set("https://video.example.de/kabinett");
        form.addChair(bavaria);
        form.addChair(nrw);
        form.addChair(bavaria);
        assertThat(form.addParticipant(candidate(form, "StMD"), ParticipantRole.TEILNAHME)).isTrue();
        assertThat(form.isDirty()).isTrue();
        List<Meeting> heard = new ArrayList<>();

        assertThat(form.save(heard::add)).isTrue();

        Meeting stored = workspace.meetings().load(heard.get(0).id());
        assertThat(stored.number()).matches("SIT-BY1-\\d{4}");
        assertThat(stored.startsAt()).isEqualTo(LocalDateTime.of(2019, 3, 12, 9, 30));
        assertThat(stored.endsAt()).isEqualTo(LocalDateTime.of(2019, 3, 12, 13, 0));
        assertThat(stored.chairPersonIds()).containsExactly(bavaria.id(), nrw.id());
        assertThat(stored.participants()).extracting(p -> p.ministryId())
                .containsExactly(ministry("DE-BY", "StMD").id());
        assertThat(stored.videoLink()).isEqualTo("https://video.example.de/kabinett");
        assertThat(form.headingProperty().get())
                .isEqualTo("Sitzung " + stored.number() + " – Gemeinsame Kabinettssitzung Bayern – Nordrhein-Westfalen");
        assertThat(form.meetingProperty().get()).isEqualTo(stored);
        assertThat(form.isDirty()).isFalse();

        MeetingFormViewModel again = form(Locale.GERMAN);
        again.load(stored.id());
        assertThat(again.chairs()).extracting(Person::lastName).containsExactly("Bergmann", "Wolters");
        assertThat(again.startTimeProperty().get()).isEqualTo("09:30");
        assertThat(again.placeProperty().get()).isEqualTo("Residenz München");
        assertThat(again.isDirty()).isFalse();
    }

    @Test
    void eachRefusedFieldGetsItsMessageAndNothingIsSaved() {
        MeetingFormViewModel form = form(Locale.GERMAN);
        form.loadNew(SESSION_DAY);
        form.titleProperty().set("  ");
        form.startTimeProperty().set("14:00");
        form.endTimeProperty().set("12:00");

        assertThat(form.save(meeting -> { })).isFalse();

        assertThat(form.messages()).containsExactly(
                entry(MeetingFormViewModel.TITLE, "Pflichtfeld"),
                entry(MeetingFormViewModel.ENDS_AT, "Das Ende liegt nicht nach dem Beginn."));
        assertThat(workspace.meetings().list()).isEmpty();

        form.titleProperty().set("Ressortgespräch");
        assertThat(form.messages()).doesNotContainKey(MeetingFormViewModel.TITLE);
        form.startTimeProperty().set("25:99");
        assertThat(form.save(meeting -> { })).isFalse();
        assertThat(form.messages()).containsExactly(
                entry(MeetingFormViewModel.STARTS_AT, "Bitte die Uhrzeit als SS:MM angeben, z. B. 09:30."));

        MeetingFormViewModel english = form(Locale.ENGLISH);
        english.loadNew(SESSION_DAY);
        english.startDateProperty().set(null);
        english.titleProperty().set("Workshop");
        assertThat(english.save(meeting -> { })).isFalse();
        assertThat(english.messages()).containsEntry(MeetingFormViewModel.STARTS_AT, "Required");
        assertThat(workspace.meetings().list()).isEmpty();
    }

    @Test
    void theStatusMovesOnlyAlongItsStepsAndACancellationNeedsAReason() {
        MeetingFormViewModel form = saved("Ressortgespräch E-Government");
        UUID id = form.meetingProperty().get().id();
        assertThat(form.allowedTargets()).containsExactlyInAnyOrder(MeetingStatus.EINGELADEN, MeetingStatus.ABGESAGT);

        assertThat(form.changeStatus(MeetingStatus.DURCHGEFUEHRT, null, meeting -> { })).isFalse();
        assertThat(form.messages()).containsOnlyKeys(MeetingFormViewModel.STATUS);

        assertThat(form.changeStatus(MeetingStatus.EINGELADEN, null, meeting -> { })).isTrue();
        assertThat(workspace.meetings().load(id).status()).isEqualTo(MeetingStatus.EINGELADEN);
        assertThat(form.statusProperty().get()).isEqualTo(MeetingStatus.EINGELADEN);
        assertThat(form.allowedTargets()).containsExactlyInAnyOrder(MeetingStatus.DURCHGEFUEHRT, MeetingStatus.ABGESAGT);

        assertThat(form.changeStatus(MeetingStatus.ABGESAGT, "  ", meeting -> { })).isFalse();
        assertThat(form.messages()).containsExactly(
                entry(MeetingFormViewModel.CANCEL_REASON, "Eine Absage braucht eine Begründung."));
        assertThat(workspace.meetings().load(id).status()).isEqualTo(MeetingStatus.EINGELADEN);

        assertThat(form.changeStatus(MeetingStatus.ABGESAGT, "Terminkollision mit der MPK", meeting -> { })).isTrue();
        Meeting cancelled = workspace.meetings().load(id);
        assertThat(cancelled.status()).isEqualTo(MeetingStatus.ABGESAGT);
        assertThat(cancelled.cancelReason()).isEqualTo("Terminkollision mit der MPK");
        assertThat(form.allowedTargets()).isEmpty();
    }

    @Test
    void participantsAreListedByLandThenProtocolOrderThenName() {
        person("Zander", 1, "DE-NW", "MWIDE");
        person("Bauer", 2, "DE-BY", "StMD");
        person("Ziegler", 1, "DE-BY", "StK");
        person("Adam", null, "DE-BY", "StMD");
        MeetingFormViewModel form = form(Locale.GERMAN);
        form.loadNew(SESSION_DAY);
        for (String label : List.of("BMI", "Eva Zander", "Eva Adam", "Eva Bauer", "StMD", "Eva Ziegler")) {
            assertThat(form.addParticipant(candidate(form, label), ParticipantRole.TEILNAHME)).isTrue();
        }

        assertThat(form.participants()).extracting(ParticipantRow::name)
                .containsExactly("Eva Ziegler", "Eva Bauer", "Eva Adam", "StMD", "Eva Zander", "BMI");
        assertThat(form.participants()).extracting(ParticipantRow::land)
                .containsExactly("Bayern", "Bayern", "Bayern", "Bayern", "Nordrhein-Westfalen", "Bund");

        assertThat(form.addParticipant(candidate(form, "Eva Bauer"), ParticipantRole.GAST)).isFalse();
        assertThat(form.messages()).containsExactly(
                entry(MeetingFormViewModel.PARTICIPANT, "Eva Bauer (StMD) nimmt bereits teil."));

        ParticipantRow zander = form.participants().get(4);
        form.changeRole(zander, ParticipantRole.VERTRETUNG);
        form.removeParticipant(form.participants().get(5));
        form.titleProperty().set("Fachworkshop KI");
        assertThat(form.save(meeting -> { })).isTrue();

        MeetingFormViewModel again = form(Locale.GERMAN);
        again.load(form.meetingProperty().get().id());
        assertThat(again.participants()).extracting(ParticipantRow::name)
                .containsExactly("Eva Ziegler", "Eva Bauer", "Eva Adam", "StMD", "Eva Zander");
        assertThat(again.participants().get(4).participant().role()).isEqualTo(ParticipantRole.VERTRETUNG);
    }

    @Test
    void calendarWarningsFollowTheDatesAndBlockNothing() {
        MeetingFormViewModel form = form(Locale.GERMAN);
        List<Meeting> asked = new ArrayList<>();
        form.setWarnings(draft -> {
            asked.add(draft);
            return draft.startsAt().getDayOfWeek() == DayOfWeek.SATURDAY ? List.of("Der Termin liegt auf einem Samstag.")
                    : List.of();
        });
        form.loadNew(SESSION_DAY);
        assertThat(form.warnings()).isEmpty();

        form.startDateProperty().set(LocalDate.of(2019, 3, 16));
        assertThat(form.warnings()).containsExactly("Der Termin liegt auf einem Samstag.");
        assertThat(asked.get(asked.size() - 1).endsAt()).isEqualTo(LocalDateTime.of(2019, 3, 16, 12, 0));

        form.titleProperty().set("Samstagsklausur");
        assertThat(form.save(meeting -> { })).isTrue();
        assertThat(workspace.meetings().list()).hasSize(1);

        form.startDateProperty().set(LocalDate.of(2019, 3, 19));
        assertThat(form.warnings()).isEmpty();
    }

    @Test
    void aFollowUpIsProposedOnTheSameWeekdayThreeMonthsLaterAndCreated() {
        MeetingFormViewModel form = saved("Gemeinsame Kabinettssitzung");

        LocalDateTime proposed = form.followUpStart();
        assertThat(proposed.getDayOfWeek()).isEqualTo(DayOfWeek.TUESDAY);
        assertThat(proposed).isEqualTo(LocalDateTime.of(2019, 6, 18, 10, 0));

        List<Meeting> created = new ArrayList<>();
        form.createFollowUp(proposed, created::add);

        assertThat(created).hasSize(1);
        assertThat(created.get(0).predecessorId()).isEqualTo(form.meetingProperty().get().id());
        assertThat(form.noticeProperty().get()).startsWith("Folgesitzung " + created.get(0).number() + " am 18.06.2019");
        assertThat(workspace.meetings().list()).hasSize(2);
    }

    @Test
    void aTemplateSeriesAndCalendarFileAreMadeFromTheStoredMeeting() throws Exception {
        MeetingFormViewModel form = saved("Fachministerkonferenz Digitales");
        List<Meeting> templates = new ArrayList<>();
        form.saveAsTemplate(templates::add);
        assertThat(templates.get(0).template()).isTrue();
        assertThat(form.noticeProperty().get()).isEqualTo("Als Vorlage " + templates.get(0).number() + " gespeichert.");

        List<List<Meeting>> series = new ArrayList<>();
        form.createSeries(LocalDateTime.of(2019, 6, 18, 10, 0), 4, 3, MeetingFollowUps.Step.MONTHS, series::add);
        assertThat(series.get(0)).extracting(Meeting::startsAt).containsExactly(
                LocalDateTime.of(2019, 6, 18, 10, 0), LocalDateTime.of(2019, 9, 18, 10, 0),
                LocalDateTime.of(2019, 12, 18, 10, 0), LocalDateTime.of(2020, 3, 18, 10, 0));
        form.createSeries(LocalDateTime.of(2019, 6, 18, 10, 0), 0, 3, MeetingFollowUps.Step.MONTHS, series::add);
        assertThat(form.problemProperty().get()).isEqualTo("Eine Serie hat 1 bis 52 Sitzungen.");

        Path file = folder.resolve(form.meetingProperty().get().number() + ".ics");
        form.exportCalendar(file, false, written -> { });
        assertThat(java.nio.file.Files.readString(file)).contains("METHOD:REQUEST");
        assertThat(form.noticeProperty().get()).startsWith("Kalenderdatei gespeichert: ");

        MeetingFormViewModel fresh = form(Locale.GERMAN);
        fresh.loadNew(LocalDate.of(2019, 10, 8));
        List<List<MeetingSummary>> offered = new ArrayList<>();
        fresh.templates(offered::add);
        assertThat(offered.get(0)).extracting(MeetingSummary::id).containsExactly(templates.get(0).id());
        List<Meeting> made = new ArrayList<>();
        assertThat(fresh.createFromTemplate(templates.get(0).id(), made::add)).isTrue();
        assertThat(made.get(0).startsAt()).isEqualTo(LocalDateTime.of(2019, 10, 8, 10, 0));
        assertThat(fresh.isNewProperty().get()).isFalse();
        assertThat(fresh.headingProperty().get()).isEqualTo("Sitzung " + made.get(0).number()
                + " – Fachministerkonferenz Digitales");
    }

    @Test
    void aSaveAfterSomeoneElseSavedSaysWhoAndWhenAndOverwritesNothing() {
        MeetingFormViewModel first = saved("Ressortgespräch");
        UUID id = first.meetingProperty().get().id();
        MeetingFormViewModel second = form(Locale.GERMAN);
        second.load(id);

        first.placeProperty().set("Düsseldorf");
        assertThat(first.save(meeting -> { })).isTrue();
        second.placeProperty().set("München");
        assertThat(second.save(meeting -> { })).isTrue();

        assertThat(second.problemProperty().get()).contains("zwischenzeitlich von Dr. Katrin Huber");
        assertThat(second.staleProperty().get()).isTrue();
        assertThat(workspace.meetings().load(id).place()).isEqualTo("Düsseldorf");
        second.reload();
        assertThat(second.placeProperty().get()).isEqualTo("Düsseldorf");
        assertThat(second.staleProperty().get()).isFalse();
    }
}
