package de.digitaldialog.desk.ui.bestpractice.form;

import de.digitaldialog.desk.domain.Adoption;
import de.digitaldialog.desk.domain.BestPractice;
import de.digitaldialog.desk.domain.InitiativeSummary;
import de.digitaldialog.desk.domain.Land;
import de.digitaldialog.desk.domain.Ministry;
import de.digitaldialog.desk.domain.Person;
import de.digitaldialog.desk.domain.ThemeArea;
import de.digitaldialog.desk.domain.Transferability;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.ui.common.Converters;
import de.digitaldialog.desk.ui.common.FormBindings;
import de.digitaldialog.desk.ui.common.form.CloseGuard;
import de.digitaldialog.desk.ui.common.form.FormHeader;
import de.digitaldialog.desk.ui.common.form.FormModel;
import de.digitaldialog.desk.ui.dialog.ErrorReporter;
import de.digitaldialog.desk.ui.person.quick.QuickPerson;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.SearchableComboBox;

/** Binds the best-practice form to its view model; holds no rules of its own. */
public final class BestPracticeFormController {

    /** What the window around the form does when the form is done. */
    public interface Host {
        void saved(BestPractice practice);

        void close();
    }

    private final BestPracticeFormViewModel viewModel;
    private final Messages messages;
    private final ErrorReporter errors;
    private final QuickPerson quickPerson;
    private final CloseGuard closeGuard;
    private Host host = new Host() {
        @Override
        public void saved(BestPractice practice) {
        }

        @Override
        public void close() {
        }
    };

    @FXML private BorderPane root;
    @FXML private Label heading;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Label problem;
    @FXML private HBox staleBox;
    @FXML private VBox numberBox;
    @FXML private TextField numberField;
    @FXML private TextField titleField;
    @FXML private Label titleError;
    @FXML private TextArea descriptionField;
    @FXML private Label descriptionError;
    @FXML private CheckComboBox<ThemeArea> themeAreasField;
    @FXML private Label themeAreasError;
    @FXML private TextField linkField;
    @FXML private Label linkError;
    @FXML private CheckComboBox<InitiativeSummary> initiativesField;
    @FXML private Label initiativesChosen;
    @FXML private ComboBox<Land> landField;
    @FXML private Label landError;
    @FXML private SearchableComboBox<Ministry> ministryField;
    @FXML private Label ministryError;
    @FXML private SearchableComboBox<Person> contactField;
    @FXML private Button newContactButton;
    @FXML private ComboBox<Transferability> transferabilityField;
    @FXML private Label adoptionLabel;
    @FXML private ComboBox<Adoption> adoptionField;
    @FXML private Label adoptionReasonLabel;
    @FXML private TextField adoptionReasonField;
    @FXML private Label adoptionReasonError;
    @FXML private Button saveButton;

