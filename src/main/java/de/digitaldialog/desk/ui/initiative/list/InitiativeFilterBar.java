package de.digitaldialog.desk.ui.initiative.list;

import de.digitaldialog.desk.domain.Arena;
import de.digitaldialog.desk.domain.InitiativeStatus;
import de.digitaldialog.desk.domain.Land;
import de.digitaldialog.desk.domain.Ministry;
import de.digitaldialog.desk.domain.TrafficLight;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.ui.common.FacetChoice;
import de.digitaldialog.desk.ui.common.FacetChoice.Option;
import de.digitaldialog.desk.ui.common.Icons;
import de.digitaldialog.desk.ui.common.WorkspaceModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;

/**
 * The filter bar above an initiative table: free text (applied as you type), the facets as
 * drop-downs whose first entry means "all", "overdue only", "mine", a reset button and the count.
 * Built in code because the initiative list and each theme area's page share it.
 */
public final class InitiativeFilterBar {

    private InitiativeFilterBar() {
    }

    /** The bar bound to {@code viewModel}; {@code themeAreaFacet} false where the area is fixed (its page). */
    public static FlowPane build(InitiativesViewModel viewModel, Messages messages, WorkspaceModel model,
                                 boolean themeAreaFacet) {
        FlowPane bar = new FlowPane(8, 8);
        bar.getStyleClass().add("initiative-filter-bar");

        TextField text = new TextField();
        text.setId("initiativeFilterText");
        text.setPromptText(messages.get("initiatives.filter.text"));
        text.setTooltip(new Tooltip(messages.get("initiatives.filter.text.tooltip")));
        text.setPrefColumnCount(26);
        text.textProperty().bindBidirectional(viewModel.textProperty());
        bar.getChildren().add(text);

        if (themeAreaFacet) {
            ComboBox<Option<String>> areas = combo("initiativeFilterArea", messages.get("initiatives.filter.allAreas"),
                    viewModel.themeAreaProperty());
            FacetChoice.fill(areas, model.themeAreas(),
                    area -> new Option<>(area.code(), area.name().in(messages.locale())),
                    messages.get("initiatives.filter.allAreas"), viewModel.themeAreaProperty());
            bar.getChildren().add(areas);
        }

        ComboBox<Option<String>> lands = combo("initiativeFilterLand", messages.get("initiatives.filter.allLands"),
                viewModel.landProperty());
        FacetChoice.fill(lands, viewModel.lands(),
                land -> new Option<>(land.code(), land.name().in(messages.locale())),
                messages.get("initiatives.filter.allLands"), viewModel.landProperty());
        bar.getChildren().add(lands);

        ComboBox<Option<String>> ministries = combo("initiativeFilterMinistry",
                messages.get("initiatives.filter.allMinistries"), viewModel.ministryProperty());
        fillMinistries(ministries, viewModel, messages);
        bar.getChildren().add(ministries);

        bar.getChildren().add(enumCombo("initiativeFilterArena", messages.get("initiatives.filter.allArenas"),
                Arena.values(), viewModel.arenaProperty(), messages));
        bar.getChildren().add(enumCombo("initiativeFilterStatus", messages.get("initiatives.filter.allStatuses"),
                InitiativeStatus.values(), viewModel.statusProperty(), messages));
        bar.getChildren().add(enumCombo("initiativeFilterTrafficLight",
                messages.get("initiatives.filter.allTrafficLights"), TrafficLight.values(),
                viewModel.trafficLightProperty(), messages));

        CheckBox overdue = new CheckBox(messages.get("initiatives.filter.overdue"));
        overdue.setId("initiativeFilterOverdue");
        overdue.setGraphic(Icons.icon("mdi2c-clock-alert-outline", 14));
        overdue.selectedProperty().bindBidirectional(viewModel.overdueOnlyProperty());
        CheckBox mine = new CheckBox(messages.get("initiatives.filter.mine"));
        mine.setId("initiativeFilterMine");
        mine.setTooltip(new Tooltip(messages.get("initiatives.filter.mine.tooltip")));
        mine.selectedProperty().bindBidirectional(viewModel.mineProperty());
        mine.disableProperty().bind(model.profileProperty().isNull());
        bar.getChildren().addAll(overdue, mine);

        Button reset = new Button(messages.get("initiatives.filter.reset"), Icons.icon("mdi2f-filter-remove-outline", 14));
        reset.setId("initiativeFilterReset");
        reset.setOnAction(event -> viewModel.clearFilter());
        Label count = new Label();
        count.setId("initiativeFilterCount");
        count.getStyleClass().add("section-count");
        count.textProperty().bind(viewModel.countProperty());
        bar.getChildren().addAll(reset, count);
        return bar;
    }

    private static <T> ComboBox<Option<T>> combo(String id, String all, ObjectProperty<T> facet) {
        ComboBox<Option<T>> combo = new ComboBox<>();
        combo.setId(id);
        combo.setVisibleRowCount(14);
        combo.setPrefWidth(170);
        combo.setMaxWidth(240);
        FacetChoice.bind(combo, all, facet);
        return combo;
    }

    /** Ministries grouped by Land: "StMD – Bayern"; the filter matches lead and participating ones. */
    private static void fillMinistries(ComboBox<Option<String>> combo, InitiativesViewModel viewModel,
                                       Messages messages) {
        Runnable refill = () -> {
            Map<UUID, Land> lands = new HashMap<>();
            viewModel.lands().forEach(land -> lands.put(land.id(), land));
            List<Option<String>> options = new ArrayList<>();
            options.add(new Option<>(null, messages.get("initiatives.filter.allMinistries")));
            List<String> seen = new ArrayList<>();
            viewModel.ministries().stream()
                    .sorted((a, b) -> Integer.compare(sortOrder(lands.get(a.landId())), sortOrder(lands.get(b.landId()))))
                    .forEach((Ministry ministry) -> {
                        if (!seen.contains(ministry.abbreviation())) {
                            seen.add(ministry.abbreviation());
                            Land land = lands.get(ministry.landId());
                            options.add(new Option<>(ministry.abbreviation(), land == null ? ministry.abbreviation()
                                    : ministry.abbreviation() + " – " + land.name().in(messages.locale())));
                        }
                    });
            combo.getItems().setAll(options);
            FacetChoice.select(combo, viewModel.ministryProperty().get());
            if (combo.getValue() == null) {
                combo.getSelectionModel().selectFirst();
            }
        };
        viewModel.ministries().addListener((ListChangeListener<Ministry>) change -> refill.run());
        viewModel.lands().addListener((ListChangeListener<Land>) change -> refill.run());
        refill.run();
    }

    private static int sortOrder(Land land) {
        return land == null ? Integer.MAX_VALUE : land.sortOrder();
    }

    private static <E extends Enum<E>> ComboBox<Option<E>> enumCombo(String id, String all, E[] values,
                                                                      ObjectProperty<E> facet, Messages messages) {
        ComboBox<Option<E>> combo = combo(id, all, facet);
        Arrays.stream(values).forEach(value -> combo.getItems().add(new Option<>(value, messages.label(value))));
        FacetChoice.select(combo, facet.get());
        return combo;
    }
}
