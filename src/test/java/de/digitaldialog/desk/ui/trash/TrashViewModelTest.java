package de.digitaldialog.desk.ui.trash;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitaldialog.desk.domain.AgendaItem;
import de.digitaldialog.desk.domain.Deletion;
import de.digitaldialog.desk.domain.DeletionKind;
import de.digitaldialog.desk.domain.Meeting;
import de.digitaldialog.desk.domain.MeetingSummary;
import de.digitaldialog.desk.domain.UserProfile;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.testsupport.ScriptedDialogs;
import de.digitaldialog.desk.testsupport.TestModels;
import de.digitaldialog.desk.ui.common.DirectTaskExecutor;
import de.digitaldialog.desk.ui.common.WorkspaceModel;
import de.digitaldialog.desk.workspace.Workspace;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Papierkorb and "Löschen …" on the example data, the dialogs answered by a script: a TOP of
 * a deleted meeting offers to restore the meeting too, purging takes two confirmations, and a
 * record changed meanwhile is not deleted.
 */
class TrashViewModelTest {

    @TempDir
    Path folder;
    private Workspace workspace;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private TrashViewModel viewModel;
    private DeletionFlow deletion;
    private MeetingSummary session;

    @BeforeEach
    void open() {
        workspace = Workspace.open(folder);
        workspace.settings().saveUserProfile(new UserProfile("Jan Müller", "MWIDE", null));
        workspace.demoData().load(false);
        Messages messages = Messages.of(Locale.GERMAN);
        DirectTaskExecutor executor = new DirectTaskExecutor();
        WorkspaceModel model = TestModels.ready(workspace);
        viewModel = new TrashViewModel(messages, executor, workspace.trash(), model, dialogs);
        deletion = new DeletionFlow(messages, executor, workspace.trash(), model, dialogs);
        session = workspace.meetings().list().stream().filter(meeting -> meeting.agendaItemCount() > 1)
                .findFirst().orElseThrow();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private Deletion only(DeletionKind kind) {
        return viewModel.deletions().stream().filter(entry -> entry.what().kind() == kind).findFirst().orElseThrow();
    }

    /** Deletes the session's first TOP, then the session, and shows the Papierkorb. */
    private AgendaItem deleteTopThenMeeting() {
        AgendaItem top = workspace.meetings().agenda(session.id()).get(0);
        workspace.meetings().removeAgendaItem(top.id(), top.audit().version());
        Meeting meeting = workspace.meetings().load(session.id());
        dialogs.answer(true);
        deletion.delete(null, DeletionKind.MEETING, meeting.id(), meeting.audit().version(), () -> { });
        viewModel.refresh();
        return top;
    }

    @Test
    void deletingFromTheListAsksWithTheTopsAndClosesTheFormAfterwards() {
        AtomicBoolean closed = new AtomicBoolean();
        dialogs.answer(true);

        deletion.delete(null, DeletionKind.MEETING, session.id(), session.version(), () -> closed.set(true));
        viewModel.refresh();

        assertThat(dialogs.asked()).singleElement().asString()
                .contains("„" + session.title() + "“ mit " + session.agendaItemCount() + " TOPs");
        assertThat(closed).isTrue();
        assertThat(viewModel.deletions()).singleElement().satisfies(entry -> {
            assertThat(viewModel.kind(entry)).isEqualTo("Sitzung");
            assertThat(viewModel.parts(entry)).startsWith("mit " + session.agendaItemCount() + " TOPs");
            assertThat(viewModel.describe(entry)).startsWith("Sitzung " + session.number() + " „" + session.title()
                    + "“ mit " + session.agendaItemCount() + " TOPs");
        });
        assertThat(viewModel.summaryProperty().get()).isEqualTo("1 Löschung");
    }

    @Test
    void aStaleDeletionIsRefusedWithWhoChangedItAndNothingChanges() {
        workspace.meetings().save(workspace.meetings().load(session.id()));
        AtomicBoolean closed = new AtomicBoolean();
        dialogs.answer(true);

        deletion.delete(null, DeletionKind.MEETING, session.id(), session.version(), () -> closed.set(true));

        assertThat(dialogs.asked()).hasSize(2).last().asString().contains("zwischenzeitlich von Jan Müller", "nicht gelöscht");
        assertThat(closed).isFalse();
        assertThat(workspace.trash().list()).isEmpty();
        assertThat(workspace.meetings().agenda(session.id())).hasSize(session.agendaItemCount());
    }

    @Test
    void declinedNothingIsDeleted() {
        dialogs.answer(false);

        deletion.delete(null, DeletionKind.MEETING, session.id(), session.version(), () -> { });

        assertThat(workspace.trash().list()).isEmpty();
    }

    @Test
    void aTopOfADeletedMeetingOffersToRestoreTheMeetingToo() {
        AgendaItem top = deleteTopThenMeeting();
        Deletion topDeletion = only(DeletionKind.AGENDA_ITEM);

        dialogs.answer(false);
        viewModel.restore(null, topDeletion);
        assertThat(viewModel.deletions()).hasSize(2);

        dialogs.answer(true);
        viewModel.restore(null, topDeletion);

        assertThat(dialogs.asked()).last().asString()
                .isEqualTo("„" + top.title() + "“ gehört zu Sitzung " + session.number() + " „" + session.title()
                        + "“ – gelöscht und ebenfalls im Papierkorb. Beides wiederherstellen?");
        assertThat(viewModel.deletions()).isEmpty();
        assertThat(workspace.meetings().agenda(session.id())).hasSize(session.agendaItemCount());
        assertThat(viewModel.noticeProperty().get()).contains(top.title());
    }

    @Test
    void restoringTheMeetingAloneLeavesTheTopDeletedBeforeInThePapierkorb() {
        AgendaItem top = deleteTopThenMeeting();

        viewModel.restore(null, only(DeletionKind.MEETING));

        assertThat(viewModel.deletions()).extracting(entry -> entry.what().recordId()).containsExactly(top.id());
        assertThat(workspace.meetings().agenda(session.id())).hasSize(session.agendaItemCount() - 1);
    }

    @Test
    void purgingTakesTwoConfirmationsTheSecondSaysItCannotBeUndone() {
        dialogs.answer(true);
        deletion.delete(null, DeletionKind.MEETING, session.id(), session.version(), () -> { });
        viewModel.refresh();
        Deletion meeting = only(DeletionKind.MEETING);

        dialogs.answer(true).answer(false);
        viewModel.purge(null, meeting);
        assertThat(viewModel.deletions()).hasSize(1);

        dialogs.answer(true).answer(true);
        viewModel.purge(null, meeting);

        List<String> asked = dialogs.asked();
        assertThat(asked.get(asked.size() - 2)).startsWith("Sitzung " + session.number()).contains("endgültig löschen?");
        assertThat(asked.get(asked.size() - 1)).contains("nicht rückgängig", "Löschnotiz", "Partnerland");
        assertThat(viewModel.deletions()).isEmpty();
        assertThat(workspace.meetings().list()).extracting(MeetingSummary::id).doesNotContain(session.id());
    }
}