    public BestPracticeFormController(BestPracticeFormViewModel viewModel, Messages messages, ErrorReporter errors,
                                      CloseGuard closeGuard, QuickPerson quickPerson) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.errors = errors;
        this.closeGuard = closeGuard;
        this.quickPerson = quickPerson;
    }

    @FXML
    private void initialize() {
        FormModel<BestPractice> form = viewModel.form();
        BestPracticeChoices choices = viewModel.choices();
        form.onUnexpected(errors::report);
        FormHeader.bind(form, heading, busyIndicator, problem, staleBox);
        numberField.textProperty().bind(viewModel.numberProperty());
        numberBox.visibleProperty().bind(viewModel.numberProperty().isNotEmpty());
        numberBox.managedProperty().bind(numberBox.visibleProperty());

        FormBindings.bind(titleField, viewModel.titleProperty());
        field(titleField, titleError, BestPracticeFormViewModel.TITLE);
        descriptionField.textProperty().bindBidirectional(viewModel.descriptionProperty());
        field(descriptionField, descriptionError, BestPracticeFormViewModel.DESCRIPTION);
        FormBindings.checks(themeAreasField, choices.themeAreas(), viewModel.themeAreas(), choices::themeAreaLabel);
        field(themeAreasField, themeAreasError, BestPracticeFormViewModel.THEME_AREAS);
        FormBindings.bind(linkField, viewModel.linkProperty());
        field(linkField, linkError, BestPracticeFormViewModel.LINK);
        FormBindings.checks(initiativesField, choices.initiatives(), viewModel.related(), choices::initiativeLabel);
        // the field's one line cuts a second initiative off: the chosen ones are listed under it
        initiativesChosen.textProperty().bind(Bindings.createStringBinding(() -> viewModel.related().stream()
                .map(choices::initiativeLabel).collect(Collectors.joining("\n")), viewModel.related()));
        initiativesChosen.visibleProperty().bind(Bindings.isNotEmpty(viewModel.related()));
        initiativesChosen.managedProperty().bind(initiativesChosen.visibleProperty());

        pick(landField, choices.lands(), viewModel.landProperty(), choices::landLabel);
        field(landField, landError, BestPracticeFormViewModel.LAND);
        pick(ministryField, choices.ministries(), viewModel.ministryProperty(), choices::ministryLabel);
        field(ministryField, ministryError, BestPracticeFormViewModel.MINISTRY);
        pick(contactField, choices.persons(), viewModel.contactProperty(), choices::personLabel);
        quickPerson.attach(newContactButton, contactField, person -> {
            choices.persons().add(person);
            viewModel.contactProperty().set(person);
        });
        FormBindings.choice(transferabilityField, Transferability.values(), messages,
                viewModel.transferabilityProperty());
        adoptionLabel.textProperty().bind(viewModel.adoptionLabelProperty());
        FormBindings.choice(adoptionField, Adoption.values(), messages, viewModel.adoptionProperty());
        adoptionReasonLabel.textProperty().bind(viewModel.reasonLabelProperty());
        FormBindings.bind(adoptionReasonField, viewModel.adoptionReasonProperty());
        adoptionReasonField.disableProperty().bind(viewModel.reasonAskedProperty().not());
        field(adoptionReasonField, adoptionReasonError, BestPracticeFormViewModel.ADOPTION_REASON);

        saveButton.disableProperty().bind(form.busyProperty().or(form.loadedProperty().not()));
    }

    /** The field's message under it, and its check when the user leaves it. */
    private void field(Node field, Label message, String name) {
        FormBindings.message(message, viewModel.form().errorProperty(name));
        FormBindings.markInvalid(field, viewModel.form().errorProperty(name));
        FormBindings.onLeave(field, () -> viewModel.check(name));
    }

    private static <T> void pick(ComboBox<T> box, ObservableList<T> options, ObjectProperty<T> value,
                                 Function<T, String> label) {
        box.setItems(options);
        box.setConverter(Converters.of(label));
        box.valueProperty().bindBidirectional(value);
    }

    // --- actions ------------------------------------------------------------------------------

    /** The small × beside the ministry: the practice names none. */
    @FXML
    private void clearMinistry() {
        viewModel.ministryProperty().set(null);
    }

    /** The small × beside the contact person: the practice names none. */
    @FXML
    private void clearContact() {
        viewModel.contactProperty().set(null);
    }

    /** After a concurrent change: shows the stored version; the own edits are dropped. */
    @FXML
    private void reload() {
        viewModel.reload();
    }

    /** Ctrl+S and the save button. */
    @FXML
    public void save() {
        save(practice -> { });
    }

    private void save(Consumer<BestPractice> then) {
        viewModel.save(practice -> {
            host.saved(practice);
            then.accept(practice);
        });
    }

    /** Esc and the cancel button: leaves, asking first when there are unsaved changes. */
    @FXML
    public void cancel() {
        requestClose();
    }

    /** Closes the form; with unsaved changes it asks first: save, discard or stay. */
    public void requestClose() {
        closeGuard.close(root, viewModel.form().isDirty(), messages.get("dialog.unsaved.title"),
                messages.get("bestPracticeForm.unsaved.text"), close -> save(practice -> close.run()), host::close);
    }

    void host(Host newHost) {
        this.host = newHost;
    }

    public BestPracticeFormViewModel viewModel() {
        return viewModel;
    }
}
