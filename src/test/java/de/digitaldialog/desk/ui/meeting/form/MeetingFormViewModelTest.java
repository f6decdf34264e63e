package de.digitaldialog.desk.ui.meeting.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import de.digitaldialog.desk.domain.Land;
import de.digitaldialog.desk.domain.PartnerLand;
import de.digitaldialog.desk.domain.Meeting;
import de.digitaldialog.desk.domain.MeetingMode;
import de.digitaldialog.desk.domain.MeetingStatus;
import de.digitaldialog.desk.domain.MeetingSummary;
import de.digitaldialog.desk.domain.Ministry;
import de.digitaldialog.desk.domain.Participant;
import de.digitaldialog.desk.domain.ParticipantRole;
import de.digitaldialog.desk.domain.Person;
import de.digitaldialog.desk.domain.Salutation;
import de.digitaldialog.desk.domain.UserProfile;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.service.MeetingFollowUps;
import de.digitaldialog.desk.workspace.Workspace;
import de.digitaldialog.desk.ui.common.DirectTaskExecutor;
import java.nio.file.Files;
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

    @BeforeEach
    void open() {
        workspace = Workspace.open(folder);
        workspace.settings().saveUserProfile(new UserProfile("Dr. Katrin Huber", "StK", "katrin.huber@example.de"));
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    /** Built from the workspace's services, as the window's controller factory does. */
    private MeetingFormViewModel form(Locale locale) {
        return new MeetingFormViewModel(Messages.of(locale), new DirectTaskExecutor(error -> {
            throw new AssertionError(error);
        }), workspace.meetings(), workspace.referenceData(), workspace.followUps(), workspace.calendarExport(),
                workspace.calendarWarnings(), workspace.settings());
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

    private static ParticipantsViewModel.Candidate candidate(MeetingFormViewModel form, String label) {
        return form.participants().candidates().stream().filter(c -> c.label().startsWith(label)).findFirst().orElseThrow();
    }

    private MeetingFormViewModel saved(String title) {
        MeetingFormViewModel form = form(Locale.GERMAN);
        form.loadNew(SESSION_DAY);
        form.frame().titleProperty().set(title);
        assertThat(form.save(meeting -> { })).isTrue();
        return form;
    }

    @Test
    void aNewMeetingStartsWithTheJointCabinetSessionInBavariaFromTenToTwelve() {
        MeetingFormViewModel form = form(Locale.GERMAN);
        form.loadNew(SESSION_DAY);

        assertThat(form.form().headingProperty().get()).isEqualTo("Neue Sitzung");
        assertThat(form.frame().formatProperty().get().name().de()).isEqualTo("Gemeinsame Kabinettssitzung");
        assertThat(form.frame().startDateProperty().get()).isEqualTo(SESSION_DAY);
        assertThat(form.frame().startTimeProperty().get()).isEqualTo("10:00");
        assertThat(form.frame().endDateProperty().get()).isEqualTo(SESSION_DAY);
        assertThat(form.frame().endTimeProperty().get()).isEqualTo("12:00");
        assertThat(form.frame().hostLandProperty().get().code()).isEqualTo(Land.BAVARIA);
        assertThat(form.status().statusProperty().get()).isEqualTo(MeetingStatus.GEPLANT);
        assertThat(form.form().isNewProperty().get()).isTrue();
        assertThat(form.form().isDirty()).isFalse();
    }

    @Test
    void aNewMeetingInANorthRhineWestphalianInstallationIsHostedThere() {
        workspace.settings().setUp(PartnerLand.NW, "NW1", "Jan Becker", "MWIDE", null);
        MeetingFormViewModel form = form(Locale.GERMAN);
        form.loadNew(SESSION_DAY);

        assertThat(form.frame().hostLandProperty().get().code()).isEqualTo(Land.NORTH_RHINE_WESTPHALIA);
    }

    @Test
    void savesANewMeetingWithTwoChairsAndParticipantsAndReadsItBack() {
        Person bavaria = person("Bergmann", 1, "DE-BY", "StK");
        Person nrw = person("Wolters", 1, "DE-NW", "StK NRW");
        MeetingFormViewModel form = form(Locale.GERMAN);
        form.loadNew(SESSION_DAY);
        form.frame().titleProperty().set("Gemeinsame Kabinettssitzung Bayern – Nordrhein-Westfalen");
        form.frame().modeProperty().set(MeetingMode.HYBRID);
        form.frame().startTimeProperty().set("9:30");
        form.frame().endTimeProperty().set("13:00");
        form.frame().placeProperty().set("Residenz München");
        form.frame().videoLinkProperty().set("https://video.example.de/kabinett");
        form.participants().addChair(bavaria);
        form.participants().addChair(nrw);
        form.participants().addChair(bavaria);
        assertThat(form.participants().addParticipant(candidate(form, "StMD"), ParticipantRole.TEILNAHME)).isTrue();
        assertThat(form.form().isDirty()).isTrue();
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
        assertThat(form.form().headingProperty().get())
                .isEqualTo("Sitzung " + stored.number() + " – Gemeinsame Kabinettssitzung Bayern – Nordrhein-Westfalen");
        assertThat(form.form().storedProperty().get()).isEqualTo(stored);
        assertThat(form.form().isDirty()).isFalse();

        MeetingFormViewModel again = form(Locale.GERMAN);
        again.load(stored.id());
        assertThat(again.participants().chairs()).extracting(Person::lastName).containsExactly("Bergmann", "Wolters");
        assertThat(again.frame().startTimeProperty().get()).isEqualTo("09:30");
        assertThat(again.frame().placeProperty().get()).isEqualTo("Residenz München");
        assertThat(again.form().isDirty()).isFalse();
    }

    @Test
    void eachRefusedFieldGetsItsMessageAndNothingIsSaved() {
        MeetingFormViewModel form = form(Locale.GERMAN);
        form.loadNew(SESSION_DAY);
        form.frame().titleProperty().set("  ");
        form.frame().startTimeProperty().set("14:00");
        form.frame().endTimeProperty().set("12:00");

        assertThat(form.save(meeting -> { })).isFalse();

        assertThat(form.form().messages()).containsExactly(
                entry(MeetingFormViewModel.TITLE, "Pflichtfeld"),
                entry(MeetingFormViewModel.ENDS_AT, "Das Ende liegt nicht nach dem Beginn."));
        assertThat(workspace.meetings().list()).isEmpty();

        form.frame().titleProperty().set("Ressortgespräch");
        assertThat(form.form().messages()).doesNotContainKey(MeetingFormViewModel.TITLE);
        form.frame().startTimeProperty().set("25:99");
        assertThat(form.save(meeting -> { })).isFalse();
        assertThat(form.form().messages()).containsExactly(
                entry(MeetingFormViewModel.STARTS_AT, "Bitte die Uhrzeit als SS:MM angeben, z. B. 09:30."));

        MeetingFormViewModel english = form(Locale.ENGLISH);
        english.loadNew(SESSION_DAY);
        english.frame().startDateProperty().set(null);
        english.frame().titleProperty().set("Workshop");
        assertThat(english.save(meeting -> { })).isFalse();
        assertThat(english.form().messages()).containsEntry(MeetingFormViewModel.STARTS_AT, "Required");
        assertThat(workspace.meetings().list()).isEmpty();
    }

    @Test
    void oneSaveReportsEveryBrokenFieldAtOnce() {
        MeetingFormViewModel form = form(Locale.GERMAN);
        form.loadNew(SESSION_DAY);
        form.frame().titleProperty().set("");
        form.frame().startTimeProperty().set("halb zehn");

        assertThat(form.save(meeting -> { })).isFalse();

        assertThat(form.form().messages()).containsExactly(
                entry(MeetingFormViewModel.TITLE, "Pflichtfeld"),
                entry(MeetingFormViewModel.STARTS_AT, "Bitte die Uhrzeit als SS:MM angeben, z. B. 09:30."));
        assertThat(workspace.meetings().list()).isEmpty();
    }

    @Test
    void aFieldIsCheckedWhenTheUserLeavesItAndOnlyThatField() {
        MeetingFormViewModel form = form(Locale.GERMAN);
        form.loadNew(SESSION_DAY);
        form.frame().endTimeProperty().set("09:00");

        form.check(MeetingFormViewModel.TITLE);
        assertThat(form.form().messages()).containsExactly(entry(MeetingFormViewModel.TITLE, "Pflichtfeld"));

        form.check(MeetingFormViewModel.STARTS_AT, MeetingFormViewModel.ENDS_AT);
        assertThat(form.form().messages()).containsOnlyKeys(MeetingFormViewModel.TITLE, MeetingFormViewModel.ENDS_AT);

        form.frame().titleProperty().set("Ressortgespräch");
        form.check(MeetingFormViewModel.TITLE);
        assertThat(form.form().messages()).containsOnlyKeys(MeetingFormViewModel.ENDS_AT);
    }

    @Test
    void theStatusMovesOnlyAlongItsStepsAndACancellationNeedsAReason() {
        MeetingFormViewModel form = saved("Ressortgespräch E-Government");
        UUID id = form.form().storedProperty().get().id();
        assertThat(form.status().allowedTargets()).containsExactlyInAnyOrder(MeetingStatus.EINGELADEN, MeetingStatus.ABGESAGT);

        assertThat(form.status().change(MeetingStatus.DURCHGEFUEHRT, null, meeting -> { })).isFalse();
        assertThat(form.form().messages()).containsOnlyKeys(MeetingFormViewModel.STATUS);

        assertThat(form.status().change(MeetingStatus.EINGELADEN, null, meeting -> { })).isTrue();
        assertThat(workspace.meetings().load(id).status()).isEqualTo(MeetingStatus.EINGELADEN);
        assertThat(form.status().statusProperty().get()).isEqualTo(MeetingStatus.EINGELADEN);
        assertThat(form.status().allowedTargets()).containsExactlyInAnyOrder(MeetingStatus.DURCHGEFUEHRT, MeetingStatus.ABGESAGT);

        assertThat(form.status().change(MeetingStatus.ABGESAGT, "  ", meeting -> { })).isFalse();
        assertThat(form.form().messages()).containsExactly(
                entry(MeetingFormViewModel.CANCEL_REASON, "Eine Absage braucht eine Begründung."));
        assertThat(workspace.meetings().load(id).status()).isEqualTo(MeetingStatus.EINGELADEN);

        assertThat(form.status().change(MeetingStatus.ABGESAGT, "Terminkollision mit der MPK", meeting -> { })).isTrue();
        Meeting cancelled = workspace.meetings().load(id);
        assertThat(cancelled.status()).isEqualTo(MeetingStatus.ABGESAGT);
        assertThat(cancelled.cancelReason()).isEqualTo("Terminkollision mit der MPK");
        assertThat(form.status().allowedTargets()).isEmpty();
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
            assertThat(form.participants().addParticipant(candidate(form, label), ParticipantRole.TEILNAHME)).isTrue();
        }

        assertThat(form.participants().rows()).extracting(ParticipantRow::name)
                .containsExactly("Eva Ziegler", "Eva Bauer", "Eva Adam", "StMD", "Eva Zander", "BMI");
        assertThat(form.participants().rows()).extracting(ParticipantRow::land)
                .containsExactly("Bayern", "Bayern", "Bayern", "Bayern", "Nordrhein-Westfalen", "Bund");

        assertThat(form.participants().addParticipant(candidate(form, "Eva Bauer"), ParticipantRole.GAST)).isFalse();
        assertThat(form.form().messages()).containsExactly(
                entry(MeetingFormViewModel.PARTICIPANT, "Eva Bauer (StMD) nimmt bereits teil."));

        ParticipantRow zander = form.participants().rows().get(4);
        form.participants().changeRole(zander, ParticipantRole.VERTRETUNG);
        form.participants().removeParticipant(form.participants().rows().get(5));
        form.frame().titleProperty().set("Fachworkshop KI");
        assertThat(form.save(meeting -> { })).isTrue();

        MeetingFormViewModel again = form(Locale.GERMAN);
        again.load(form.form().storedProperty().get().id());
        assertThat(again.participants().rows()).extracting(ParticipantRow::name)
                .containsExactly("Eva Ziegler", "Eva Bauer", "Eva Adam", "StMD", "Eva Zander");
        assertThat(again.participants().rows().get(4).participant().role()).isEqualTo(ParticipantRole.VERTRETUNG);
    }

    @Test
    void theChairsHeadTheListAsVorsitzAndStayStoredOnlyAsChairs() {
        Person chair = person("Brandl", 1, "DE-BY", "StK");
        Person zander = person("Zander", 2, "DE-NW", "MWIDE");
        MeetingFormViewModel form = form(Locale.GERMAN);
        form.loadNew(SESSION_DAY);
        form.participants().addChair(chair);
        assertThat(form.participants().addParticipant(candidate(form, "Eva Zander"), ParticipantRole.PROTOKOLL))
                .isTrue();

        assertThat(form.participants().rows()).extracting(ParticipantRow::name)
                .containsExactly("Eva Brandl", "Eva Zander");
        ParticipantRow chairRow = form.participants().rows().get(0);
        assertThat(chairRow.isChair()).isTrue();
        assertThat(form.participants().changeRole(chairRow, ParticipantRole.GAST)).isSameAs(chairRow);
        assertThat(form.participants().rows().get(1).participant().role()).isEqualTo(ParticipantRole.PROTOKOLL);
        assertThat(form.participants().addParticipant(candidate(form, "Eva Brandl"), ParticipantRole.GAST)).isFalse();
        assertThat(form.form().messages()).containsExactly(
                entry(MeetingFormViewModel.PARTICIPANT, "Eva Brandl (StK) nimmt bereits teil."));
        form.frame().titleProperty().set("Kabinettssitzung");
        assertThat(form.save(meeting -> { })).isTrue();

        Meeting stored = workspace.meetings().load(form.form().stored().id());
        assertThat(stored.chairPersonIds()).containsExactly(chair.id());
        assertThat(stored.participants()).extracting(Participant::role).containsExactly(ParticipantRole.PROTOKOLL);
        // the chair's row removes the chair
        form.participants().removeParticipant(form.participants().rows().get(0));
        assertThat(form.participants().chairs()).isEmpty();
        assertThat(form.participants().rows()).extracting(ParticipantRow::name).containsExactly("Eva Zander");
        // a participant who becomes a chair is a chair only
        form.participants().addChair(zander);
        assertThat(form.participants().rows()).extracting(ParticipantRow::isChair).containsExactly(true);
        assertThat(form.save(meeting -> { })).isTrue();
        assertThat(workspace.meetings().load(form.form().stored().id()).participants()).isEmpty();
    }

    @Test
    void calendarWarningsFollowTheDatesAndBlockNothing() {
        MeetingFormViewModel form = form(Locale.GERMAN);
        List<Meeting> asked = new ArrayList<>();
        form.calendar().source(draft -> {
            asked.add(draft);
            return draft.startsAt().getDayOfWeek() == DayOfWeek.SATURDAY ? List.of("Der Termin liegt auf einem Samstag.")
                    : List.of();
        });
        form.loadNew(SESSION_DAY);
        assertThat(form.calendar().lines()).isEmpty();

        form.frame().startDateProperty().set(LocalDate.of(2019, 3, 16));
        assertThat(form.calendar().lines()).containsExactly("Der Termin liegt auf einem Samstag.");
        assertThat(asked.get(asked.size() - 1).endsAt()).isEqualTo(LocalDateTime.of(2019, 3, 16, 12, 0));

        form.frame().titleProperty().set("Samstagsklausur");
        assertThat(form.save(meeting -> { })).isTrue();
        assertThat(workspace.meetings().list()).hasSize(1);

        form.frame().startDateProperty().set(LocalDate.of(2019, 3, 19));
        assertThat(form.calendar().lines()).isEmpty();
    }

    @Test
    void aFollowUpIsProposedOnTheSameWeekdayThreeMonthsLaterAndCreated() {
        MeetingFormViewModel form = saved("Gemeinsame Kabinettssitzung");

        LocalDateTime proposed = form.actions().followUpStart();
        assertThat(proposed.getDayOfWeek()).isEqualTo(DayOfWeek.TUESDAY);
        assertThat(proposed).isEqualTo(LocalDateTime.of(2019, 6, 18, 10, 0));

        List<Meeting> created = new ArrayList<>();
        form.actions().createFollowUp(proposed, created::add);

        assertThat(created).hasSize(1);
        assertThat(created.get(0).predecessorId()).isEqualTo(form.form().storedProperty().get().id());
        assertThat(form.actions().noticeProperty().get()).startsWith("Folgesitzung " + created.get(0).number() + " am 18.06.2019");
        assertThat(workspace.meetings().list()).hasSize(2);
    }

    @Test
    void aTemplateSeriesAndCalendarFileAreMadeFromTheStoredMeeting() throws Exception {
        MeetingFormViewModel form = saved("Fachministerkonferenz Digitales");
        List<Meeting> templates = new ArrayList<>();
        form.actions().saveAsTemplate(templates::add);
        assertThat(templates.get(0).template()).isTrue();
        assertThat(form.actions().noticeProperty().get()).isEqualTo("Als Vorlage " + templates.get(0).number() + " gespeichert.");

        List<List<Meeting>> series = new ArrayList<>();
        form.actions().createSeries(LocalDateTime.of(2019, 6, 18, 10, 0), 4, 3, MeetingFollowUps.Step.MONTHS, series::add);
        assertThat(series.get(0)).extracting(Meeting::startsAt).containsExactly(
                LocalDateTime.of(2019, 6, 18, 10, 0), LocalDateTime.of(2019, 9, 18, 10, 0),
                LocalDateTime.of(2019, 12, 18, 10, 0), LocalDateTime.of(2020, 3, 18, 10, 0));
        form.actions().createSeries(LocalDateTime.of(2019, 6, 18, 10, 0), 0, 3, MeetingFollowUps.Step.MONTHS, series::add);
        assertThat(form.form().problemProperty().get()).isEqualTo("Eine Serie hat 1 bis 52 Sitzungen.");

        Path file = folder.resolve(form.form().storedProperty().get().number() + ".ics");
        form.actions().exportCalendar(file, false, written -> { });
        assertThat(Files.readString(file)).contains("METHOD:REQUEST");
        assertThat(form.actions().noticeProperty().get()).startsWith("Kalenderdatei gespeichert: ");

        MeetingFormViewModel fresh = form(Locale.GERMAN);
        fresh.loadNew(LocalDate.of(2019, 10, 8));
        List<List<MeetingSummary>> offered = new ArrayList<>();
        fresh.actions().templates(offered::add);
        assertThat(offered.get(0)).extracting(MeetingSummary::id).containsExactly(templates.get(0).id());
        List<Meeting> made = new ArrayList<>();
        assertThat(fresh.actions().createFromTemplate(templates.get(0).id(), made::add)).isTrue();
        assertThat(made.get(0).startsAt()).isEqualTo(LocalDateTime.of(2019, 10, 8, 10, 0));
        assertThat(fresh.form().isNewProperty().get()).isFalse();
        assertThat(fresh.form().headingProperty().get()).isEqualTo("Sitzung " + made.get(0).number()
                + " – Fachministerkonferenz Digitales");
    }

    @Test
    void aSaveAfterSomeoneElseSavedSaysWhoAndWhenAndOverwritesNothing() {
        MeetingFormViewModel first = saved("Ressortgespräch");
        UUID id = first.form().storedProperty().get().id();
        MeetingFormViewModel second = form(Locale.GERMAN);
        second.load(id);

        first.frame().placeProperty().set("Düsseldorf");
        assertThat(first.save(meeting -> { })).isTrue();
        second.frame().placeProperty().set("München");
        assertThat(second.save(meeting -> { })).isTrue();

        assertThat(second.form().problemProperty().get()).contains("zwischenzeitlich von Dr. Katrin Huber");
        assertThat(second.form().staleProperty().get()).isTrue();
        assertThat(workspace.meetings().load(id).place()).isEqualTo("Düsseldorf");
        second.reload();
        assertThat(second.frame().placeProperty().get()).isEqualTo("Düsseldorf");
        assertThat(second.form().staleProperty().get()).isFalse();
    }
}
