package de.digitaldialog.desk.ui.initiative.list;

import de.digitaldialog.desk.domain.Arena;
import de.digitaldialog.desk.domain.InitiativeSummary;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.ui.common.Formats;
import de.digitaldialog.desk.ui.common.Icons;
import de.digitaldialog.desk.ui.common.Tables;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

/**
 * What the initiative list and the theme-area page add to the shared initiative columns: overdue
 * marks (colour and icon, never colour alone), the arena column, the last change with who made it,
 * and the columns a user has hidden, kept in the data folder's preferences.
 */
public final class InitiativeTables {

    private static final PseudoClass OVERDUE = PseudoClass.getPseudoClass("overdue");

    private InitiativeTables() {
    }

    /** The number, with a clock icon and a tinted row while the initiative is overdue. */
    public static void number(TableColumn<InitiativeSummary, InitiativeSummary> column, Supplier<LocalDate> today,
                              Messages messages) {
        Tables.row(column, Comparator.comparing(InitiativeSummary::number, InitiativeTables::byNumber));
        column.getStyleClass().add("number-column");
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(InitiativeSummary item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                    setGraphic(null);
                    setTooltip(null);
                    return;
                }
                setText(item.number());
                if (item.isOverdue(today.get())) {
                    var icon = Icons.icon("mdi2c-clock-alert-outline", 14);
                    icon.getStyleClass().add("overdue-icon");
                    setGraphic(icon);
                    String why = messages.get("initiatives.overdue");
                    setTooltip(new Tooltip(why));
                    setAccessibleText(item.number() + ", " + why);
                } else {
                    setGraphic(null);
                    setTooltip(null);
                    setAccessibleText(null);
                }
            }
        });
    }

    /** Counter order within an installation: INI-BY1-10000 after INI-BY1-9999. */
    static int byNumber(String a, String b) {
        int prefix = a.substring(0, Math.max(0, a.lastIndexOf('-')))
                .compareTo(b.substring(0, Math.max(0, b.lastIndexOf('-'))));
        if (prefix != 0) {
            return prefix;
        }
        return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
    }

    /** Overdue rows get the {@code :overdue} pseudo-class (a tint; the icon is in the number cell). */
    public static void markOverdueRows(TableView<InitiativeSummary> table, Supplier<LocalDate> today) {
        Tables.markRows(table, OVERDUE, item -> item.isOverdue(today.get()));
    }

    public static void arena(TableColumn<InitiativeSummary, Arena> column, Messages messages) {
        column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().arena()));
        column.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Arena item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : messages.label(item));
                setTooltip(empty || item == null ? null : new Tooltip(messages.label(item)));
            }
        });
    }

    /** The next open milestone with its date; an overdue one in the warning colour with an icon. */
    public static void nextMilestone(TableColumn<InitiativeSummary, InitiativeSummary> column,
                                     Supplier<LocalDate> today, Messages messages) {
        Formats formats = Formats.of(messages.locale());
        Tables.row(column, Comparator.comparing(InitiativeSummary::nextMilestoneDue,
                Comparator.nullsLast(Comparator.<LocalDate>naturalOrder())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(InitiativeSummary item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("overdue-cell");
                if (empty || item == null || item.nextMilestoneTitle() == null) {
                    setText(null);
                    setGraphic(null);
                    setTooltip(null);
                    return;
                }
                String text = item.nextMilestoneDue() == null ? item.nextMilestoneTitle()
                        : messages.get("initiatives.milestone.due", item.nextMilestoneTitle(),
                        formats.date(item.nextMilestoneDue()));
                setText(text);
                if (item.isMilestoneOverdue(today.get())) {
                    getStyleClass().add("overdue-cell");
                    var icon = Icons.icon("mdi2a-alert-circle-outline", 14);
                    icon.getStyleClass().add("overdue-icon");
                    setGraphic(icon);
                    setTooltip(new Tooltip(text + "\n" + messages.get("initiatives.milestone.overdue")));
                } else {
                    setGraphic(null);
                    setTooltip(new Tooltip(text));
                }
            }
        });
    }

    /** When and by whom; the exact time is in the tooltip. */
    public static void lastChange(TableColumn<InitiativeSummary, InitiativeSummary> column, Messages messages) {
        Formats formats = Formats.of(messages.locale());
        Tables.row(column, Comparator.comparing(InitiativeSummary::updatedAt,
                Comparator.nullsFirst(Comparator.<Instant>naturalOrder())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(InitiativeSummary item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null || item.updatedAt() == null) {
                    setText(null);
                    setTooltip(null);
                    return;
                }
                String day = formats.date(item.updatedAt().atZone(Formats.ZONE).toLocalDate());
                setText(item.updatedBy() == null ? day : day + " · " + item.updatedBy());
                String who = item.updatedBy() == null ? "" : "\n" + messages.get("initiatives.changedBy", item.updatedBy());
                setTooltip(new Tooltip(formats.dateTime(item.updatedAt()) + who));
            }
        });
    }
}
