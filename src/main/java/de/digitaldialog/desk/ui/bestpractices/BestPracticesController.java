package de.digitaldialog.desk.ui.bestpractices;

import de.digitaldialog.desk.domain.BestPracticeSummary;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.ui.common.Page;
import de.digitaldialog.desk.domain.Classification;
import de.digitaldialog.desk.ui.common.Icons;
import java.util.Comparator;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
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
        titleColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue()));
        titleColumn.setComparator(Comparator.comparing(BestPracticeSummary::title, String.CASE_INSENSITIVE_ORDER));
        titleColumn.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(BestPracticeSummary item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                    setGraphic(null);
                    setTooltip(null);
                    return;
                }
                setText(item.title());
                boolean classified = item.classification() == Classification.VS_NFD;
                setGraphic(classified ? classifiedIcon() : null);
                setTooltip(new Tooltip(classified ? item.title() + " – " + messages.label(item.classification())
                        : item.title()));
            }
        });
        areaColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(viewModel.themeAreaName(row.getValue().themeAreaCode())));
        landColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(viewModel.landName(row.getValue().landCode())));
        ministryColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().ministryAbbreviation()));
        transferabilityColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(messages.label(row.getValue().transferability())));
        practices.setItems(viewModel.practices());
        practices.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        summary.textProperty().bind(viewModel.summaryProperty());
    }

    private static javafx.scene.Node classifiedIcon() {
        var lock = Icons.icon("mdi2l-lock-outline", 14);
        lock.getStyleClass().add("classified-icon");
        return lock;
    }

    @Override
    public void refresh() {
        viewModel.refresh();
    }
}
