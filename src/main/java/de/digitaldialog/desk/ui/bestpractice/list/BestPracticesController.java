package de.digitaldialog.desk.ui.bestpractice.list;

import de.digitaldialog.desk.domain.BestPracticeSummary;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.ui.common.Page;
import de.digitaldialog.desk.ui.common.Tables;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** Binds the list of best practices. */
public final class BestPracticesController implements Page {

    private final BestPracticesViewModel viewModel;
    private final Messages messages;

    @FXML
    private Label summary;
    @FXML
    private TableView<BestPracticeSummary> practices;
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

    public BestPracticesController(BestPracticesViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        Tables.title(titleColumn, BestPracticeSummary::title, BestPracticeSummary::classification, messages);
        Tables.text(areaColumn, practice -> viewModel.themeAreaName(practice.themeAreaCode()));
        Tables.text(landColumn, practice -> viewModel.landName(practice.landCode()));
        Tables.text(ministryColumn, BestPracticeSummary::ministryAbbreviation);
        Tables.text(transferabilityColumn, practice -> messages.label(practice.transferability()));
        Tables.show(practices, viewModel.practices());
        summary.textProperty().bind(viewModel.summaryProperty());
    }

    @Override
    public void refresh() {
        viewModel.refresh();
    }
}
