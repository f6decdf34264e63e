package de.digitaldialog.desk.ui.person.list;

import de.digitaldialog.desk.domain.Person;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.ui.common.Page;
import de.digitaldialog.desk.ui.common.Tables;
import de.digitaldialog.desk.ui.dialog.DialogService;
import de.digitaldialog.desk.ui.dialog.ErrorReporter;
import de.digitaldialog.desk.ui.dialog.Question;
import de.digitaldialog.desk.ui.person.form.PersonFormWindow;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;

/** Binds the Personen page: the table, the search, "auch ausgeschiedene", new, open and delete. */
public final class PersonsController implements Page {

    private static final KeyCombination NEW = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);

    private final PersonsViewModel viewModel;
    private final Messages messages;
    private final PersonFormWindow form;
    private final DialogService dialogs;
    private final ErrorReporter errors;

    @FXML private Label summary;
    @FXML private TextField search;
    @FXML private CheckBox withRetired;
    @FXML private Button deleteButton;
    @FXML private TableView<Person> persons;
    @FXML private TableColumn<Person, String> numberColumn;
    @FXML private TableColumn<Person, String> nameColumn;
    @FXML private TableColumn<Person, String> functionColumn;
    @FXML private TableColumn<Person, String> ministryColumn;
    @FXML private TableColumn<Person, String> landColumn;
    @FXML private TableColumn<Person, String> emailColumn;
    @FXML private TableColumn<Person, String> activeToColumn;

    public PersonsController(PersonsViewModel viewModel, Messages messages, PersonFormWindow form,
                             DialogService dialogs, ErrorReporter errors) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.form = form;
        this.dialogs = dialogs;
        this.errors = errors;
    }

    @FXML
    private void initialize() {
        Tables.text(numberColumn, Person::number);
        Tables.text(nameColumn, Person::displayName);
        Tables.text(functionColumn, person -> PersonsViewModel.text(person.functionTitle()));
        Tables.text(ministryColumn, viewModel::ministry);
        Tables.text(landColumn, viewModel::land);
        Tables.text(emailColumn, person -> PersonsViewModel.text(person.email()));
        Tables.text(activeToColumn, viewModel::activeTo);
        Tables.show(persons, viewModel.persons());
        search.textProperty().bindBidirectional(viewModel.searchProperty());
        withRetired.selectedProperty().bindBidirectional(viewModel.withRetiredProperty());
        summary.textProperty().bind(viewModel.summaryProperty());
        deleteButton.disableProperty().bind(persons.getSelectionModel().selectedItemProperty().isNull());
        Tables.openRows(persons, person -> form.open(window(), person.id()));
        persons.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.DELETE) {
                event.consume();
                deletePerson();
            }
        });
        // Ctrl+N acts while this page is shown; the shell takes a hidden page out of the scene
        persons.sceneProperty().addListener((observable, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().putIfAbsent(NEW, () -> {
                    if (persons.getScene() != null) {
                        createPerson();
                    }
                });
            }
        });
    }

    private Window window() {
        return persons.getScene().getWindow();
    }

    @Override
    public void refresh() {
        viewModel.refresh();
    }

    @FXML
    private void createPerson() {
        form.open(window(), null);
    }

    /** "Löschen …" and Delete: asks, naming the person; a refusal says why and what to do instead. */
    @FXML
    private void deletePerson() {
        Person person = persons.getSelectionModel().getSelectedItem();
        if (person == null) {
            return;
        }
        String name = person.displayName() + " (" + person.number() + ")";
        if (dialogs.confirm(window(), new Question("personDelete", messages.get("persons.delete.title"), null,
                messages.get("persons.delete.text", name), messages.get("persons.delete.confirm")))) {
            viewModel.delete(person, refusal -> dialogs.inform(window(),
                    messages.get("persons.delete.refused", name), refusal), errors::report);
        }
    }
}
