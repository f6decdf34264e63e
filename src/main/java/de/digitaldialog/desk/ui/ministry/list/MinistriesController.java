package de.digitaldialog.desk.ui.ministry.list;

import de.digitaldialog.desk.domain.Land;
import de.digitaldialog.desk.domain.Ministry;
import de.digitaldialog.desk.ui.common.Converters;
import de.digitaldialog.desk.ui.common.Page;
import de.digitaldialog.desk.ui.common.Tables;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** Binds the list of ministries and its filters. */
public final class MinistriesController implements Page {

    private final MinistriesViewModel viewModel;

    @FXML
    private Label summary;
    @FXML
    private ComboBox<Land> land;
    @FXML
    private CheckBox withEnded;
    @FXML
    private TableView<Ministry> ministries;
    @FXML
    private TableColumn<Ministry, String> landColumn;
    @FXML
    private TableColumn<Ministry, String> abbreviationColumn;
    @FXML
    private TableColumn<Ministry, String> nameColumn;
    @FXML
    private TableColumn<Ministry, String> kindColumn;
    @FXML
    private TableColumn<Ministry, String> validFromColumn;
    @FXML
    private TableColumn<Ministry, String> validToColumn;
    @FXML
    private TableColumn<Ministry, String> successorsColumn;

    public MinistriesController(MinistriesViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        Tables.text(landColumn, ministry -> viewModel.landName(ministry.landId()));
        Tables.text(abbreviationColumn, Ministry::abbreviation);
        Tables.text(nameColumn, viewModel::name);
        Tables.text(kindColumn, viewModel::kind);
        Tables.text(validFromColumn, ministry -> viewModel.date(ministry.validFrom()));
        Tables.text(validToColumn, ministry -> viewModel.date(ministry.validTo()));
        Tables.text(successorsColumn, viewModel::successors);
        Tables.show(ministries, viewModel.ministries());
        land.setConverter(Converters.of(viewModel::landLabel));
        viewModel.lands().addListener((ListChangeListener<Land>) change -> {
            Land chosen = land.getValue();
            land.getItems().setAll(viewModel.lands());
            land.getItems().add(0, null);
            land.setValue(chosen);
        });
        land.valueProperty().bindBidirectional(viewModel.landProperty());
        withEnded.selectedProperty().bindBidirectional(viewModel.withEndedProperty());
        summary.textProperty().bind(viewModel.summaryProperty());
    }

    @Override
    public void refresh() {
        viewModel.refresh();
    }
}
