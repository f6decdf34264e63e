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
import de.digitaldialog.desk.ui.common.WorkspaceModel;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The form's state, messages and workflow, on a real workspace, without the JavaFX toolkit. */
class InitiativeFormViewModelTest {

    @TempDir
    Path folder;
    private Workspace workspace;
    private WorkspaceModel model;

    @BeforeEach
    void open() {
        workspace = Workspace.open(folder);
        workspace.settings().saveUserProfile(new UserProfile("Dr. Katrin Huber", "StK", null));
        model = new WorkspaceModel(new DirectTaskExecutor(), folder);
        model.ready(workspace, WorkspaceModel.Snapshot.load(workspace));
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private InitiativeFormViewModel form(Locale locale) {
        return new InitiativeFormViewModel(Messages.of(locale), model);
    }

    private static Ministry lead(List<Ministry> options, String abbreviation) {
        return options.stream().filter(m -> m.abbreviation().equals(abbreviation)).findFirst().orElseThrow();
    }

    private InitiativeFormViewModel created() {
        InitiativeFormViewModel form = form(Locale.GERMAN);
        form.load(null);
        form.titleProperty().set("Nachnutzung von Onlinediensten");
        form.themeAreaIds().add(form.themeAreaOptions().get(2).id());
        form.leadBavariaProperty().set(lead(form.leadOptionsBavaria(), "StMD"));
        form.leadNrwProperty().set(lead(form.leadOptionsNrw(), "MWIDE"));
        assertThat(form.save(saved -> { })).isTrue();
        return form;
    }

    @Test
    void eachRefusedFieldGetsItsMessageInTheUiLanguageAndNothingIsSaved() {
        InitiativeFormViewModel form = form(Locale.GERMAN);
        form.load(null);
        form.titleProperty().set("   ");
        form.startDateProperty().set(LocalDate.of(2019, 6, 1));
        form.targetDateProperty().set(LocalDate.of(2019, 5, 1));

        assertThat(form.save(saved -> { })).isFalse();

        assertThat(form.messages()).containsExactly(
                entry("title", "Pflichtfeld"),
                entry("leadMinistries", "Mindestens ein federführendes Ressort ist erforderlich."),
                entry("targetDate", "Das Zieldatum liegt vor dem Startdatum."));
        assertThat(workspace.initiatives().list()).isEmpty();

        form.titleProperty().set("x".repeat(201));
        assertThat(form.errorProperty("title").get()).as("editing clears the message").isEmpty();
        form.save(saved -> { });
        assertThat(form.messages()).containsEntry("title", "Höchstens 200 Zeichen");

        InitiativeFormViewModel english = form(Locale.ENGLISH);
        english.load(null);
        english.save(saved -> { });
        assertThat(english.messages()).containsKeys("title", "leadMinistries")
                .doesNotContainValue("Pflichtfeld");
        assertThat(workspace.initiatives().list()).isEmpty();
    }

    @Test
    void aMilestoneNeedsATitle() {
        InitiativeFormViewModel form = form(Locale.GERMAN);
        form.load(null);
        assertThat(form.addMilestone(" ", LocalDate.of(2019, 9, 1))).isFalse();
        assertThat(form.messages()).containsExactly(entry("milestone.title", "Pflichtfeld"));
        assertThat(form.milestones()).isEmpty();
        assertThat(form.addMilestone("Eckpunkte", LocalDate.of(2019, 9, 1))).isTrue();
        assertThat(form.messages()).isEmpty();
    }

    @Test
    void offersOnlyTheAllowedNextStatesAndRefusesAChangeWithoutReason() {
        InitiativeFormViewModel form = created();
        Initiative stored = form.storedProperty().get();
        assertThat(stored.number()).isEqualTo("INI-BY1-0001");
        assertThat(form.statusProperty().get()).isEqualTo(IDEE);
        assertThat(form.allowedTargets()).containsExactlyInAnyOrder(IN_ABSTIMMUNG, ZURUECKGESTELLT, VERWORFEN);

        form.statusTargetProperty().set(IN_ABSTIMMUNG);
        form.statusReasonProperty().set(" ");
        assertThat(form.changeStatus(i -> { })).isFalse();
        assertThat(form.messages()).containsExactly(entry("reason", "Pflichtfeld"));
        assertThat(workspace.initiatives().history(stored.id())).hasSize(1);

        form.statusTargetProperty().set(BESCHLOSSEN);
        form.statusReasonProperty().set("Sprung");
        assertThat(form.changeStatus(i -> { })).as("not an allowed step").isFalse();
        assertThat(form.messages()).containsKey("status");

        form.statusTargetProperty().set(IN_ABSTIMMUNG);
        form.statusReasonProperty().set("Ressortabstimmung eingeleitet");
        assertThat(form.changeStatus(i -> { })).isTrue();

        assertThat(form.statusProperty().get()).isEqualTo(IN_ABSTIMMUNG);
        assertThat(form.allowedTargets()).containsExactlyInAnyOrder(IDEE, BESCHLOSSEN, ZURUECKGESTELLT, VERWORFEN);
        assertThat(form.history()).extracting(StatusChange::toValue).containsExactly("IDEE", "IN_ABSTIMMUNG");
        assertThat(form.statusReasonProperty().get()).isEmpty();
    }

    @Test
    void tracksUnsavedChanges() {
        InitiativeFormViewModel form = created();
        assertThat(form.isDirty()).isFalse();

        form.titleProperty().set("Anders");
        assertThat(form.isDirty()).isTrue();
        form.titleProperty().set("Nachnutzung von Onlinediensten");
        assertThat(form.isDirty()).as("back to the stored value").isFalse();

        form.addMilestone("Eckpunkte", LocalDate.of(2019, 9, 1));
        assertThat(form.isDirty()).isTrue();
        form.save(i -> { });
        assertThat(form.isDirty()).isFalse();
        form.milestones().get(0).doneProperty().set(true);
        assertThat(form.isDirty()).isTrue();
        form.milestones().get(0).doneProperty().set(false);
        assertThat(form.isDirty()).isFalse();
        form.participating().add(form.participatingOptions().get(0));
        assertThat(form.isDirty()).isTrue();
    }

    @Test
    void milestonesMoveAndKeepTheirOrderWhenSaved() {
        InitiativeFormViewModel form = created();
        form.addMilestone("Erster", LocalDate.of(2019, 9, 1));
        form.addMilestone("Zweiter", LocalDate.of(2019, 10, 1));
        form.addMilestone("Dritter", null);

        assertThat(form.moveMilestone(2, -1)).isEqualTo(1);
        assertThat(form.moveMilestone(0, -1)).as("already first").isEqualTo(0);
        form.save(i -> { });

        assertThat(workspace.initiatives().load(form.storedProperty().get().id()).milestones())
                .extracting(m -> m.title()).containsExactly("Erster", "Dritter", "Zweiter");
    }

    @Test
    void aChangedArenaNeedsAReasonThatEntersTheHistory() {
        InitiativeFormViewModel form = created();
        form.arenaProperty().set(Arena.BUNDESRAT);
        assertThat(form.arenaChangedProperty().get()).isTrue();

        assertThat(form.save(i -> { })).isFalse();
        assertThat(form.messages()).containsExactly(entry("arenaReason", "Pflichtfeld"));

        form.arenaReasonProperty().set("Bundesratsinitiative geplant");
        assertThat(form.save(i -> { })).isTrue();
        assertThat(form.history()).last().satisfies(entry -> {
            assertThat(entry.kind()).isEqualTo(StatusChange.Kind.ARENA);
            assertThat(entry.reason()).isEqualTo("Bundesratsinitiative geplant");
        });
        assertThat(form.arenaChangedProperty().get()).isFalse();
    }

    @Test
    void aStaleSaveShowsWhoChangedItMeanwhileAndOverwritesNothing() {
        InitiativeFormViewModel form = created();
        Initiative loaded = form.storedProperty().get();
        // someone else saves the same initiative meanwhile
        Initiative theirs = new Initiative(loaded.id(), loaded.number(), "Ihr Titel", loaded.description(),
                loaded.themeAreaIds(), loaded.leadMinistryByLand(), loaded.participatingMinistryIds(),
                loaded.furtherLandIds(), loaded.contactPersonIds(), loaded.arena(), loaded.status(),
                loaded.deferredFrom(), loaded.trafficLight(), loaded.trafficLightReason(), loaded.classification(),
                loaded.fileReference(), loaded.startDate(), loaded.targetDate(), loaded.nextStep(),
                loaded.milestones(), loaded.audit());
        workspace.initiatives().save(theirs, null);

        form.titleProperty().set("Mein Titel");
        List<Initiative> saved = new ArrayList<>();
        assertThat(form.save(saved::add)).isTrue();

        assertThat(saved).isEmpty();
        assertThat(form.problemProperty().get())
                .startsWith("Der Datensatz wurde zwischenzeitlich von Dr. Katrin Huber (StK) am ");
        assertThat(form.isDirty()).as("the edits stay in the form").isTrue();
        assertThat(workspace.initiatives().load(loaded.id()).title()).isEqualTo("Ihr Titel");
        assertThat(form.staleProperty().get()).isTrue();

        form.reload();
        assertThat(form.titleProperty().get()).isEqualTo("Ihr Titel");
        assertThat(form.problemProperty().get()).isEmpty();
        assertThat(form.isDirty()).isFalse();
        assertThat(form.staleProperty().get()).isFalse();
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
        assertThat(form.references()).hasSizeGreaterThanOrEqualTo(
                references.meetings().size() + references.agendaItems().size() + references.actionItems().size());
        assertThat(form.references()).anySatisfy(line -> assertThat(line.text()).startsWith("Sitzung "));
        assertThat(form.references()).anySatisfy(line -> assertThat(line.text()).startsWith("TOP "));
        var meetingIds = references.meetings().stream().map(meeting -> meeting.id()).toList();
        assertThat(form.references()).as("every line opens its meeting")
                .allSatisfy(line -> assertThat(meetingIds).contains(line.meetingId()));
        assertThat(form.isDirty()).isFalse();
    }
}
