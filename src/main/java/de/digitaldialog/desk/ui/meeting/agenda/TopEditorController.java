package de.digitaldialog.desk.ui.meeting.agenda;

import de.digitaldialog.desk.domain.InitiativeSummary;
import de.digitaldialog.desk.domain.Ministry;
import de.digitaldialog.desk.domain.Person;
import de.digitaldialog.desk.domain.ThemeArea;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.ui.attachments.AttachmentsController;
import de.digitaldialog.desk.ui.attachments.AttachmentsViewModel;
import de.digitaldialog.desk.ui.common.Converters;
import de.digitaldialog.desk.ui.common.FormBindings;
import de.digitaldialog.desk.ui.common.Formats;
import de.digitaldialog.desk.ui.common.Icons;
import de.digitaldialog.desk.ui.common.View;
import de.digitaldialog.desk.ui.common.ViewLoader;
import de.digitaldialog.desk.ui.person.quick.QuickPerson;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SearchableComboBox;

/**
 * Binds the selected TOP's fields: title, theme area, planned minutes, presenters, linked
 * initiatives, texts, the input with its deadline, documents and classification. A field with
 * a rule is checked when the user leaves it.
 */
public final class TopEditorController {

    private final Messages messages;
    private final Formats formats;
    private final ViewLoader views;
    private final QuickPerson quickPerson;
    private TopEditorViewModel editor;
    private AgendaChoices choices;

    @FXML
    private TextField titleField;
    @FXML
    private Label titleError;
    @FXML
    private ComboBox<ThemeArea> themeAreaField;
    @FXML
    private TextField minutesField;
    @FXML
    private Label minutesError;
    @FXML
    private SearchableComboBox<Ministry> presenterMinistryField;
    @FXML
    private SearchableComboBox<Person> presenterPersonField;
    @FXML
    private Button newPresenterButton;
    @FXML
    private SearchableComboBox<InitiativeSummary> initiativeSearch;
    @FXML
    private Button linkButton;
    @FXML
    private ListView<InitiativeSummary> linkedList;
    @FXML
    private TextArea backgroundField;
    @FXML
    private TextArea proposedDecisionField;
    @FXML
    private TextArea talkingPointsField;
    @FXML
    private DatePicker deadlineField;
    @FXML
    private SearchableComboBox<Ministry> inputOwnerField;
    @FXML
    private Label deadlineError;
    @FXML
    private Label inputState;
    @FXML
    private Button receivedButton;
    @FXML
    private VBox topAttachments;
    @FXML
    private CheckBox classifiedField;

    public TopEditorController(Messages messages, ViewLoader views, QuickPerson quickPerson) {
        this.messages = messages;
        this.formats = Formats.of(messages.locale());
        this.views = views;
        this.quickPerson = quickPerson;
    }

    /** Binds the fields to the agenda's TOP editor and its choices. */
    void bind(AgendaViewModel agenda) {
        editor = agenda.editor();
        choices = agenda.choices();
        titleField.textProperty().bindBidirectional(editor.titleProperty());
        checked(titleField, titleError, TopEditorViewModel.TITLE);
        themeAreaField.setItems(choices.themeAreas());
        themeAreaField.setConverter(Converters.of(choices::themeAreaName));
        themeAreaField.valueProperty().bindBidirectional(editor.themeAreaProperty());
        minutesField.textProperty().bindBidirectional(editor.plannedMinutesProperty());
        checked(minutesField, minutesError, TopEditorViewModel.MINUTES);
        presenterMinistryField.setItems(choices.ministries());
        presenterMinistryField.setConverter(Converters.of(choices::ministryName));
        presenterMinistryField.valueProperty().bindBidirectional(editor.presenterMinistryProperty());
        presenterPersonField.setItems(choices.persons());
        presenterPersonField.setConverter(Converters.of(choices::personName));
        presenterPersonField.valueProperty().bindBidirectional(editor.presenterPersonProperty());
        quickPerson.attach(newPresenterButton, presenterPersonField, person -> {
            choices.personCreated(person);
            editor.presenterPersonProperty().set(person);
        });

        initiativeSearch.setItems(choices.initiatives());
        initiativeSearch.setConverter(Converters.of(choices::initiativeName));
        linkButton.disableProperty().bind(initiativeSearch.valueProperty().isNull());
        linkedList.setItems(editor.linked());
        linkedList.setCellFactory(list -> new LinkedCell());

        backgroundField.textProperty().bindBidirectional(editor.backgroundProperty());
        proposedDecisionField.textProperty().bindBidirectional(editor.proposedDecisionProperty());
        talkingPointsField.textProperty().bindBidirectional(editor.talkingPointsProperty());
        deadlineField.valueProperty().bindBidirectional(editor.inputDeadlineProperty());
        Converters.dates(deadlineField, messages);
        checked(deadlineField, deadlineError, TopEditorViewModel.DEADLINE);
        inputOwnerField.setItems(choices.ministries());
        inputOwnerField.setConverter(Converters.of(choices::ministryName));
        inputOwnerField.valueProperty().bindBidirectional(editor.inputOwnerProperty());
        inputState.textProperty().bind(Bindings.createStringBinding(() -> editor.inputReceivedAtProperty().get()
                        == null ? messages.get("agenda.input.open")
                        : messages.get("agenda.input.received", formats.dateTime(editor.inputReceivedAtProperty().get())),
                editor.inputReceivedAtProperty()));
        receivedButton.textProperty().bind(Bindings.when(editor.inputReceivedAtProperty().isNull())
                .then(messages.get("agenda.input.markReceived")).otherwise(messages.get("agenda.input.markOpen")));
        attachments();
        classifiedField.selectedProperty().bindBidirectional(editor.classifiedProperty());
    }

    /** The message under the field, and the field's check when the user leaves it. */
    private void checked(Node field, Label label, String name) {
        FormBindings.message(label, editor.errorProperty(name));
        FormBindings.markInvalid(field, editor.errorProperty(name));
        FormBindings.onLeave(field, () -> editor.check(name));
    }

    /** The documents of the TOP shown, e.g. the input that arrived; a new TOP takes them once saved. */
    private void attachments() {
        View<AttachmentsController> view = views.load(AttachmentsController.class);
        topAttachments.getChildren().setAll(view.root());
        editor.editingProperty().addListener((observable, was, item) -> view.controller().show(
                item == null || item.audit() == null ? null : AttachmentsViewModel.Owner.agendaItem(item.id())));
    }

    /** Puts the cursor in the title, e.g. after Insert added a TOP (its text selected to type over). */
    void focusTitle(boolean selectAll) {
        titleField.requestFocus();
        if (selectAll) {
            titleField.selectAll();
        }
    }

    @FXML
    private void link() {
        editor.link(initiativeSearch.getValue());
        initiativeSearch.setValue(null);
    }

    @FXML
    private void toggleReceived() {
        editor.markInputReceived(editor.inputReceivedAtProperty().get() == null);
    }

    /** A linked initiative with a button to unlink it. */
    private final class LinkedCell extends ListCell<InitiativeSummary> {
        @Override
        protected void updateItem(InitiativeSummary item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            setText(choices.initiativeName(item) + " (" + messages.label(item.status()) + ")");
            Button unlink = new Button();
            unlink.setGraphic(Icons.icon("mdi2l-link-off", 14));
            unlink.getStyleClass().add("flat");
            unlink.setOnAction(event -> editor.linked().remove(item));
            setGraphic(unlink);
            // the button first: a long title must not push it out of sight
            setContentDisplay(ContentDisplay.LEFT);
        }
    }
}
