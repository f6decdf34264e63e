package de.digitaldialog.desk.ui.common;

import de.digitaldialog.desk.domain.InitiativeStatus;
import de.digitaldialog.desk.domain.InitiativeSummary;
import de.digitaldialog.desk.domain.TrafficLight;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.service.Preferences;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/**
 * The columns an initiative table shows (the theme-area page and the initiative list share them):
 * number, title, status, traffic light, lead ministries, next milestone, last change, theme areas.
 */
public final class InitiativeColumns {

    private final Messages messages;
    private final WorkspaceModel model;
    private final Appearance appearance;
    private final Preferences preferences;
    private final TaskExecutor executor;

    public InitiativeColumns(Messages messages, WorkspaceModel model, Appearance appearance, Preferences preferences,
                             TaskExecutor executor) {
        this.messages = messages;
        this.appearance = appearance;
        this.model = model;
        this.preferences = preferences;
        this.executor = executor;
    }

    /** Offers the table's column menu and remembers the columns the user hid, under {@code key}. */
    public void remember(TableView<InitiativeSummary> table, Map<String, TableColumn<InitiativeSummary, ?>> columns,
                         String key) {
        table.setTableMenuButtonVisible(true);
        boolean[] applying = {true};
        BackgroundTask.wrap(() -> preferences.get(key, ""))
                .onSuccess(stored -> {
                    Set<String> names = names(stored);
                    columns.forEach((name, column) -> column.setVisible(!names.contains(name)));
                })
                .onFinished(() -> applying[0] = false)
                .executeWith(executor);
        columns.values().forEach(column -> column.visibleProperty().addListener((observable, was, visible) -> {
            if (applying[0]) {
                return;
            }
            String value = columns.entrySet().stream().filter(entry -> !entry.getValue().isVisible())
                    .map(Map.Entry::getKey).sorted().collect(Collectors.joining(","));
            BackgroundTask.wrap(() -> preferences.put(key, value)).executeWith(executor);
        }));
    }

    /** The hidden columns' names as stored under {@code key}. */
    public static Set<String> hidden(Preferences preferences, String key) {
        return names(preferences.get(key, ""));
    }

    /** "lead,arena" as the set of column names it stores. */
    private static Set<String> names(String stored) {
        return Arrays.stream(stored.split(",")).map(String::strip)
                .filter(name -> !name.isEmpty()).collect(Collectors.toCollection(HashSet::new));
    }

    public void title(TableColumn<InitiativeSummary, InitiativeSummary> column) {
        Tables.title(column, InitiativeSummary::title, InitiativeSummary::classification, messages);
    }

    public void status(TableColumn<InitiativeSummary, InitiativeStatus> column) {
        column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().status()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(InitiativeStatus item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : messages.label(item));
                setTooltip(empty || item == null ? null : new Tooltip(messages.label(item)));
            }
        });
    }

    public void trafficLight(TableColumn<InitiativeSummary, TrafficLight> column) {
        column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().trafficLight()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(TrafficLight item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                    setGraphic(null);
                    setTooltip(null);
                    return;
                }
                // the colour says it; the word is in the tooltip and for screen readers
                setText(null);
                var dot = Icons.icon("mdi2c-circle", 14);
                dot.getStyleClass().addAll("traffic-light", "traffic-light-" + item.name().toLowerCase(Locale.ROOT));
                setGraphic(dot);
                setTooltip(new Tooltip(messages.label(item)));
                setAccessibleText(messages.label(item));
            }
        });
    }

    public void leadMinistries(TableColumn<InitiativeSummary, String> column) {
        Tables.text(column, row -> String.join(", ", row.leadMinistries()));
    }

    /** The areas as their coloured icons; the names are in the tooltip. */
    public void themeAreas(TableColumn<InitiativeSummary, List<String>> column) {
        column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().themeAreaCodes()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(List<String> codes, boolean empty) {
                super.updateItem(codes, empty);
                setText(null);
                if (empty || codes == null || codes.isEmpty()) {
                    setGraphic(null);
                    setTooltip(null);
                    return;
                }
                HBox icons = new HBox();
                icons.getStyleClass().add("area-icons");
                for (String code : codes) {
                    model.themeAreaByCode(code).ifPresent(area -> icons.getChildren().add(
                            Icons.icon(area.icon(), 16, appearance.readable(area.color()))));
                }
                setGraphic(icons);
                String names = themeAreaNames(codes);
                setTooltip(new Tooltip(names));
                setAccessibleText(names);
            }
        });
    }

    String themeAreaNames(List<String> codes) {
        return codes.stream()
                .map(code -> model.themeAreaByCode(code).map(area -> area.name().in(messages.locale())).orElse(code))
                .collect(Collectors.joining(", "));
    }
}
