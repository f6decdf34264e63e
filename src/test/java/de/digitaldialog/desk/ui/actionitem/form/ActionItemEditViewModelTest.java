package de.digitaldialog.desk.ui.actionitem.form;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitaldialog.desk.domain.AgendaItem;
import de.digitaldialog.desk.domain.Classification;
import de.digitaldialog.desk.domain.Meeting;
import de.digitaldialog.desk.domain.MeetingMode;
import de.digitaldialog.desk.domain.MeetingStatus;
import de.digitaldialog.desk.domain.UserProfile;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.ui.common.DirectTaskExecutor;
import de.digitaldialog.desk.ui.dialog.ErrorReporter;
import de.digitaldialog.desk.ui.dialog.ErrorDialog;
import de.digitaldialog.desk.workspace.Workspace;
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

/** A new action item for a TOP in the action item's own form, on a real workspace without the toolkit. */
class ActionItemEditViewModelTest {

    @TempDir
    Path folder;
    private Workspace workspace;
    private AgendaItem top;
    private ActionItemEditViewModel form;
    private boolean created;

    @BeforeEach
    void open() {
        workspace = Workspace.open(folder);
        workspace.settings().saveUserProfile(new UserProfile("Anna Schmidt", "StMD", null));
        LocalDateTime start = LocalDateTime.now(Meeting.ZONE).minusDays(1).truncatedTo(ChronoUnit.HOURS);
        Meeting meeting = workspace.meetings().create(new Meeting(UUID.randomUUID(), null,
                workspace.referenceData().meetingFormats().get(0).id(), "Ressortgespräch", MeetingMode.VIDEO,
                start, start.plusHours(1), null, null, null, List.of(), MeetingStatus.GEPLANT, null,
                Classification.OFFEN, null, null, List.of(), Set.of(), 0, null, false, null, null, null));
        top = workspace.meetings().addAgendaItem(meeting.id(), new AgendaItem(UUID.randomUUID(), meeting.id(), null,
                0, "Gigabit", null, null, null, 30, null, null, null, null, null, null, null, null, Set.of(),
                List.of(), null));
        Messages messages = Messages.of(Locale.GERMAN);
        form = ActionItemEditViewModel.create(new ActionItemEditViewModel.NewFor(top,
                        workspace.referenceData().ministries(), workspace.referenceData().persons(), List.of(), null),
                LocalDate.of(2026, 12, 1), messages, new DirectTaskExecutor(), workspace.meetings(),
                new ErrorReporter(new ErrorDialog(messages), () -> null), () -> created = true);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void aFieldIsCheckedWhenLeftAndARefusalKeepsTheFormOpen() {
        assertThat(form.isNew()).isTrue();
        assertThat(form.dueDateProperty().get()).isEqualTo(LocalDate.of(2026, 12, 29));
        assertThat(form.cannotSave().get()).as("nothing to do yet").isTrue();
        form.check(ActionItemEditViewModel.DESCRIPTION);
        assertThat(form.errorProperty(ActionItemEditViewModel.DESCRIPTION).get()).isNotEmpty();

        form.descriptionProperty().set("Eckpunkte abstimmen");
        form.check(ActionItemEditViewModel.DESCRIPTION);
        assertThat(form.errorProperty(ActionItemEditViewModel.DESCRIPTION).get()).isEmpty();
        form.check(ActionItemEditViewModel.OWNER);
        assertThat(form.errorProperty(ActionItemEditViewModel.OWNER).get()).isNotEmpty();
        form.ownerMinistryProperty().set(workspace.referenceData().ministries().get(0));
        assertThat(form.errorProperty(ActionItemEditViewModel.OWNER).get()).as("cleared by a choice").isEmpty();
        form.ownerMinistryProperty().set(null);

        assertThat(form.cannotSave().get()).isFalse();
        assertThat(form.save(() -> { })).as("refused before anything is sent").isFalse();
        assertThat(form.errorProperty(ActionItemEditViewModel.OWNER).get()).isNotEmpty();
        assertThat(created).isFalse();

        form.ownerMinistryProperty().set(workspace.referenceData().ministries().get(1));
        boolean[] closed = new boolean[1];
        assertThat(form.save(() -> closed[0] = true)).isTrue();
        assertThat(closed[0]).isTrue();
        assertThat(created).isTrue();
        assertThat(workspace.meetings().actionItems(top.meetingId()).get(top.id()))
                .singleElement().satisfies(item -> assertThat(item.description()).isEqualTo("Eckpunkte abstimmen"));
    }
}
