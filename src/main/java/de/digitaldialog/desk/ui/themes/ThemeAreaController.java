package de.digitaldialog.desk.ui.themes;

import de.digitaldialog.desk.domain.InitiativeStatus;
import de.digitaldialog.desk.domain.InitiativeSummary;
import de.digitaldialog.desk.domain.ThemeArea;
import de.digitaldialog.desk.domain.TrafficLight;
import de.digitaldialog.desk.ui.common.Icons;
import de.digitaldialog.desk.ui.common.InitiativeColumns;
import de.digitaldialog.desk.ui.common.Page;
import de.digitaldialog.desk.ui.common.Tables;
import java.util.UUID;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;

/** Binds a theme area's page: header in the area's colour, description, table of its initiatives. */
public final class ThemeAreaController implements Page {

    private final ThemeAreaViewModel viewModel;
    private final InitiativeColumns columns;

    @FXML
    private StackPane areaIcon;
    @FXML
    private Label areaName;
    @FXML
    private Label areaDescription;
    @FXML
    private Label areaSummary;
    @FXML
    private TableView<InitiativeSummary> initiatives;
    @FXML
    private TableColumn<InitiativeSummary, String> numberColumn;
    @FXML
    private TableColumn<InitiativeSummary, InitiativeSummary> titleColumn;
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

    public ThemeAreaController(ThemeAreaViewModel viewModel, InitiativeColumns columns) {
        this.viewModel = viewModel;
        this.columns = columns;
    }

    @FXML
    private void initialize() {
        columns.number(numberColumn);
        columns.title(titleColumn);
        columns.status(statusColumn);
        columns.trafficLight(trafficLightColumn);
        columns.leadMinistries(leadColumn);
        columns.nextMilestone(milestoneColumn);
        columns.lastChange(changedColumn);
        Tables.show(initiatives, viewModel.initiatives());

        areaName.textProperty().bind(viewModel.nameProperty());
        areaDescription.textProperty().bind(viewModel.descriptionProperty());
        areaSummary.textProperty().bind(viewModel.summaryProperty());
        viewModel.areaProperty().addListener((observable, was, area) -> showArea(area));
    }

    private void showArea(ThemeArea area) {
        if (area == null) {
            areaIcon.getChildren().clear();
            return;
        }
        var icon = Icons.icon(area.icon(), 28);
        icon.getStyleClass().add("area-icon");
        areaIcon.getChildren().setAll(icon);
        areaIcon.setStyle("-area-color: " + area.color() + ";");
    }

    public void show(UUID themeArea) {
        viewModel.show(themeArea);
    }

    @Override
    public void refresh() {
        viewModel.refresh();
    }
}
