package de.digitaldialog.desk.ui.meeting.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitaldialog.desk.testsupport.TestModels;
import de.digitaldialog.desk.domain.ActionItem;
import de.digitaldialog.desk.domain.AgendaItem;
import de.digitaldialog.desk.domain.AgendaOutcome;
import de.digitaldialog.desk.domain.Classification;
import de.digitaldialog.desk.domain.InitiativeStatus;
import de.digitaldialog.desk.domain.InitiativeSummary;
import de.digitaldialog.desk.domain.Meeting;
import de.digitaldialog.desk.domain.MeetingMode;
import de.digitaldialog.desk.domain.MeetingStatus;
import de.digitaldialog.desk.domain.StatusChange;
import de.digitaldialog.desk.domain.UserProfile;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.workspace.Workspace;
import de.digitaldialog.desk.ui.actionitem.form.ActionItemEditViewModel;
import de.digitaldialog.desk.ui.common.DirectTaskExecutor;
import de.digitaldialog.desk.ui.dialog.ErrorReporter;
import de.digitaldialog.desk.ui.dialog.ErrorDialog;
import de.digitaldialog.desk.ui.common.WorkspaceModel;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The agenda tab's state and steps on a real workspace, without the JavaFX toolkit. */
class AgendaViewModelTest {

    @TempDir
    Path folder;
    private Workspace workspace;
    private AgendaViewModel agenda;
    private TopListViewModel list;
    private TopEditorViewModel editor;

