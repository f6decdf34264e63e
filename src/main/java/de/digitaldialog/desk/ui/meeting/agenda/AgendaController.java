package de.digitaldialog.desk.ui.meeting.agenda;

import de.digitaldialog.desk.domain.AgendaItem;
import de.digitaldialog.desk.domain.Classification;
import de.digitaldialog.desk.domain.DeletionKind;
import de.digitaldialog.desk.domain.Meeting;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.ui.common.Icons;
import de.digitaldialog.desk.ui.dialog.DialogService;
import de.digitaldialog.desk.ui.dialog.Question;
import de.digitaldialog.desk.ui.trash.DeletionFlow;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The agenda tab of a meeting: the TOP list on the left (Alt+↑/↓ or a drag moves, Alt+→/← nests, Delete
 * removes, Insert adds), the selected TOP's editor ({@link TopEditorController}) and, from the
 * meeting's start on, its minutes ({@link MinutesController}).
 */
public final class AgendaController {

    private static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");
    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);

    private final AgendaViewModel viewModel;
    private final Messages messages;
    private final DialogService dialogs;
    private final DeletionFlow deletion;

    @FXML
    private SplitPane root;
    @FXML
    private ListView<AgendaItem> agendaList;
    @FXML
    private Label timeLabel;
    @FXML
    private Button addButton;
    @FXML
    private Button upButton;
    @FXML
    private Button downButton;
    @FXML
    private Button indentButton;
    @FXML
    private Button outdentButton;
    @FXML
    private Button removeButton;
    @FXML
    private VBox detail;
    @FXML
    private Label problem;
    @FXML
    private Label detailHeading;
    @FXML
    private Button saveButton;
    @FXML
    private TopEditorController topEditorController;
    @FXML
    private MinutesController minutesController;

    private boolean reverting;
    /** The TOP being dragged to another place in the list, while a drag lasts. */
    private AgendaItem dragged;

    public AgendaController(AgendaViewModel viewModel, Messages messages, DialogService dialogs,
                            DeletionFlow deletion) {
        this.viewModel = viewModel;
        this.deletion = deletion;
        this.messages = messages;
        this.dialogs = dialogs;
    }

    /** Shows the agenda of this meeting; called again when the meeting was saved or changed status. */
    public void show(Meeting meeting) {
        viewModel.show(meeting);
    }

    @FXML
    private void initialize() {
        root.getStylesheets().add(AgendaController.class.getResource("agenda.css").toExternalForm());
        TopListViewModel list = viewModel.list();
        TopEditorViewModel editor = viewModel.editor();
        agendaList.setItems(list.items());
        agendaList.setCellFactory(cells -> new AgendaCell());
        agendaList.getSelectionModel().selectedItemProperty().addListener((observable, was, now) -> selected(was, now));
        agendaList.addEventFilter(KeyEvent.KEY_PRESSED, this::listKeys);
        timeLabel.textProperty().bind(list.timeText());
        list.overrun().addListener((observable, was, over) -> overrunStyle(over));
        var none = agendaList.getSelectionModel().selectedItemProperty().isNull().or(viewModel.busyProperty());
        addButton.disableProperty().bind(viewModel.meetingProperty().isNull().or(viewModel.busyProperty()));
        upButton.disableProperty().bind(none);
        downButton.disableProperty().bind(none);
        indentButton.disableProperty().bind(none.or(list.numbersFrozen()));
        outdentButton.disableProperty().bind(none.or(list.numbersFrozen()));
        removeButton.disableProperty().bind(none);

        detail.disableProperty().bind(editor.hasDraftProperty().not());
        problem.textProperty().bind(viewModel.problemProperty());
        problem.visibleProperty().bind(viewModel.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        detailHeading.textProperty().bind(Bindings.createStringBinding(() -> {
            AgendaItem item = editor.editingProperty().get();
            if (item == null) {
                return messages.get("agenda.none");
            }
            return item.number() == null ? messages.get("agenda.newHeading") : messages.get("agenda.heading",
                    item.number());
        }, editor.editingProperty()));
        saveButton.disableProperty().bind(viewModel.busyProperty().or(editor.dirtyProperty().not()));
        topEditorController.bind(viewModel);
        minutesController.bind(viewModel);

        root.sceneProperty().addListener((observable, was, scene) -> {
            if (scene != null) {
                scene.getAccelerators().putIfAbsent(SAVE, this::save);
            }
        });
    }

    private void overrunStyle(boolean over) {
        timeLabel.getStyleClass().remove("agenda-overrun");
        timeLabel.setGraphic(over ? Icons.icon("mdi2c-clock-alert-outline", 16) : null);
        if (over) {
            timeLabel.getStyleClass().add("agenda-overrun");
        }
    }

    /** A change of selection with unsaved edits asks first; "Abbrechen" keeps the TOP shown. */
    private void selected(AgendaItem was, AgendaItem now) {
        if (reverting || now == null) {
            return;
        }
        if (viewModel.editor().dirtyProperty().get() && !confirmDiscard()) {
            reverting = true;
            Platform.runLater(() -> {
                agendaList.getSelectionModel().select(was);
                reverting = false;
            });
            return;
        }
        viewModel.edit(now);
    }

    /** Before the meeting's window closes: true when no TOP edit is pending or the user drops it. */
    public boolean confirmLeave() {
        return !viewModel.editor().dirtyProperty().get() || confirmDiscard();
    }

    private boolean confirmDiscard() {
        return dialogs.confirm(root.getScene().getWindow(), Question.of("agendaDiscard",
                messages.get("agenda.discard.text"), messages.get("agenda.discard")));
    }

    private void listKeys(KeyEvent event) {
        AgendaItem item = agendaList.getSelectionModel().getSelectedItem();
        if (event.isAltDown() && item != null) {
            switch (event.getCode()) {
                case UP -> viewModel.list().move(item, -1);
                case DOWN -> viewModel.list().move(item, 1);
                case RIGHT -> viewModel.list().setSubItem(item, true);
                case LEFT -> viewModel.list().setSubItem(item, false);
                default -> {
                    return;
                }
            }
            event.consume();
        } else if (event.getCode() == KeyCode.DELETE && item != null) {
            event.consume();
            remove();
        } else if (event.getCode() == KeyCode.INSERT) {
            event.consume();
            add();
        } else if (event.getCode() == KeyCode.ENTER && item != null) {
            event.consume();
            topEditorController.focusTitle(false);
        }
    }

    @FXML
    private void add() {
        if (viewModel.editor().dirtyProperty().get() && !confirmDiscard()) {
            return;
        }
        agendaList.getSelectionModel().clearSelection();
        viewModel.newItem();
        topEditorController.focusTitle(true);
    }

    @FXML
    private void up() {
        viewModel.list().move(agendaList.getSelectionModel().getSelectedItem(), -1);
    }

    @FXML
    private void down() {
        viewModel.list().move(agendaList.getSelectionModel().getSelectedItem(), 1);
    }

    @FXML
    private void indent() {
        viewModel.list().setSubItem(agendaList.getSelectionModel().getSelectedItem(), true);
    }

    @FXML
    private void outdent() {
        viewModel.list().setSubItem(agendaList.getSelectionModel().getSelectedItem(), false);
    }

    @FXML
    private void remove() {
        AgendaItem item = agendaList.getSelectionModel().getSelectedItem();
        if (item != null) {
            deletion.confirm(root.getScene().getWindow(), DeletionKind.AGENDA_ITEM, item.id(),
                    () -> viewModel.remove(item));
        }
    }

    @FXML
    private void save() {
        viewModel.save();
    }

    /**
     * "2.1  Title", indented for sub-items, with the planned minutes and a mark for missing input;
     * a TOP dragged onto another takes its place.
     */
    private final class AgendaCell extends ListCell<AgendaItem> {

        AgendaCell() {
            setOnDragDetected(event -> {
                if (getItem() != null && !viewModel.busyProperty().get()) {
                    dragged = getItem();
                    ClipboardContent content = new ClipboardContent();
                    content.putString(getItem().number());
                    startDragAndDrop(TransferMode.MOVE).setContent(content);
                    event.consume();
                }
            });
            setOnDragOver(event -> {
                if (dropsHere()) {
                    event.acceptTransferModes(TransferMode.MOVE);
                }
                event.consume();
            });
            setOnDragEntered(event -> pseudoClassStateChanged(DROP_TARGET, dropsHere()));
            setOnDragExited(event -> pseudoClassStateChanged(DROP_TARGET, false));
            setOnDragDropped(event -> {
                boolean dropped = dropsHere();
                if (dropped) {
                    viewModel.list().moveTo(dragged, getItem());
                }
                event.setDropCompleted(dropped);
                event.consume();
            });
            setOnDragDone(event -> dragged = null);
        }

        private boolean dropsHere() {
            return dragged != null && getItem() != null && !dragged.equals(getItem());
        }
        @Override
        protected void updateItem(AgendaItem item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().remove("agenda-sub");
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            if (item.number().contains(".")) {
                getStyleClass().add("agenda-sub");
            }
            StringBuilder text = new StringBuilder(messages.get("agenda.cell", item.number(), item.title()));
            if (item.plannedMinutes() != null) {
                text.append(messages.get("agenda.cell.minutes", item.plannedMinutes()));
            }
            if (item.outcome() != null) {
                text.append(" · ").append(messages.label(item.outcome()));
            }
            HBox marks = new HBox(4);
            if (item.classification() == Classification.VS_NFD) {
                marks.getChildren().add(Icons.classified(item.classification()));
            }
            if (viewModel.list().inputMissing(item)) {
                Label missing = new Label(messages.get("agenda.input.missing"),
                        Icons.icon("mdi2a-alert-circle-outline", 14));
                missing.getStyleClass().add("agenda-missing");
                marks.getChildren().add(missing);
            }
            setText(text.toString());
            setGraphic(marks.getChildren().isEmpty() ? null : marks);
            setContentDisplay(ContentDisplay.RIGHT);
        }
    }
}
