package de.digitaldialog.desk.ui.actionitem.list;

import de.digitaldialog.desk.ui.actionitem.form.ActionItemEditDialog;
import de.digitaldialog.desk.ui.actionitem.form.ActionItemEditViewModel;
import de.digitaldialog.desk.domain.ActionItemStatus;
import de.digitaldialog.desk.domain.Deadline;
import de.digitaldialog.desk.domain.DeletionKind;
import de.digitaldialog.desk.domain.FollowUp;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.ui.common.Choice;
import de.digitaldialog.desk.ui.common.Formats;
import de.digitaldialog.desk.ui.common.Icons;
import de.digitaldialog.desk.ui.common.Page;
import de.digitaldialog.desk.ui.common.Tables;
import de.digitaldialog.desk.ui.trash.DeletionFlow;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;

/**
 * Binds the Beschlusskontrolle: the filterable list of action items, whose rows open the
 * progress update with Enter or a double-click, and the deadlines of the next 14 days.
 */
public final class ActionItemsController implements Page {

    private static final PseudoClass OVERDUE = PseudoClass.getPseudoClass("overdue");

    private final DeletionFlow deletion;
    private final ActionItemsViewModel viewModel;
    private final ActionItemEditDialog dialog;
    private final Messages messages;
    private final Formats formats;

    @FXML
    private TextField filterText;
    @FXML
    private ComboBox<Choice<UUID>> ministryFilter;
    @FXML
    private ComboBox<Choice<String>> landFilter;
    @FXML
    private ComboBox<Choice<String>> themeAreaFilter;
    @FXML
    private ComboBox<Choice<Set<ActionItemStatus>>> statusFilter;
    @FXML
    private Button resetFilter;
    @FXML
    private Label count;
    @FXML
    private StackPane loadingPane;
    @FXML
    private TableView<FollowUp> items;
    @FXML
    private TableColumn<FollowUp, FollowUp> dueColumn;
    @FXML
    private TableColumn<FollowUp, FollowUp> descriptionColumn;
    @FXML
    private TableColumn<FollowUp, FollowUp> ownerColumn;
    @FXML
    private TableColumn<FollowUp, String> statusColumn;
    @FXML
    private TableColumn<FollowUp, FollowUp> meetingColumn;
    @FXML
    private TableColumn<FollowUp, FollowUp> topColumn;
    @FXML
    private TableColumn<FollowUp, FollowUp> initiativeColumn;
    @FXML
    private Label deadlineCount;
    @FXML
    private TableView<Deadline> deadlines;
    @FXML
    private TableColumn<Deadline, Deadline> deadlineDateColumn;
    @FXML
    private TableColumn<Deadline, Deadline> deadlineKindColumn;
    @FXML
    private TableColumn<Deadline, Deadline> deadlineSubjectColumn;
    @FXML
    private TableColumn<Deadline, String> deadlineOwnerColumn;
    @FXML
    private TableColumn<Deadline, Deadline> deadlineMeetingColumn;
    @FXML
    private TableColumn<Deadline, String> deadlineTopColumn;

    public ActionItemsController(ActionItemsViewModel viewModel, ActionItemEditDialog dialog, Messages messages,
                                 DeletionFlow deletion) {
        this.viewModel = viewModel;
        this.deletion = deletion;
        this.dialog = dialog;
        this.messages = messages;
        this.formats = Formats.of(messages.locale());
    }

