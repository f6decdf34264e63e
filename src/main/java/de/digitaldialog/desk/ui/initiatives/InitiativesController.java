package de.digitaldialog.desk.ui.initiatives;

import de.digitaldialog.desk.domain.InitiativeStatus;
import de.digitaldialog.desk.domain.InitiativeSummary;
import de.digitaldialog.desk.domain.TrafficLight;
import de.digitaldialog.desk.ui.common.InitiativeColumns;
import de.digitaldialog.desk.ui.common.Page;
import de.digitaldialog.desk.ui.common.Tables;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** Binds the list of all initiatives. */
public final class InitiativesController implements Page {

    private final InitiativesViewModel viewModel;
    private final InitiativeColumns columns;

    @FXML
    private Label summary;
    @FXML
    private TableView<InitiativeSummary> initiatives;
    @FXML
    private TableColumn<InitiativeSummary, String> numberColumn;
    @FXML
    private TableColumn<InitiativeSummary, InitiativeSummary> titleColumn;
    @FXML
    private TableColumn<InitiativeSummary, java.util.List<String>> areasColumn;
    @FXML
    private TableColumn<InitiativeSummary, InitiativeStatus> statusColumn;
    @FXML
    private TableColumn<InitiativeSummary, TrafficLight> trafficLightColumn;
    @FXML
    private TableColumn<InitiativeSummary, String> leadColumn;
    @FXML
    private TableColumn<InitiativeSummary, String> milestoneColumn;
    @FXML
    private TableColumn<InitiativeSummary, InitiativeSummary> changedColumn;

    public InitiativesController(InitiativesViewModel viewModel, InitiativeColumns columns) {
        this.viewModel = viewModel;
        this.columns = columns;
    }

    @FXML
    private void initialize() {
        columns.number(numberColumn);
        columns.title(titleColumn);
        columns.themeAreas(areasColumn);
        columns.status(statusColumn);
        columns.trafficLight(trafficLightColumn);
        columns.leadMinistries(leadColumn);
        columns.nextMilestone(milestoneColumn);
        columns.lastChange(changedColumn);
        Tables.show(initiatives, viewModel.initiatives());
        summary.textProperty().bind(viewModel.summaryProperty());
    }

    @Override
    public void refresh() {
        viewModel.refresh();
    }
}
