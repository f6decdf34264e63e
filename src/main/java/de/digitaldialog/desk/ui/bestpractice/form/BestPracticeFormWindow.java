package de.digitaldialog.desk.ui.bestpractice.form;

import de.digitaldialog.desk.domain.BestPractice;
import de.digitaldialog.desk.domain.BestPracticeSummary;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.ui.common.FormWindow;
import de.digitaldialog.desk.ui.common.Tables;
import de.digitaldialog.desk.ui.common.View;
import de.digitaldialog.desk.ui.common.ViewLoader;
import de.digitaldialog.desk.ui.common.WorkspaceModel;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The entry point of the best-practice form: opens it in a window of its own, for a new practice
 * ({@link #create}) or a stored one ({@link #open}). Get it from the controller factory. After
 * every save the workspace model is told, so the register and the counts reload.
 */
public final class BestPracticeFormWindow {

    private final ViewLoader views;
    private final Messages messages;
    private final WorkspaceModel model;

    public BestPracticeFormWindow(ViewLoader views, Messages messages, WorkspaceModel model) {
        this.views = views;
        this.messages = messages;
        this.model = model;
    }

    /** Lets the register open the selected practice with Enter or a double-click. */
    public void openFrom(TableView<BestPracticeSummary> table) {
        Tables.openRows(table, row -> open(table.getScene().getWindow(), row.id()));
    }

    /** Opens the form for a new practice (Ctrl+N in the register). */
    public Stage create(Window owner) {
        return open(owner, null);
    }

    /** Opens the form for the practice with this id, read in the background; null: a new one. */
    public Stage open(Window owner, UUID practiceId) {
        View<BestPracticeFormController> view = views.load(BestPracticeFormController.class);
        BestPracticeFormController form = view.controller();
        Stage stage = FormWindow.of(owner, view.root(), Bindings.createStringBinding(
                        () -> messages.get("bestPracticeForm.window", form.viewModel().form().headingProperty().get()),
                        form.viewModel().form().headingProperty()),
                form::save, form::requestClose);
        form.host(new BestPracticeFormController.Host() {
            @Override
            public void saved(BestPractice practice) {
                model.changed();
            }

            @Override
            public void close() {
                stage.close();
            }
        });
        form.viewModel().load(practiceId);
        stage.show();
        return stage;
    }
}
