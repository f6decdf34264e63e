package de.digitaldialog.desk.ui.overview;

import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.ui.common.Icons;
import de.digitaldialog.desk.ui.common.Page;
import de.digitaldialog.desk.ui.overview.OverviewViewModel.Entry;
import de.digitaldialog.desk.ui.overview.OverviewViewModel.Tile;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Binds the Übersicht: theme-area tiles in their colours, and the example-data offer. */
public final class OverviewController implements Page {

    private static final int COLUMNS = 4;

    private final OverviewViewModel viewModel;
    private final Messages messages;

    @FXML
    private GridPane tiles;
    @FXML
    private VBox loading;
    @FXML
    private Label loadingText;
    @FXML
    private ProgressIndicator loadingProgress;
    @FXML
    private HBox examples;
    @FXML
    private Button loadExamples;
    @FXML
    private HBox examplesProgress;
    @FXML
    private Label notice;
    @FXML
    private HBox lists;
    @FXML
    private VBox meetingList;
    @FXML
    private VBox changeList;

    public OverviewController(OverviewViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        for (int i = 0; i < COLUMNS; i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100.0 / COLUMNS);
            column.setHgrow(Priority.ALWAYS);
            tiles.getColumnConstraints().add(column);
        }
        viewModel.tiles().addListener((ListChangeListener<Tile>) change -> rebuild());
        rebuild();

        loading.visibleProperty().bind(viewModel.loadedProperty().not());
        loading.managedProperty().bind(loading.visibleProperty());
        loadingText.textProperty().bind(viewModel.loadingTextBinding());
        loadingProgress.visibleProperty().bind(viewModel.failedBinding().not());
        loadingProgress.managedProperty().bind(loadingProgress.visibleProperty());
        tiles.visibleProperty().bind(viewModel.loadedProperty());
        tiles.managedProperty().bind(tiles.visibleProperty());
        examples.visibleProperty().bind(viewModel.offerExamplesBinding());
        examples.managedProperty().bind(examples.visibleProperty());
        loadExamples.disableProperty().bind(viewModel.loadingExamplesProperty());
        examplesProgress.visibleProperty().bind(viewModel.loadingExamplesProperty());
        notice.textProperty().bind(viewModel.noticeProperty());
        notice.visibleProperty().bind(viewModel.noticeProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());

        lists.visibleProperty().bind(viewModel.loadedProperty());
        lists.managedProperty().bind(lists.visibleProperty());
        viewModel.meetings().addListener((ListChangeListener<Entry>) change ->
                fill(meetingList, viewModel.meetings(), messages.get("overview.meetings.empty")));
        viewModel.changes().addListener((ListChangeListener<Entry>) change ->
                fill(changeList, viewModel.changes(), messages.get("overview.changes.empty")));
        fill(meetingList, viewModel.meetings(), messages.get("overview.meetings.empty"));
        fill(changeList, viewModel.changes(), messages.get("overview.changes.empty"));
    }

    private void fill(VBox list, List<Entry> entries, String empty) {
        list.getChildren().clear();
        if (entries.isEmpty()) {
            Label none = new Label(empty);
            none.getStyleClass().add("recent-empty");
            none.setWrapText(true);
            list.getChildren().add(none);
            return;
        }
        for (Entry entry : entries) {
            Label when = new Label(entry.when());
            when.getStyleClass().add("recent-when");
            when.setMinWidth(Region.USE_PREF_SIZE);
            Label title = new Label(entry.title());
            title.getStyleClass().add("recent-title");
            title.setMinWidth(0);
            Label detail = new Label(entry.detail());
            detail.getStyleClass().add("recent-detail");
            detail.setMinWidth(0);
            VBox text = new VBox(1, title, detail);
            text.setMinWidth(0);
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox line = new HBox(12, when, text);
            line.setAlignment(Pos.TOP_LEFT);
            line.setMinWidth(0);
            Button button = new Button();
            button.getStyleClass().add("recent-entry");
            button.setGraphic(line);
            button.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setMnemonicParsing(false);
            button.setAccessibleText(entry.when() + ", " + entry.title());
            line.prefWidthProperty().bind(button.widthProperty().subtract(20));
            line.maxWidthProperty().bind(line.prefWidthProperty());
            button.setTooltip(new Tooltip(entry.title()));
            button.setOnAction(event -> viewModel.open(entry));
            list.getChildren().add(button);
        }
    }

    @FXML
    private void loadExamples() {
        viewModel.loadExamples();
    }

    private void rebuild() {
        tiles.getChildren().clear();
        int index = 0;
        for (Tile tile : viewModel.tiles()) {
            tiles.add(tile(tile), index % COLUMNS, index / COLUMNS);
            index++;
        }
    }

    private Button tile(Tile tile) {
        Label count = new Label(Integer.toString(tile.count()));
        count.getStyleClass().add("tile-count");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var icon = Icons.icon(tile.icon(), 30);
        icon.getStyleClass().add("tile-icon");
        HBox top = new HBox(icon, spacer, count);
        top.setAlignment(Pos.CENTER_LEFT);

        Label name = new Label(tile.name());
        name.getStyleClass().add("tile-name");
        name.setWrapText(true);
        name.setMinHeight(Region.USE_PREF_SIZE);
        Label caption = new Label(viewModel.countText(tile.count()));
        caption.getStyleClass().add("tile-caption");
        Region filler = new Region();
        VBox.setVgrow(filler, Priority.ALWAYS);
        VBox body = new VBox(8, top, filler, name, caption);
        body.setFillWidth(true);

        Button button = new Button();
        button.setId("tile-" + tile.code());
        button.getStyleClass().add("theme-tile");
        button.setStyle("-tile-color: " + tile.color() + ";");
        button.setGraphic(body);
        button.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        button.setAccessibleText(tile.name() + ", " + caption.getText());
        button.setMaxWidth(Double.MAX_VALUE);
        button.setMaxHeight(Double.MAX_VALUE);
        body.prefWidthProperty().bind(button.widthProperty().subtract(36));
        body.prefHeightProperty().bind(button.heightProperty().subtract(32));
        Tooltip tooltip = new Tooltip(tile.description());
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);
        button.setTooltip(tooltip);
        button.setOnAction(event -> viewModel.open(tile));
        GridPane.setFillWidth(button, true);
        GridPane.setFillHeight(button, true);
        return button;
    }

    @Override
    public void refresh() {
        viewModel.refresh();
    }
}
