package de.digitaldialog.desk.ui.meeting.agenda;

import static org.assertj.core.api.Assertions.assertThat;

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
import de.digitaldialog.desk.ui.common.DirectTaskExecutor;
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

    @BeforeEach
    void open() {
        workspace = Workspace.open(folder);
        workspace.settings().saveUserProfile(new UserProfile("Dr. Katrin Huber", "StK", null));
        workspace.demoData().load(false);
        WorkspaceModel model = new WorkspaceModel(new DirectTaskExecutor(), folder);
        model.ready(workspace, WorkspaceModel.Snapshot.load(workspace));
        agenda = new AgendaViewModel(Messages.of(Locale.GERMAN), model);
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
        assertThat(agenda.overrun().get()).isTrue();
        assertThat(agenda.timeText().get()).isEqualTo(
                "Geplant: 90 Minuten – 30 Minuten mehr als die Sitzung dauert (60)");

        agenda.move(agenda.items().get(2), -1);
        assertThat(numbered(agenda.items())).containsExactly("1 Begrüßung", "2 Verschiedenes", "3 Gigabit");
        agenda.setSubItem(agenda.items().get(2), true);
        assertThat(numbered(agenda.items())).containsExactly("1 Begrüßung", "2 Verschiedenes", "2.1 Gigabit");
        agenda.remove(agenda.items().get(0));
        assertThat(numbered(agenda.items())).containsExactly("1 Verschiedenes", "1.1 Gigabit");
        assertThat(agenda.overrun().get()).isFalse();
        assertThat(agenda.timeText().get()).isEqualTo("Geplant: 60 von 60 Minuten");
    }

    @Test
    void badInputStaysAtItsFieldAndNothingIsSaved() {
        Meeting meeting = meeting(7, "Gigabit");
        agenda.show(meeting);
        agenda.edit(agenda.items().get(0));

        agenda.plannedMinutesProperty().set("eine halbe Stunde");
        agenda.save();
        assertThat(agenda.errorProperty(AgendaViewModel.MINUTES).get())
                .isEqualTo("Bitte die Minuten als ganze Zahl angeben.");

        agenda.plannedMinutesProperty().set("-5");
        agenda.save();
        assertThat(agenda.errorProperty(AgendaViewModel.MINUTES).get())
                .isEqualTo("Die geplante Dauer darf nicht negativ sein.");

        agenda.plannedMinutesProperty().set("45");
        agenda.titleProperty().set(" ");
        agenda.inputDeadlineProperty().set(meeting.startsAt().toLocalDate().plusDays(1));
        agenda.save();
        assertThat(agenda.errorProperty(AgendaViewModel.TITLE).get()).isNotEmpty();
        agenda.titleProperty().set("Gigabitausbau");
        agenda.save();
        assertThat(agenda.errorProperty(AgendaViewModel.DEADLINE).get()).startsWith("Die Zulieferfrist muss");

        AgendaItem stored = workspace.meetings().agenda(meeting.id()).get(0);
        assertThat(stored.title()).isEqualTo("Gigabit");
        assertThat(stored.plannedMinutes()).isEqualTo(30);
        assertThat(agenda.dirtyProperty().get()).isTrue();

        agenda.inputDeadlineProperty().set(meeting.startsAt().toLocalDate().minusDays(3));
        agenda.save();
        assertThat(agenda.dirtyProperty().get()).isFalse();
        assertThat(workspace.meetings().agenda(meeting.id()).get(0).title()).isEqualTo("Gigabitausbau");
    }

    @Test
    void aNewTopIsAppendedWithTheNextNumberAndAMissingInputIsMarked() {
        Meeting meeting = meeting(7, "Begrüßung");
        agenda.show(meeting);
        agenda.newItem();
        agenda.titleProperty().set("Cyberabwehr der Kommunen");
        agenda.inputDeadlineProperty().set(LocalDate.now(Meeting.ZONE).minusDays(1));
        agenda.save();
        assertThat(numbered(agenda.items())).containsExactly("1 Begrüßung", "2 Cyberabwehr der Kommunen");
        assertThat(agenda.inputMissing(agenda.items().get(1))).isTrue();
        agenda.markInputReceived(true);
        agenda.save();
        assertThat(agenda.inputMissing(agenda.items().get(1))).isFalse();
    }

    @Test
    void minutesRecordADecisionThatMovesTheInitiativeAndAnActionItem() {
        InitiativeSummary idea = workspace.initiatives().list().stream()
                .filter(row -> row.status() == InitiativeStatus.IDEE).findFirst().orElseThrow();
        Meeting meeting = meeting(-1, "Gemeinsame Positionen");
        agenda.show(meeting);
        assertThat(agenda.minutesOpen().get()).isTrue();
        agenda.edit(agenda.items().get(0));
        agenda.link(agenda.initiative(idea.id()));
        agenda.outcomeProperty().set(AgendaOutcome.BESCHLOSSEN);
        agenda.addDecision();
        agenda.decisions().get(0).textProperty().set("Beide Länder bringen die Initiative in die MPK ein.");
        agenda.save();

        AgendaItem stored = workspace.meetings().agenda(meeting.id()).get(0);
        assertThat(stored.outcome()).isEqualTo(AgendaOutcome.BESCHLOSSEN);
        assertThat(stored.initiativeIds()).containsExactly(idea.id());
        assertThat(stored.decisions()).singleElement().satisfies(d -> assertThat(d.initiativeId()).isEqualTo(idea.id()));

        String[] told = new String[1];
        agenda.applyDecision(agenda.decisions().get(0), InitiativeStatus.IN_ABSTIMMUNG, text -> told[0] = text);
        assertThat(told[0]).isEqualTo("Der Status von " + idea.number() + " ist jetzt „In Abstimmung“.");
        StatusChange last = workspace.initiatives().history(idea.id()).get(
                workspace.initiatives().history(idea.id()).size() - 1);
        assertThat(last.toValue()).isEqualTo("IN_ABSTIMMUNG");
        assertThat(last.decisionId()).isEqualTo(stored.decisions().get(0).id());
        assertThat(last.reason()).isEqualTo("Beschluss zu TOP 1: Beide Länder bringen die Initiative in die MPK ein.");

        boolean[] closed = new boolean[1];
        agenda.addActionItem("Entwurf der MPK-Vorlage", agenda.ministries().get(0), null,
                LocalDate.now().plusWeeks(2), agenda.initiative(idea.id()), () -> closed[0] = true);
        assertThat(closed[0]).isTrue();
        assertThat(agenda.actionItems()).extracting(ActionItem::description).containsExactly("Entwurf der MPK-Vorlage");
        assertThat(workspace.initiatives().references(idea.id()).actionItems()).hasSize(1);

        agenda.addActionItem("Ohne Zuständige", null, null, null, null, () -> closed[0] = false);
        assertThat(closed[0]).as("refused: the dialog stays open").isTrue();
        assertThat(agenda.errorProperty(AgendaViewModel.ACTION).get()).isNotEmpty();
    }

    @Test
    void beforeTheStartNoMinutesAndOnceInvitedNoSubItems() {
        Meeting meeting = meeting(7, "Begrüßung", "Gigabit");
        agenda.show(meeting);
        assertThat(agenda.minutesOpen().get()).isFalse();
        assertThat(agenda.numbersFrozen().get()).isFalse();
        Meeting invited = workspace.meetings().save(workspace.meetings().load(meeting.id())
                .withStatus(MeetingStatus.EINGELADEN, null));
        agenda.show(invited);
        assertThat(agenda.numbersFrozen().get()).isTrue();
        agenda.setSubItem(agenda.items().get(1), true);
        assertThat(agenda.problemProperty().get()).contains("bleibt die Nummer von TOP 2");
        assertThat(numbered(agenda.items())).containsExactly("1 Begrüßung", "2 Gigabit");
    }
}
