package de.digitaldialog.desk.ui.actionitem.list;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitaldialog.desk.domain.ActionItemStatus;
import de.digitaldialog.desk.domain.Deadline;
import de.digitaldialog.desk.domain.FollowUp;
import de.digitaldialog.desk.domain.FollowUpFilter;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.ui.common.Choice;
import de.digitaldialog.desk.testsupport.TestModels;
import de.digitaldialog.desk.ui.actionitem.form.ActionItemEditViewModel;
import de.digitaldialog.desk.workspace.Workspace;
import de.digitaldialog.desk.testsupport.ActionItemExamples;
import de.digitaldialog.desk.ui.common.DirectTaskExecutor;
import de.digitaldialog.desk.ui.dialog.ErrorDialog;
import de.digitaldialog.desk.ui.dialog.ErrorReporter;
import de.digitaldialog.desk.ui.common.WorkspaceModel;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Beschlusskontrolle's view models without a toolkit: background work runs at once. */
class ActionItemsViewModelTest {

    @TempDir
    Path folder;

    private Workspace workspace;
    private ActionItemExamples examples;
    private ActionItemsViewModel viewModel;

    @BeforeEach
    void open() {
        workspace = Workspace.open(folder, ActionItemExamples.CLOCK);
        examples = new ActionItemExamples(workspace);
        Messages messages = Messages.of(Locale.GERMAN);
        WorkspaceModel model = TestModels.ready(workspace);
        viewModel = new ActionItemsViewModel(messages, new DirectTaskExecutor(), workspace.actionItems(),
                workspace.referenceData(), model, new ErrorReporter(new ErrorDialog(messages), () -> null));
        viewModel.refresh();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void theListStartsWithWhatIsNotDoneAndTheFacetsNarrowIt() {
        assertThat(ids()).containsExactly(examples.overdue.id(), examples.dueSoon.id(), examples.onInitiative.id());
        assertThat(viewModel.countProperty().get()).isEqualTo("3 von 4");
        assertThat(viewModel.ministries()).extracting(Choice::label)
                .containsExactly("Alle Ressorts", "StMD – Bayern", "MWIDE – Nordrhein-Westfalen");

        viewModel.ministryProperty().set(viewModel.ministries().get(1));
        assertThat(ids()).containsExactly(examples.overdue.id());
        viewModel.clearFilter();
        viewModel.landProperty().set(choice(viewModel.lands(), "DE-NW"));
        assertThat(ids()).containsExactly(examples.dueSoon.id(), examples.onInitiative.id());
        viewModel.clearFilter();
        viewModel.themeAreaProperty().set(choice(viewModel.themeAreas(), "KI"));
        assertThat(ids()).containsExactly(examples.onInitiative.id());
        viewModel.clearFilter();
        viewModel.textProperty().set("bund");
        assertThat(ids()).containsExactly(examples.onInitiative.id());
        assertThat(viewModel.countProperty().get()).isEqualTo("1 von 4");

        viewModel.clearFilter();
        viewModel.statusProperty().set(viewModel.statuses().get(1));
        assertThat(viewModel.countProperty().get()).isEqualTo("4 Aufträge");
    }

    @Test
    void anOverdueItemIsSavedOnlyWithAReason() {
        FollowUp overdue = viewModel.rows().get(0);
        ActionItemEditViewModel editor = viewModel.edit(overdue);
        assertThat(editor.isOverdue()).isTrue();
        assertThat(editor.showsDelayReason()).isTrue();
        AtomicBoolean closed = new AtomicBoolean();

        editor.statusProperty().set(ActionItemStatus.IN_ARBEIT);
        editor.dueDateProperty().set(LocalDate.of(2019, 6, 28));
        assertThat(editor.save(() -> closed.set(true))).isFalse();

        assertThat(editor.delayReasonErrorProperty().get())
                .isEqualTo("Der Auftrag war am 30.04.2019 fällig. Bitte begründen Sie die Verzögerung.");
        assertThat(closed).isFalse();
        assertThat(stored(overdue.item().id()).item()).isEqualTo(overdue.item());

        editor.delayReasonProperty().set("Abstimmung mit NRW dauert an");
        assertThat(editor.delayReasonErrorProperty().get()).isEmpty();
        assertThat(editor.save(() -> closed.set(true))).isTrue();

        assertThat(closed).isTrue();
        FollowUp saved = stored(overdue.item().id());
        assertThat(saved.item().status()).isEqualTo(ActionItemStatus.IN_ARBEIT);
        assertThat(saved.item().dueDate()).isEqualTo(LocalDate.of(2019, 6, 28));
        assertThat(viewModel.rows()).filteredOn(row -> row.item().id().equals(overdue.item().id()))
                .singleElement().satisfies(row -> assertThat(row.isOverdue(viewModel.today())).isFalse());
    }

    @Test
    void anItemOnTimeNeedsNoReasonAndLeavesTheListWhenDone() {
        ActionItemEditViewModel editor = viewModel.edit(viewModel.rows().get(1));
        assertThat(editor.showsDelayReason()).isFalse();

        editor.statusProperty().set(ActionItemStatus.ERLEDIGT);
        assertThat(editor.save(() -> { })).isTrue();

        assertThat(ids()).containsExactly(examples.overdue.id(), examples.onInitiative.id());
    }

    @Test
    void theDeadlinesComeWithTheListAndOpenTheirActionItems() {
        assertThat(viewModel.deadlines()).extracting(Deadline::id)
                .containsExactly(examples.overdue.id(), examples.inputOwed.id(), examples.dueSoon.id());
        assertThat(viewModel.deadlineCountProperty().get()).isEqualTo("3 Fristen, davon 1 überschritten");
        assertThat(viewModel.edit(viewModel.deadlines().get(1))).isEmpty();
        assertThat(viewModel.edit(viewModel.deadlines().get(0))).hasValueSatisfying(
                editor -> assertThat(editor.row().item().id()).isEqualTo(examples.overdue.id()));
    }

    private List<UUID> ids() {
        return viewModel.rows().stream().map(row -> row.item().id()).toList();
    }

    private FollowUp stored(UUID id) {
        return workspace.actionItems().list(FollowUpFilter.ALL).stream()
                .filter(row -> row.item().id().equals(id)).findFirst().orElseThrow();
    }

    private static <T> Choice<T> choice(List<Choice<T>> choices, T value) {
        return choices.stream().filter(choice -> value.equals(choice.value())).findFirst().orElseThrow();
    }
}
