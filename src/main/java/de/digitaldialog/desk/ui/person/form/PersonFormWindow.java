package de.digitaldialog.desk.ui.person.form;

import de.digitaldialog.desk.domain.Person;
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
 * The entry point of the person form: opens it in a window of its own, for a new person or a
 * stored one. After every save the workspace model is told, so the Personen page reloads.
 */
public final class PersonFormWindow {

    private final ViewLoader views;
    private final Messages messages;
    private final WorkspaceModel model;

    public PersonFormWindow(ViewLoader views, Messages messages, WorkspaceModel model) {
        this.views = views;
        this.messages = messages;
        this.model = model;
    }

    /** Opens the form for the person with this id; {@code null} opens an empty form for a new one. */
    public Stage open(Window owner, UUID personId) {
        View<PersonFormController> view = views.load(PersonFormController.class);
        PersonFormController form = view.controller();
        var heading = form.viewModel().form().headingProperty();
        Stage stage = FormWindow.of(owner, view.root(), Bindings.createStringBinding(
                () -> messages.get("personForm.window", heading.get()), heading), form::save, form::requestClose);
        stage.setWidth(720);
        stage.setHeight(560);
        form.host(new PersonFormController.Host() {
            @Override
            public void saved(Person person) {
                model.changed();
            }

            @Override
            public void close() {
                stage.close();
            }
        });
        form.viewModel().load(personId);
        stage.show();
        return stage;
    }
}
