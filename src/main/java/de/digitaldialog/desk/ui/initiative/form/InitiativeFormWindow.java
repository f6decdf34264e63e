package de.digitaldialog.desk.ui.initiative.form;

import de.digitaldialog.desk.domain.Initiative;
import de.digitaldialog.desk.domain.InitiativeSummary;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.ui.common.FormWindow;
import de.digitaldialog.desk.ui.common.Tables;
import de.digitaldialog.desk.ui.common.View;
import de.digitaldialog.desk.ui.common.ViewLoader;
import de.digitaldialog.desk.ui.common.WorkspaceModel;
import de.digitaldialog.desk.ui.meeting.form.MeetingFormWindow;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.scene.control.TableView;
import javafx.beans.binding.Bindings;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The entry point of the initiative form: opens it in a window of its own, for a new initiative
 * ({@link #create}) or a stored one ({@link #open}). Get it from the controller factory (a
 * constructor parameter {@code InitiativeFormWindow form} of a controller is enough). After every
 * save or status change the workspace model is told, so lists and counts reload; an optional
 * listener ({@link #onSaved}) hears it too.
 */
public final class InitiativeFormWindow {

    private final ViewLoader views;
    private final Messages messages;
    private final WorkspaceModel model;
    private final MeetingFormWindow meetings;
    private Consumer<Initiative> onSaved = initiative -> { };

    public InitiativeFormWindow(ViewLoader views, Messages messages, WorkspaceModel model, MeetingFormWindow meetings) {
        this.views = views;
        this.messages = messages;
        this.model = model;
        this.meetings = meetings;
    }

    /** Also called after each save or status change of a form opened from here (on the FX thread). */
    public InitiativeFormWindow onSaved(Consumer<Initiative> listener) {
        this.onSaved = listener == null ? initiative -> { } : listener;
        return this;
    }

    /**
     * Lets a table of initiatives open the selected one with Enter or a double-click, as every
     * list of initiatives in the window does.
     */
    public void openFrom(TableView<InitiativeSummary> table) {
        Tables.openRows(table, row -> open(table.getScene().getWindow(), row.id()));
    }

    /** Opens the form for a new initiative (Ctrl+N in the list). */
    public Stage create(Window owner) {
        return open(owner, null);
    }

    /**
     * Opens the form for the initiative with this id (Enter or double-click in the list); its
     * data is read in the background. {@code null} opens an empty form for a new one.
     */
    public Stage open(Window owner, UUID initiativeId) {
        View<InitiativeFormController> view = views.load(InitiativeFormController.class);
        InitiativeFormController form = view.controller();
        Stage stage = FormWindow.of(owner, view.root(), Bindings.createStringBinding(
                        () -> messages.get("initiativeForm.window", form.viewModel().form().headingProperty().get()),
                        form.viewModel().form().headingProperty()),
                form::save, form::requestClose);
        form.host(new InitiativeFormController.Host() {
            @Override
            public void saved(Initiative initiative) {
                model.changed();
                onSaved.accept(initiative);
            }

            @Override
            public void close() {
                stage.close();
            }

            @Override
            public void openMeeting(UUID meetingId) {
                meetings.open(stage, meetingId);
            }
        });
        form.viewModel().load(initiativeId);
        stage.show();
        return stage;
    }
}
