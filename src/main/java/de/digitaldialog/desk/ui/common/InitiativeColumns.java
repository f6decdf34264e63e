package de.digitaldialog.desk.ui.common;

import de.digitaldialog.desk.domain.InitiativeStatus;
import de.digitaldialog.desk.domain.InitiativeSummary;
import de.digitaldialog.desk.domain.TrafficLight;
import de.digitaldialog.desk.i18n.Messages;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
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

    public InitiativeColumns(Messages messages, WorkspaceModel model, Appearance appearance) {
        this.messages = messages;
        this.appearance = appearance;
        this.model = model;
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
                dot.getStyleClass().addAll("traffic-light", "traffic-light-" + item.name().toLowerCase(java.util.Locale.ROOT));
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