    @FXML
    private void initialize() {
        filterText.textProperty().bindBidirectional(viewModel.textProperty());
        facet(ministryFilter, viewModel.ministries(), viewModel.ministryProperty());
        facet(landFilter, viewModel.lands(), viewModel.landProperty());
        facet(themeAreaFilter, viewModel.themeAreas(), viewModel.themeAreaProperty());
        facet(statusFilter, viewModel.statuses(), viewModel.statusProperty());
        resetFilter.setGraphic(Icons.icon("mdi2f-filter-remove-outline", 14));
        count.textProperty().bind(viewModel.countProperty());
        loadingPane.visibleProperty().bind(viewModel.loadingProperty());
        items.getPlaceholder().visibleProperty().bind(viewModel.loadingProperty().not());

        dueColumn(dueColumn, row -> row.item().dueDate(), row -> row.isOverdue(viewModel.today()));
        Tables.row(descriptionColumn, Comparator.comparing(row -> row.item().description(),
                String.CASE_INSENSITIVE_ORDER));
        descriptionColumn.setCellFactory(column -> Tables.cell(row -> row.item().description(),
                row -> Icons.classified(row.classification()), this::descriptionTooltip));
        Tables.row(ownerColumn, Comparator.comparing(FollowUp::owner, String.CASE_INSENSITIVE_ORDER));
        ownerColumn.setCellFactory(column -> Tables.cell(FollowUp::owner, row -> null, FollowUp::owner));
        Tables.text(statusColumn, row -> messages.label(row.item().status()));
        Tables.row(meetingColumn, Comparator.comparing(FollowUp::meetingStartsAt));
        meetingColumn.setCellFactory(column -> Tables.cell(
                row -> row.meetingNumber() + "\n" + formats.date(row.meetingStartsAt().toLocalDate()),
                row -> null, FollowUp::meetingTitle));
        Tables.row(topColumn, Comparator.comparing(FollowUp::agendaTitle, String.CASE_INSENSITIVE_ORDER));
        topColumn.setCellFactory(column -> Tables.cell(
                row -> messages.get("actionItems.top", row.agendaNumber(), row.agendaTitle()),
                row -> null, row -> messages.get("actionItems.top", row.agendaNumber(), row.agendaTitle())));
        Tables.row(initiativeColumn, Comparator.comparing(row -> row.initiativeNumber() == null
                ? "" : row.initiativeNumber()));
        initiativeColumn.setCellFactory(column -> Tables.cell(
                row -> row.initiativeNumber() == null ? "" : row.initiativeNumber(),
                row -> null, row -> row.initiativeTitle() == null ? "" : row.initiativeTitle()));
        Tables.show(items, viewModel.rows());
        viewModel.rows().comparatorProperty().bind(items.comparatorProperty());
        Tables.markRows(items, OVERDUE, row -> row.isOverdue(viewModel.today()));
        Tables.openRows(items, row -> edit(viewModel.edit(row)));
        deletion.offer(items, DeletionKind.ACTION_ITEM, row -> row.item().id(), row -> row.item().audit().version());

        deadlineCount.textProperty().bind(viewModel.deadlineCountProperty());
        dueColumn(deadlineDateColumn, Deadline::date, deadline -> deadline.isOverdue(viewModel.today()));
        Tables.row(deadlineKindColumn, Comparator.comparing(Deadline::kind));
        deadlineKindColumn.setCellFactory(column -> Tables.cell(this::kindLabel, deadline -> Icons.icon(
                deadline.kind() == Deadline.Kind.INPUT ? "mdi2f-file-document-arrow-right-outline"
                        : "mdi2c-clipboard-check-outline", 14), this::kindLabel));
        Tables.row(deadlineSubjectColumn, Comparator.comparing(Deadline::subject, String.CASE_INSENSITIVE_ORDER));
        deadlineSubjectColumn.setCellFactory(column -> Tables.cell(Deadline::subject,
                deadline -> Icons.classified(deadline.classification()), Deadline::subject));
        Tables.text(deadlineOwnerColumn, deadline -> deadline.owner() == null ? "" : deadline.owner());
        Tables.row(deadlineMeetingColumn, Comparator.comparing(Deadline::meetingStartsAt));
        deadlineMeetingColumn.setCellFactory(column -> Tables.cell(
                deadline -> deadline.meetingNumber() + "\n" + formats.date(deadline.meetingStartsAt().toLocalDate()),
                deadline -> null, Deadline::meetingTitle));
        Tables.text(deadlineTopColumn, Deadline::agendaNumber);
        Tables.show(deadlines, viewModel.deadlines());
        Tables.markRows(deadlines, OVERDUE, deadline -> deadline.isOverdue(viewModel.today()));
        Tables.openRows(deadlines, deadline -> viewModel.edit(deadline).ifPresent(this::edit));
    }

    private static <T> void facet(ComboBox<T> box, ObservableList<T> choices, ObjectProperty<T> value) {
        box.setItems(choices);
        box.valueProperty().bindBidirectional(value);
    }

    private String descriptionTooltip(FollowUp row) {
        String reason = row.item().delayReason();
        return reason == null ? row.item().description()
                : row.item().description() + "\n" + messages.get("actionItems.delayReason", reason);
    }

    private String kindLabel(Deadline deadline) {
        return messages.get(deadline.kind() == Deadline.Kind.INPUT ? "deadlines.kind.input" : "deadlines.kind.actionItem");
    }

    /** A date column; an overdue date gets the clock icon, the warning colour and the word "überfällig". */
    private <T> void dueColumn(TableColumn<T, T> column, Function<T, LocalDate> date, Predicate<T> overdue) {
        Tables.row(column, Comparator.comparing(date, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("overdue-cell");
                if (empty || item == null) {
                    setText(null);
                    setGraphic(null);
                    setTooltip(null);
                    return;
                }
                LocalDate day = date.apply(item);
                if (overdue.test(item)) {
                    getStyleClass().add("overdue-cell");
                    setText(messages.get("actionItems.overdue", formats.date(day)));
                    setGraphic(Icons.icon("mdi2c-clock-alert-outline", 14));
                    setTooltip(new Tooltip(getText()));
                } else {
                    setText(day == null ? messages.get("actionItems.noDueDate") : formats.date(day));
                    setGraphic(null);
                    setTooltip(null);
                }
            }
        });
    }

    private void edit(ActionItemEditViewModel editor) {
        dialog.open(items.getScene().getWindow(), editor);
    }

    @FXML
    private void resetFilter() {
        viewModel.clearFilter();
    }

    @Override
    public void refresh() {
        viewModel.refresh();
    }
}
