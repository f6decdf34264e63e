package de.digitaldialog.desk.ui.bestpractice.list;

import de.digitaldialog.desk.domain.Adoption;
import de.digitaldialog.desk.domain.BestPracticeSummary;
import de.digitaldialog.desk.domain.DeletionKind;
import de.digitaldialog.desk.domain.Transferability;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.ui.bestpractice.form.BestPracticeFormWindow;
import de.digitaldialog.desk.ui.common.Choice;
import de.digitaldialog.desk.ui.common.Icons;
import de.digitaldialog.desk.ui.common.Page;
import de.digitaldialog.desk.ui.common.Tables;
import de.digitaldialog.desk.ui.dialog.DialogService;
import de.digitaldialog.desk.ui.dialog.Prompt;
import de.digitaldialog.desk.ui.trash.DeletionFlow;
import java.util.List;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;

/** Binds the best-practice register: its filters, the table, new and open, export and delete. */
public final class BestPracticesController implements Page {

    private static final KeyCombination NEW = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination EXPORT = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN);

    private final BestPracticesViewModel viewModel;
    private final DialogService dialogs;
    private final Messages messages;
    private final DeletionFlow deletion;
    private final BestPracticeFormWindow form;
    private final Runnable newShortcut = this::createPractice;
    private final Runnable exportShortcut = this::exportFiltered;

    @FXML
    private TextField filterText;
    @FXML
    private ComboBox<Choice<String>> themeAreaFilter;
    @FXML
    private ComboBox<Choice<String>> landFilter;
    @FXML
    private ComboBox<Choice<UUID>> ministryFilter;
    @FXML
    private ComboBox<Choice<Transferability>> transferabilityFilter;
    @FXML
    private ComboBox<Choice<Adoption>> adoptionFilter;
    @FXML
    private Button resetFilter;
    @FXML
    private Button deleteButton;
    @FXML
    private Label count;
    @FXML
    private TableView<BestPracticeSummary> practices;
    @FXML
    private TableColumn<BestPracticeSummary, String> numberColumn;
    @FXML
    private TableColumn<BestPracticeSummary, BestPracticeSummary> titleColumn;
    @FXML
    private TableColumn<BestPracticeSummary, String> areaColumn;
    @FXML
    private TableColumn<BestPracticeSummary, String> landColumn;
    @FXML
    private TableColumn<BestPracticeSummary, String> ministryColumn;
    @FXML
    private TableColumn<BestPracticeSummary, String> transferabilityColumn;
    @FXML
    private TableColumn<BestPracticeSummary, String> adoptionColumn;

    public BestPracticesController(BestPracticesViewModel viewModel, DialogService dialogs, Messages messages,
                                   DeletionFlow deletion, BestPracticeFormWindow form) {
        this.viewModel = viewModel;
        this.dialogs = dialogs;
        this.messages = messages;
        this.deletion = deletion;
        this.form = form;
    }

    @FXML
    private void initialize() {
        filterText.textProperty().bindBidirectional(viewModel.textProperty());
        facet(themeAreaFilter, viewModel.themeAreas(), viewModel.themeAreaProperty());
        facet(landFilter, viewModel.lands(), viewModel.landProperty());
        facet(ministryFilter, viewModel.ministries(), viewModel.ministryProperty());
        facet(transferabilityFilter, viewModel.transferabilities(), viewModel.transferabilityProperty());
        facet(adoptionFilter, viewModel.adoptions(), viewModel.adoptionProperty());
        resetFilter.setGraphic(Icons.icon("mdi2f-filter-remove-outline", 14));
        count.textProperty().bind(viewModel.countProperty());

        Tables.text(numberColumn, BestPracticeSummary::number);
        Tables.title(titleColumn, BestPracticeSummary::title, BestPracticeSummary::classification, messages);
        Tables.text(areaColumn, viewModel::themeAreaNames);
        Tables.text(landColumn, practice -> viewModel.landName(practice.landCode()));
        Tables.text(ministryColumn, practice -> practice.ministryAbbreviation() == null
                ? "" : practice.ministryAbbreviation());
        Tables.text(transferabilityColumn, practice -> practice.transferability() == null
                ? "" : messages.label(practice.transferability()));
        Tables.text(adoptionColumn, practice -> messages.label(practice.adoption()));
        Tables.show(practices, viewModel.rows());
        viewModel.rows().comparatorProperty().bind(practices.comparatorProperty());
        deletion.offer(practices, DeletionKind.BEST_PRACTICE, BestPracticeSummary::id, BestPracticeSummary::version,
                deleteButton);
        form.openFrom(practices);
        // Ctrl+N and Ctrl+E act while this page is in the scene; the shell takes a hidden page out of it
        practices.sceneProperty().addListener((observable, old, scene) -> shortcut(old, scene));
    }

    private void shortcut(Scene old, Scene scene) {
        if (old != null) {
            old.getAccelerators().remove(NEW, newShortcut);
            old.getAccelerators().remove(EXPORT, exportShortcut);
        }
        if (scene != null) {
            scene.getAccelerators().put(NEW, newShortcut);
            scene.getAccelerators().put(EXPORT, exportShortcut);
        }
    }

    private static <T> void facet(ComboBox<T> box, ObservableList<T> choices, ObjectProperty<T> value) {
        box.setItems(choices);
        box.valueProperty().bindBidirectional(value);
    }

    @Override
    public void refresh() {
        viewModel.refresh();
    }

    /** Ctrl+N / "Neue Best Practice …": the form opens in a window of its own. */
    @FXML
    private void createPractice() {
        if (practices.getScene() != null) {
            form.create(practices.getScene().getWindow());
        }
    }

    @FXML
    private void resetFilter() {
        viewModel.clearFilter();
    }

    /** Ctrl+E / "Exportieren …": asks whether VS-NfD entries go along, then where to. */
    @FXML
    private void exportFiltered() {
        if (practices.getScene() == null) {
            return;
        }
        List<BestPracticeSummary> rows = viewModel.exportRows();
        Window owner = practices.getScene().getWindow();
        String title = messages.get("bestPractices.export.title");
        CheckBox classified = new CheckBox(messages.get("initiatives.export.classified"));
        if (!dialogs.ask(owner, Prompt.of("exportQuestion", title, classified)
                .header(messages.get("bestPractices.export.header", rows.size()))
                .confirm(messages.get("initiatives.export.proceed")))) {
            return;
        }
        dialogs.saveFile(owner, viewModel.exportFile()).ifPresent(file -> viewModel.export(rows, file,
                classified.isSelected(), written -> dialogs.inform(owner, title, written)));
    }
}
