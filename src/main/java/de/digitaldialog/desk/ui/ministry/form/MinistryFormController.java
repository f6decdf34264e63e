package de.digitaldialog.desk.ui.ministry.form;

import de.digitaldialog.desk.domain.Land;
import de.digitaldialog.desk.domain.Ministry;
import de.digitaldialog.desk.domain.MinistryKind;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.ui.common.Converters;
import de.digitaldialog.desk.ui.common.FormBindings;
import de.digitaldialog.desk.ui.common.form.CloseGuard;
import de.digitaldialog.desk.ui.common.form.FormHeader;
import de.digitaldialog.desk.ui.common.form.FormModel;
import de.digitaldialog.desk.ui.dialog.ErrorReporter;
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

/** Binds the ministry form to its view model; holds no rules of its own. */
public final class MinistryFormController {

    /** What the window around the form does when the form is done. */
    interface Host {
        void saved(Ministry ministry);

        void close();
    }

    private final MinistryFormViewModel viewModel;
    private final Messages messages;
    private final ErrorReporter errors;
    private final CloseGuard closeGuard;
    private Host host;

    @FXML private BorderPane root;
    @FXML private Label heading;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Label problem;
    @FXML private HBox staleBox;
    @FXML private ComboBox<Land> landField;
    @FXML private Label landError;
    @FXML private TextField abbreviationField;
    @FXML private Label abbreviationError;
    @FXML private ComboBox<MinistryKind> kindField;
    @FXML private TextField nameDeField;
    @FXML private Label nameDeError;
    @FXML private TextField nameEnField;
    @FXML private Label nameEnError;
    @FXML private DatePicker validFromField;
    @FXML private Label validFromError;
    @FXML private DatePicker validToField;
    @FXML private Label validToError;
    @FXML private Label predecessors;
    @FXML private Label successors;
    @FXML private Label changed;
    @FXML private Button saveButton;

    public MinistryFormController(MinistryFormViewModel viewModel, Messages messages, ErrorReporter errors,
                                  CloseGuard closeGuard) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.errors = errors;
        this.closeGuard = closeGuard;
    }

    @FXML
    private void initialize() {
        FormModel<Ministry> form = viewModel.form();
        form.onUnexpected(errors::report);
        FormHeader.bind(form, heading, busyIndicator, problem, staleBox);

        landField.setItems(viewModel.lands());
        landField.setConverter(Converters.of(viewModel::landLabel));
        landField.valueProperty().bindBidirectional(viewModel.landProperty());
        field(landField, landError, MinistryFormViewModel.LAND);
        FormBindings.bind(abbreviationField, viewModel.abbreviationProperty());
        field(abbreviationField, abbreviationError, MinistryFormViewModel.ABBREVIATION);
        FormBindings.choice(kindField, MinistryKind.values(), messages, viewModel.kindProperty());
        FormBindings.bind(nameDeField, viewModel.nameDeProperty());
        field(nameDeField, nameDeError, MinistryFormViewModel.NAME_DE);
        FormBindings.bind(nameEnField, viewModel.nameEnProperty());
        field(nameEnField, nameEnError, MinistryFormViewModel.NAME_EN);
        Converters.dates(validFromField, messages);
        Converters.dates(validToField, messages);
        validFromField.valueProperty().bindBidirectional(viewModel.validFromProperty());
        validToField.valueProperty().bindBidirectional(viewModel.validToProperty());
        field(validFromField, validFromError, MinistryFormViewModel.VALID_FROM);
        field(validToField, validToError, MinistryFormViewModel.VALID_TO);
        FormBindings.onLeave(validFromField, () -> FormBindings.commitTyped(validFromField));
        FormBindings.onLeave(validToField, () -> FormBindings.commitTyped(validToField));
        predecessors.textProperty().bind(viewModel.predecessorsProperty().map(text ->
                text.isEmpty() ? messages.get("ministryForm.none") : text));
        successors.textProperty().bind(viewModel.successorsProperty().map(text ->
                text.isEmpty() ? messages.get("ministryForm.none") : text));
        changed.textProperty().bind(viewModel.changedProperty());
        saveButton.disableProperty().bind(form.busyProperty().or(form.loadedProperty().not()));
    }

    /** The message under the field, and the field's check when the user leaves it. */
    private void field(Node control, Label error, String name) {
        FormBindings.message(error, viewModel.form().errorProperty(name));
        FormBindings.markInvalid(control, viewModel.form().errorProperty(name));
        FormBindings.onLeave(control, () -> viewModel.check(name));
    }

    @FXML
    private void reload() {
        viewModel.reload();
    }

    /** Ctrl+S and the save button. */
    @FXML
    public void save() {
        save(ministry -> { });
    }

    private void save(Consumer<Ministry> then) {
        FormBindings.commitTyped(validFromField);
        FormBindings.commitTyped(validToField);
        viewModel.save(ministry -> {
            host.saved(ministry);
            then.accept(ministry);
        });
    }

    @FXML
    private void cancel() {
        requestClose();
    }

    /** Esc and closing the window: with unsaved changes it asks first (save, discard or stay). */
    public void requestClose() {
        closeGuard.close(root, viewModel.form().isDirty(), messages.get("dialog.unsaved.title"),
                messages.get("ministryForm.unsaved.text"), close -> save(ministry -> close.run()), host::close);
    }

    void host(Host newHost) {
        this.host = newHost;
    }

    public MinistryFormViewModel viewModel() {
        return viewModel;
    }
}