    @BeforeEach
    void open() {
        workspace = Workspace.open(folder);
        workspace.settings().saveUserProfile(new UserProfile("Dr. Katrin Huber", "StK", null));
        workspace.demoData().load(false);
        Messages messages = Messages.of(Locale.GERMAN);
        WorkspaceModel model = TestModels.ready(workspace);
        agenda = new AgendaViewModel(messages, new DirectTaskExecutor(), workspace.meetings(),
                workspace.initiatives(), workspace.referenceData(), model,
                new ErrorReporter(new ErrorDialog(messages), () -> null));
        list = agenda.list();
        editor = agenda.editor();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    /** A one-hour meeting starting {@code from} now, with TOPs of 30 minutes each. */
    private Meeting meeting(long daysFromNow, String... titles) {
        LocalDateTime start = LocalDateTime.now(Meeting.ZONE).plusDays(daysFromNow).truncatedTo(ChronoUnit.HOURS);
        Meeting meeting = workspace.meetings().create(new Meeting(UUID.randomUUID(), null,
                workspace.referenceData().meetingFormats().get(0).id(), "Ressortgespräch Digitales", MeetingMode.VIDEO,
                start, start.plusHours(1), null, "https://meet.example.de/dd", null, List.of(), MeetingStatus.GEPLANT,
                null, Classification.OFFEN, null, null, List.of(), Set.of(), 0, null, false, null, null, null));
        for (String title : titles) {
            workspace.meetings().addAgendaItem(meeting.id(), new AgendaItem(UUID.randomUUID(), meeting.id(), null, 0,
                    title, null, null, null, 30, null, null, null, null, null, null, null, null, Set.of(), List.of(),
                    null));
        }
        return meeting;
    }

    private static List<String> numbered(List<AgendaItem> items) {
        return items.stream().map(item -> item.number() + " " + item.title()).toList();
    }

    @Test
    void theTimeIsShownAgainstTheMeetingAndTheTopsMoveStepByStep() {
        agenda.show(meeting(7, "Begrüßung", "Gigabit", "Verschiedenes"));
        assertThat(list.overrun().get()).isTrue();
        assertThat(list.timeText().get()).isEqualTo(
                "Geplant: 90 Minuten – 30 Minuten mehr als die Sitzung dauert (60)");

        list.move(list.items().get(2), -1);
        assertThat(numbered(list.items())).containsExactly("1 Begrüßung", "2 Verschiedenes", "3 Gigabit");
        list.setSubItem(list.items().get(2), true);
        assertThat(numbered(list.items())).containsExactly("1 Begrüßung", "2 Verschiedenes", "2.1 Gigabit");
        agenda.remove(list.items().get(0));
        assertThat(numbered(list.items())).containsExactly("1 Verschiedenes", "1.1 Gigabit");
        assertThat(list.overrun().get()).isFalse();
        assertThat(list.timeText().get()).isEqualTo("Geplant: 60 von 60 Minuten");
    }

    @Test
    void aTopDroppedOnAnotherTakesItsPlaceNumberedAsTheKeyboardMovesNumber() {
        agenda.show(meeting(7, "Begrüßung", "Gigabit", "Verschiedenes"));
        list.move(list.items().get(2), -1);
        list.move(list.items().get(1), -1);
        List<String> byKeys = numbered(list.items());

        agenda.show(meeting(8, "Begrüßung", "Gigabit", "Verschiedenes"));
        // what the agenda list's drop handler calls: TOP 3 dropped on TOP 1
        list.moveTo(list.items().get(2), list.items().get(0));

        assertThat(numbered(list.items())).isEqualTo(byKeys)
                .containsExactly("1 Verschiedenes", "2 Begrüßung", "3 Gigabit");
        list.moveTo(list.items().get(0), list.items().get(0));
        assertThat(numbered(list.items())).isEqualTo(byKeys);
    }

    @Test
    void onceInvitedADroppedTopKeepsItsNumberAsAKeyboardMoveDoes() {
        Meeting meeting = meeting(7, "Begrüßung", "Gigabit", "Verschiedenes");
        agenda.show(workspace.meetings().save(workspace.meetings().load(meeting.id())
                .withStatus(MeetingStatus.EINGELADEN, null)));

        list.moveTo(list.items().get(2), list.items().get(0));

        assertThat(numbered(list.items())).containsExactly("3 Verschiedenes", "1 Begrüßung", "2 Gigabit");
        list.moveTo(list.items().get(0), list.items().get(2));
        assertThat(numbered(list.items())).containsExactly("1 Begrüßung", "2 Gigabit", "3 Verschiedenes");
    }

    @Test
    void badInputStaysAtItsFieldAndNothingIsSaved() {
        Meeting meeting = meeting(7, "Gigabit");
        agenda.show(meeting);
        agenda.edit(list.items().get(0));

        editor.plannedMinutesProperty().set("eine halbe Stunde");
        agenda.save();
        assertThat(editor.errorProperty(TopEditorViewModel.MINUTES).get())
                .isEqualTo("Bitte die Minuten als ganze Zahl angeben.");

        editor.plannedMinutesProperty().set("-5");
        agenda.save();
        assertThat(editor.errorProperty(TopEditorViewModel.MINUTES).get())
                .isEqualTo("Die geplante Dauer darf nicht negativ sein.");

        editor.plannedMinutesProperty().set("45");
        editor.titleProperty().set(" ");
        editor.inputDeadlineProperty().set(meeting.startsAt().toLocalDate().plusDays(1));
        agenda.save();
        assertThat(editor.errorProperty(TopEditorViewModel.TITLE).get()).isNotEmpty();
        editor.titleProperty().set("Gigabitausbau");
        agenda.save();
        assertThat(editor.errorProperty(TopEditorViewModel.DEADLINE).get()).startsWith("Die Zulieferfrist muss");

        AgendaItem stored = workspace.meetings().agenda(meeting.id()).get(0);
        assertThat(stored.title()).isEqualTo("Gigabit");
        assertThat(stored.plannedMinutes()).isEqualTo(30);
        assertThat(editor.dirtyProperty().get()).isTrue();

        editor.inputDeadlineProperty().set(meeting.startsAt().toLocalDate().minusDays(3));
        agenda.save();
        assertThat(editor.dirtyProperty().get()).isFalse();
        assertThat(workspace.meetings().agenda(meeting.id()).get(0).title()).isEqualTo("Gigabitausbau");
    }

    @Test
    void everyBrokenRuleShowsAtOnceAndAFieldIsCheckedWhenLeft() {
        Meeting meeting = meeting(7, "Gigabit");
        agenda.show(meeting);
        agenda.edit(list.items().get(0));

        editor.titleProperty().set(" ");
        editor.check(TopEditorViewModel.TITLE);
        assertThat(editor.errorProperty(TopEditorViewModel.TITLE).get()).isNotEmpty();
        assertThat(editor.errorProperty(TopEditorViewModel.MINUTES).get()).isEmpty();

        editor.plannedMinutesProperty().set("viel");
        editor.inputDeadlineProperty().set(meeting.startsAt().toLocalDate().plusDays(1));
        agenda.save();
        assertThat(editor.errorProperty(TopEditorViewModel.TITLE).get()).isNotEmpty();
        assertThat(editor.errorProperty(TopEditorViewModel.MINUTES).get())
                .isEqualTo("Bitte die Minuten als ganze Zahl angeben.");
        assertThat(editor.errorProperty(TopEditorViewModel.DEADLINE).get()).startsWith("Die Zulieferfrist muss");

        editor.titleProperty().set("Gigabitausbau");
        editor.check(TopEditorViewModel.TITLE);
        assertThat(editor.errorProperty(TopEditorViewModel.TITLE).get()).isEmpty();
        assertThat(editor.errorProperty(TopEditorViewModel.MINUTES).get()).as("other fields keep theirs").isNotEmpty();
    }

    @Test
    void aNewTopIsAppendedWithTheNextNumberAndAMissingInputIsMarked() {
        Meeting meeting = meeting(7, "Begrüßung");
        agenda.show(meeting);
        agenda.newItem();
        editor.titleProperty().set("Cyberabwehr der Kommunen");
        editor.inputDeadlineProperty().set(LocalDate.now(Meeting.ZONE).minusDays(1));
        agenda.save();
        assertThat(numbered(list.items())).containsExactly("1 Begrüßung", "2 Cyberabwehr der Kommunen");
        assertThat(list.inputMissing(list.items().get(1))).isTrue();
        editor.markInputReceived(true);
        agenda.save();
        assertThat(list.inputMissing(list.items().get(1))).isFalse();
    }

    @Test
    void minutesRecordADecisionThatMovesTheInitiativeAndAnActionItem() {
        InitiativeSummary idea = workspace.initiatives().list().stream()
                .filter(row -> row.status() == InitiativeStatus.IDEE).findFirst().orElseThrow();
        Meeting meeting = meeting(-1, "Gemeinsame Positionen");
        agenda.show(meeting);
        assertThat(agenda.minutesOpen().get()).isTrue();
        agenda.edit(list.items().get(0));
        editor.link(agenda.choices().initiative(idea.id()));
        editor.outcomeProperty().set(AgendaOutcome.BESCHLOSSEN);
        editor.addDecision();
        agenda.decisions().rows().get(0).textProperty().set("Beide Länder bringen die Initiative in die MPK ein.");
        agenda.save();

        AgendaItem stored = workspace.meetings().agenda(meeting.id()).get(0);
        assertThat(stored.outcome()).isEqualTo(AgendaOutcome.BESCHLOSSEN);
        assertThat(stored.initiativeIds()).containsExactly(idea.id());
        assertThat(stored.decisions()).singleElement().satisfies(d -> assertThat(d.initiativeId()).isEqualTo(idea.id()));

        String[] told = new String[1];
        agenda.applyDecision(agenda.decisions().rows().get(0), InitiativeStatus.IN_ABSTIMMUNG, text -> told[0] = text);
        assertThat(told[0]).isEqualTo("Der Status von " + idea.number() + " ist jetzt „In Abstimmung“.");
        StatusChange last = workspace.initiatives().history(idea.id()).get(
                workspace.initiatives().history(idea.id()).size() - 1);
        assertThat(last.toValue()).isEqualTo("IN_ABSTIMMUNG");
        assertThat(last.decisionId()).isEqualTo(stored.decisions().get(0).id());
        assertThat(last.reason()).isEqualTo("Beschluss zu TOP 1: Beide Länder bringen die Initiative in die MPK ein.");

        ActionItemEditViewModel action = agenda.actionItems().newActionItem(list.items().get(0), editor.linked());
        assertThat(action.initiativeProperty().get().id()).as("the one linked initiative").isEqualTo(idea.id());
        action.descriptionProperty().set("Entwurf der MPK-Vorlage");
        action.ownerMinistryProperty().set(agenda.choices().ministries().get(0));
        action.dueDateProperty().set(LocalDate.now().plusWeeks(2));
        boolean[] closed = new boolean[1];
        assertThat(action.save(() -> closed[0] = true)).isTrue();
        assertThat(closed[0]).isTrue();
        assertThat(agenda.actionItems().items()).extracting(ActionItem::description)
                .containsExactly("Entwurf der MPK-Vorlage");
        assertThat(workspace.initiatives().references(idea.id()).actionItems()).hasSize(1);

        ActionItemEditViewModel refused = agenda.actionItems().newActionItem(list.items().get(0), editor.linked());
        refused.descriptionProperty().set("Ohne Zuständige");
        closed[0] = false;
        assertThat(refused.save(() -> closed[0] = true)).as("refused: the dialog stays open").isFalse();
        assertThat(closed[0]).isFalse();
        assertThat(refused.errorProperty("owner").get()).isNotEmpty();
    }

    @Test
    void beforeTheStartNoMinutesAndOnceInvitedNoSubItems() {
        Meeting meeting = meeting(7, "Begrüßung", "Gigabit");
        agenda.show(meeting);
        assertThat(agenda.minutesOpen().get()).isFalse();
        assertThat(list.numbersFrozen().get()).isFalse();
        Meeting invited = workspace.meetings().save(workspace.meetings().load(meeting.id())
                .withStatus(MeetingStatus.EINGELADEN, null));
        agenda.show(invited);
        assertThat(list.numbersFrozen().get()).isTrue();
        list.setSubItem(list.items().get(1), true);
        assertThat(agenda.problemProperty().get()).contains("bleibt die Nummer von TOP 2");
        assertThat(numbered(list.items())).containsExactly("1 Begrüßung", "2 Gigabit");
    }
}
