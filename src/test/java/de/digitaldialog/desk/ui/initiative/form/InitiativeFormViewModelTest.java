package de.digitaldialog.desk.ui.initiative.form;

import static de.digitaldialog.desk.domain.InitiativeStatus.BESCHLOSSEN;
import static de.digitaldialog.desk.domain.InitiativeStatus.IDEE;
import static de.digitaldialog.desk.domain.InitiativeStatus.IN_ABSTIMMUNG;
import static de.digitaldialog.desk.domain.InitiativeStatus.VERWORFEN;
import static de.digitaldialog.desk.domain.InitiativeStatus.ZURUECKGESTELLT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import de.digitaldialog.desk.domain.Arena;
import de.digitaldialog.desk.domain.Initiative;
import de.digitaldialog.desk.domain.Ministry;
import de.digitaldialog.desk.domain.StatusChange;
import de.digitaldialog.desk.domain.UserProfile;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.workspace.Workspace;
import de.digitaldialog.desk.ui.common.DirectTaskExecutor;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The form's state, messages and workflow, built from the services of a workspace on a temporary
 * folder, without the shell or the JavaFX toolkit.
 */
class InitiativeFormViewModelTest {

    @TempDir
    Path folder;
    private Workspace workspace;

    @BeforeEach
    void open() {
        workspace = Workspace.open(folder);
        workspace.settings().saveUserProfile(new UserProfile("Dr. Katrin Huber", "StK", null));
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private InitiativeFormViewModel form(Locale locale) {
        return new InitiativeFormViewModel(Messages.of(locale), new DirectTaskExecutor(), workspace.initiatives(),
                workspace.referenceData());
    }

    private static Ministry lead(List<Ministry> options, String abbreviation) {
        return options.stream().filter(m -> m.abbreviation().equals(abbreviation)).findFirst().orElseThrow();
    }

    private InitiativeFormViewModel created() {
        InitiativeFormViewModel form = form(Locale.GERMAN);
        form.load(null);
        form.fields().titleProperty().set("Nachnutzung von Onlinediensten");
        form.fields().themeAreaIds().add(form.choices().themeAreas().get(2).id());
        form.fields().leadBavariaProperty().set(lead(form.choices().leadsBavaria(), "StMD"));
        form.fields().leadNrwProperty().set(lead(form.choices().leadsNrw(), "MWIDE"));
        assertThat(form.save(saved -> { })).isTrue();
        return form;
    }

    @Test
    void eachRefusedFieldGetsItsMessageInTheUiLanguageAndNothingIsSaved() {
        InitiativeFormViewModel form = form(Locale.GERMAN);
        form.load(null);
        form.fields().titleProperty().set("   ");
        form.fields().startDateProperty().set(LocalDate.of(2019, 6, 1));
        form.fields().targetDateProperty().set(LocalDate.of(2019, 5, 1));

        assertThat(form.save(saved -> { })).isFalse();

        assertThat(form.form().messages()).containsExactly(
                entry("title", "Pflichtfeld"),
                entry("leadMinistries", "Mindestens ein federführendes Ressort ist erforderlich."),
                entry("targetDate", "Das Zieldatum liegt vor dem Startdatum."));
        assertThat(workspace.initiatives().list()).isEmpty();

        form.fields().titleProperty().set("x".repeat(201));
        assertThat(form.form().errorProperty("title").get()).as("editing clears the message").isEmpty();
        form.save(saved -> { });
        assertThat(form.form().messages()).containsEntry("title", "Höchstens 200 Zeichen");

        InitiativeFormViewModel english = form(Locale.ENGLISH);
        english.load(null);
        english.save(saved -> { });
        assertThat(english.form().messages()).containsKeys("title", "leadMinistries")
                .doesNotContainValue("Pflichtfeld");
        assertThat(workspace.initiatives().list()).isEmpty();
    }

    @Test
    void oneSaveAttemptShowsEveryBrokenFieldAndMilestoneAtOnce() {
        InitiativeFormViewModel form = created();
        form.milestones().add("Eckpunkte", LocalDate.of(2019, 9, 1));
        form.fields().titleProperty().set("");
        form.fields().startDateProperty().set(LocalDate.of(2019, 6, 1));
        form.fields().targetDateProperty().set(LocalDate.of(2019, 5, 1));
        form.milestones().rows().get(0).titleProperty().set(" ");

        assertThat(form.save(saved -> { })).isFalse();

        assertThat(form.form().messages()).containsOnly(
                entry("title", "Pflichtfeld"),
                entry("targetDate", "Das Zieldatum liegt vor dem Startdatum."),
                entry("milestone.title", "Pflichtfeld"));
        assertThat(workspace.initiatives().load(form.form().stored().id()).title())
                .isEqualTo("Nachnutzung von Onlinediensten");
    }

    @Test
    void aFieldLeftIsCheckedOnItsOwn() {
        InitiativeFormViewModel form = form(Locale.GERMAN);
        form.load(null);
        form.fields().startDateProperty().set(LocalDate.of(2019, 6, 1));
        form.fields().targetDateProperty().set(LocalDate.of(2019, 5, 1));

        form.check("title");
        assertThat(form.form().messages()).as("only the field left").containsOnly(entry("title", "Pflichtfeld"));
        form.check("targetDate");
        assertThat(form.form().messages()).containsOnlyKeys("title", "targetDate");

        form.fields().targetDateProperty().set(LocalDate.of(2019, 7, 1));
        form.check("targetDate");
        assertThat(form.form().messages()).containsOnlyKeys("title");
    }

    @Test
    void aMilestoneNeedsATitle() {
        InitiativeFormViewModel form = form(Locale.GERMAN);
        form.load(null);
        assertThat(form.milestones().add(" ", LocalDate.of(2019, 9, 1))).isFalse();
        assertThat(form.form().messages()).containsExactly(entry("milestone.title", "Pflichtfeld"));
        assertThat(form.milestones().rows()).isEmpty();
        assertThat(form.milestones().add("Eckpunkte", LocalDate.of(2019, 9, 1))).isTrue();
        assertThat(form.form().messages()).isEmpty();
    }

    @Test
    void offersOnlyTheAllowedNextStatesAndRefusesAChangeWithoutReason() {
        InitiativeFormViewModel form = created();
        Initiative stored = form.form().stored();
        assertThat(stored.number()).isEqualTo("INI-BY1-0001");
        assertThat(form.workflow().statusProperty().get()).isEqualTo(IDEE);
        assertThat(form.workflow().allowedTargets()).containsExactlyInAnyOrder(IN_ABSTIMMUNG, ZURUECKGESTELLT, VERWORFEN);

        form.workflow().targetProperty().set(IN_ABSTIMMUNG);
        form.workflow().reasonProperty().set(" ");
        assertThat(form.changeStatus(i -> { })).isFalse();
        assertThat(form.form().messages()).containsExactly(entry("reason", "Pflichtfeld"));
        assertThat(workspace.initiatives().history(stored.id())).hasSize(1);

        form.workflow().targetProperty().set(BESCHLOSSEN);
        form.workflow().reasonProperty().set("Sprung");
        assertThat(form.changeStatus(i -> { })).as("not an allowed step").isFalse();
        assertThat(form.form().messages()).containsKey("status");

        form.workflow().targetProperty().set(IN_ABSTIMMUNG);
        form.workflow().reasonProperty().set("Ressortabstimmung eingeleitet");
        assertThat(form.changeStatus(i -> { })).isTrue();

        assertThat(form.workflow().statusProperty().get()).isEqualTo(IN_ABSTIMMUNG);
        assertThat(form.workflow().allowedTargets()).containsExactlyInAnyOrder(IDEE, BESCHLOSSEN, ZURUECKGESTELLT, VERWORFEN);
        assertThat(form.history().history()).extracting(StatusChange::toValue).containsExactly("IDEE", "IN_ABSTIMMUNG");
        assertThat(form.workflow().reasonProperty().get()).isEmpty();
    }

    @Test
    void tracksUnsavedChanges() {
        InitiativeFormViewModel form = created();
        assertThat(form.form().isDirty()).isFalse();

        form.fields().titleProperty().set("Anders");
        assertThat(form.form().isDirty()).isTrue();
        form.fields().titleProperty().set("Nachnutzung von Onlinediensten");
        assertThat(form.form().isDirty()).as("back to the stored value").isFalse();

        form.milestones().add("Eckpunkte", LocalDate.of(2019, 9, 1));
        assertThat(form.form().isDirty()).isTrue();
        form.save(i -> { });
        assertThat(form.form().isDirty()).isFalse();
        form.milestones().rows().get(0).doneProperty().set(true);
        assertThat(form.form().isDirty()).isTrue();
        form.milestones().rows().get(0).doneProperty().set(false);
        assertThat(form.form().isDirty()).isFalse();
        form.fields().participating().add(form.choices().participating().get(0));
        assertThat(form.form().isDirty()).isTrue();
    }

    @Test
    void milestonesMoveAndKeepTheirOrderWhenSaved() {
        InitiativeFormViewModel form = created();
        form.milestones().add("Erster", LocalDate.of(2019, 9, 1));
        form.milestones().add("Zweiter", LocalDate.of(2019, 10, 1));
        form.milestones().add("Dritter", null);

        assertThat(form.milestones().move(2, -1)).isEqualTo(1);
        assertThat(form.milestones().move(0, -1)).as("already first").isEqualTo(0);
        form.save(i -> { });

        assertThat(workspace.initiatives().load(form.form().stored().id()).milestones())
                .extracting(m -> m.title()).containsExactly("Erster", "Dritter", "Zweiter");
    }

    @Test
    void aChangedArenaNeedsAReasonThatEntersTheHistory() {
        InitiativeFormViewModel form = created();
        form.fields().arenaProperty().set(Arena.BUNDESRAT);
        assertThat(form.workflow().arenaChangedProperty().get()).isTrue();

        assertThat(form.save(i -> { })).isFalse();
        assertThat(form.form().messages()).containsExactly(entry("arenaReason", "Pflichtfeld"));

        form.workflow().arenaReasonProperty().set("Bundesratsinitiative geplant");
        assertThat(form.save(i -> { })).isTrue();
        assertThat(form.history().history()).last().satisfies(entry -> {
            assertThat(entry.kind()).isEqualTo(StatusChange.Kind.ARENA);
            assertThat(entry.reason()).isEqualTo("Bundesratsinitiative geplant");
        });
        assertThat(form.workflow().arenaChangedProperty().get()).isFalse();
    }

    @Test
    void aStaleSaveShowsWhoChangedItMeanwhileAndOverwritesNothing() {
        InitiativeFormViewModel form = created();
        Initiative loaded = form.form().stored();
        // someone else saves the same initiative meanwhile
        Initiative theirs = new Initiative(loaded.id(), loaded.number(), "Ihr Titel", loaded.description(),
                loaded.themeAreaIds(), loaded.leadMinistryByLand(), loaded.participatingMinistryIds(),
                loaded.furtherLandIds(), loaded.contactPersonIds(), loaded.arena(), loaded.status(),
                loaded.deferredFrom(), loaded.trafficLight(), loaded.trafficLightReason(), loaded.classification(),
                loaded.fileReference(), loaded.startDate(), loaded.targetDate(), loaded.nextStep(),
                loaded.milestones(), loaded.audit());
        workspace.initiatives().save(theirs, null);

        form.fields().titleProperty().set("Mein Titel");
        List<Initiative> saved = new ArrayList<>();
        assertThat(form.save(saved::add)).isTrue();

        assertThat(saved).isEmpty();
        assertThat(form.form().problemProperty().get())
                .startsWith("Der Datensatz wurde zwischenzeitlich von Dr. Katrin Huber (StK) am ");
        assertThat(form.form().isDirty()).as("the edits stay in the form").isTrue();
        assertThat(workspace.initiatives().load(loaded.id()).title()).isEqualTo("Ihr Titel");
        assertThat(form.form().staleProperty().get()).isTrue();

        form.reload();
        assertThat(form.fields().titleProperty().get()).isEqualTo("Ihr Titel");
        assertThat(form.form().problemProperty().get()).isEmpty();
        assertThat(form.form().isDirty()).isFalse();
        assertThat(form.form().staleProperty().get()).isFalse();
    }

    @Test
    void listsTheMeetingsAgendaItemsDecisionsAndActionItemsThatReferToTheInitiative() {
        workspace.demoData().load(false);
        var referred = workspace.initiatives().list().stream()
                .map(summary -> summary.id())
                .filter(id -> !workspace.initiatives().references(id).agendaItems().isEmpty())
                .findFirst().orElseThrow();
        var references = workspace.initiatives().references(referred);

        InitiativeFormViewModel form = form(Locale.GERMAN);
        form.load(referred);

        assertThat(references.meetings()).isNotEmpty();
        assertThat(references.agendaItems()).allSatisfy(item -> assertThat(
                item.initiativeIds().contains(referred)
                        || item.decisions().stream().anyMatch(d -> referred.equals(d.initiativeId()))).isTrue());
        assertThat(references.actionItems()).allSatisfy(a -> assertThat(a.initiativeId()).isEqualTo(referred));
        assertThat(form.history().references()).hasSizeGreaterThanOrEqualTo(
                references.meetings().size() + references.agendaItems().size() + references.actionItems().size());
        assertThat(form.history().references()).anySatisfy(line -> assertThat(line.text()).startsWith("Sitzung "));
        assertThat(form.history().references()).anySatisfy(line -> assertThat(line.text()).startsWith("TOP "));
        var meetingIds = references.meetings().stream().map(meeting -> meeting.id()).toList();
        assertThat(form.history().references()).as("every line opens its meeting")
                .allSatisfy(line -> assertThat(meetingIds).contains(line.meetingId()));
        assertThat(form.form().isDirty()).isFalse();
    }

    @Test
    void aHandOverShowsInTheHistoryWithBothMinistriesAbbreviations() {
        InitiativeFormViewModel created = created();
        UUID id = created.form().stored().id();
        Ministry stmd = lead(workspace.ministries().list(), "StMD");
        Ministry successor = new Ministry(UUID.randomUUID(), stmd.landId(), "StMDx", stmd.name(), stmd.kind(),
                LocalDate.of(2024, 1, 1), null, null, null);
        workspace.ministries().replace(stmd.id(), LocalDate.of(2023, 12, 31), List.of(successor));
        workspace.ministries().handOver(stmd.id(), successor.id(), "Kabinettsumbildung");

        InitiativeFormViewModel form = form(Locale.GERMAN);
        form.load(id);

        StatusChange handOver = form.history().history().stream()
                .filter(entry -> entry.kind() == StatusChange.Kind.HANDOVER).findFirst().orElseThrow();
        assertThat(form.history().value(handOver, handOver.fromValue())).isEqualTo("StMD");
        assertThat(form.history().target(handOver)).isEqualTo("Übergeben an StMDx");
        assertThat(form.fields().leadBavariaProperty().get().abbreviation()).isEqualTo("StMDx");
    }
}
