package de.digitaldialog.desk.ui.ministry.form;

import de.digitaldialog.desk.domain.Ministry;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.ui.common.FormWindow;
import de.digitaldialog.desk.ui.common.View;
import de.digitaldialog.desk.ui.common.ViewLoader;
import de.digitaldialog.desk.ui.common.WorkspaceModel;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Opens the ministry form in a window of its own, for a new ministry ({@link #create}) or a
 * stored one ({@link #open}); after each save the workspace model is told, so the pages reload.
 */
public final class MinistryFormWindow {

    private static final double WIDTH = 720;
    private static final double HEIGHT = 640;

    private final ViewLoader views;
    private final Messages messages;
    private final WorkspaceModel model;

    public MinistryFormWindow(ViewLoader views, Messages messages, WorkspaceModel model) {
        this.views = views;
        this.messages = messages;
        this.model = model;
    }

    /** "Neues Ressort …" (Ctrl+N on the Ressorts page). */
    public Stage create(Window owner) {
        return open(owner, null);
    }

    /** Opens the stored ministry with this id ({@code null}: a new one); its data is read in the background. */
    public Stage open(Window owner, UUID ministryId) {
        View<MinistryFormController> view = views.load(MinistryFormController.class);
        MinistryFormController form = view.controller();
        Stage stage = FormWindow.of(owner, view.root(), Bindings.createStringBinding(
                        () -> messages.get("ministryForm.window", form.viewModel().form().headingProperty().get()),
                        form.viewModel().form().headingProperty()),
                form::save, form::requestClose);
        stage.setWidth(WIDTH);
        stage.setHeight(HEIGHT);
        form.host(new MinistryFormController.Host() {
            @Override
            public void saved(Ministry ministry) {
                model.changed();
            }

            @Override
            public void close() {
                stage.close();
            }
        });
        form.viewModel().load(ministryId);
        stage.show();
        return stage;
    }
}
