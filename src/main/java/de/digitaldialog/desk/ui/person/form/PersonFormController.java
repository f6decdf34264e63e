package de.digitaldialog.desk.ui.person.form;

import de.digitaldialog.desk.domain.Land;
import de.digitaldialog.desk.domain.Ministry;
import de.digitaldialog.desk.domain.Person;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.ui.common.Converters;
import de.digitaldialog.desk.ui.common.FormBindings;
import de.digitaldialog.desk.ui.common.form.CloseGuard;
import de.digitaldialog.desk.ui.common.form.FormHeader;
import de.digitaldialog.desk.ui.common.form.FormModel;
import de.digitaldialog.desk.ui.dialog.ErrorReporter;
import java.util.List;
import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.controlsfx.control.SearchableComboBox;

/** Binds the person form to its view model; holds no rules of its own. */
public final class PersonFormController {

    /** What the window around the form does when the form is done. */
    interface Host {
        void saved(Person person);

        void close();
    }

    private final PersonFormViewModel viewModel;
    private final Messages messages;
    private final ErrorReporter errors;
    private final CloseGuard closeGuard;
    private Host host;

    @FXML private BorderPane root;
    @FXML private Label heading;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Label problem;
    @FXML private HBox staleBox;
    @FXML private TextField academicTitleField;
    @FXML private TextField firstNameField;
    @FXML private TextField lastNameField;
    @FXML private Label lastNameError;
    @FXML private TextField functionField;
    @FXML private SearchableComboBox<Ministry> ministryField;
    @FXML private ComboBox<Land> landField;
    @FXML private Label landError;
    @FXML private TextField emailField;
    @FXML private Label emailError;
    @FXML private TextField phoneField;
    @FXML private DatePicker activeFromField;
    @FXML private DatePicker activeToField;
    @FXML private Label activeToError;
    @FXML private Button saveButton;

    public PersonFormController(PersonFormViewModel viewModel, Messages messages, ErrorReporter errors,
                                CloseGuard closeGuard) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.errors = errors;
        this.closeGuard = closeGuard;
    }

    @FXML
    private void initialize() {
        FormModel<Person> form = viewModel.form();
        form.onUnexpected(errors::report);
        FormHeader.bind(form, heading, busyIndicator, problem, staleBox);

        FormBindings.bind(academicTitleField, viewModel.academicTitleProperty());
        FormBindings.bind(firstNameField, viewModel.firstNameProperty());
        FormBindings.bind(lastNameField, viewModel.lastNameProperty());
        checked(lastNameField, lastNameError, PersonFormViewModel.LAST_NAME);
        FormBindings.bind(functionField, viewModel.functionTitleProperty());
        ministryField.setItems(viewModel.ministries());
        ministryField.setConverter(Converters.of(viewModel::ministryLabel));
        ministryField.valueProperty().bindBidirectional(viewModel.ministryProperty());
        landField.setItems(viewModel.lands());
        landField.setConverter(Converters.of(viewModel::landLabel));
        landField.valueProperty().bindBidirectional(viewModel.landProperty());
        checked(landField, landError, PersonFormViewModel.LAND);
        FormBindings.bind(emailField, viewModel.emailProperty());
        checked(emailField, emailError, PersonFormViewModel.EMAIL);
        FormBindings.bind(phoneField, viewModel.phoneProperty());
        Converters.dates(activeFromField, messages);
        Converters.dates(activeToField, messages);
        activeFromField.valueProperty().bindBidirectional(viewModel.activeFromProperty());
        activeToField.valueProperty().bindBidirectional(viewModel.activeToProperty());
        FormBindings.message(activeToError, form.errorProperty(PersonFormViewModel.ACTIVE_TO));
        for (DatePicker date : List.of(activeFromField, activeToField)) {
            FormBindings.markInvalid(date, form.errorProperty(PersonFormViewModel.ACTIVE_TO));
            FormBindings.onLeave(date, () -> {
                FormBindings.commitTyped(date);
                viewModel.check(PersonFormViewModel.ACTIVE_TO);
            });
        }
        saveButton.disableProperty().bind(form.busyProperty().or(form.loadedProperty().not()));
    }

    /** The message under the field, and the field's check when the user leaves it. */
    private void checked(Node field, Label label, String name) {
        FormBindings.message(label, viewModel.form().errorProperty(name));
        FormBindings.markInvalid(field, viewModel.form().errorProperty(name));
        FormBindings.onLeave(field, () -> viewModel.check(name));
    }

    void host(Host value) {
        this.host = value;
    }

    public PersonFormViewModel viewModel() {
        return viewModel;
    }

    /** After a concurrent change: shows the stored version; the own edits are dropped. */
    @FXML
    private void reload() {
        viewModel.reload();
    }

    /** Ctrl+S and the save button. */
    @FXML
    public void save() {
        save(person -> { });
    }

    private void save(Consumer<Person> then) {
        FormBindings.commitTyped(activeFromField);
        FormBindings.commitTyped(activeToField);
        viewModel.save(person -> {
            host.saved(person);
            then.accept(person);
        });
    }

    /** Esc and the cancel button: leaves, asking first when there are unsaved changes. */
    @FXML
    public void requestClose() {
        closeGuard.close(root, viewModel.form().isDirty(), messages.get("dialog.unsaved.title"),
                messages.get("personForm.unsaved.text"), close -> save(person -> close.run()), host::close);
    }
}
