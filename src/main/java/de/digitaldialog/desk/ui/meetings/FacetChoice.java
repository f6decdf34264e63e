package de.digitaldialog.desk.ui.meetings;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;

/**
 * A drop-down bound to one facet of the meeting list: its first entry, "all", is no filter; the
 * other entries follow a source list (formats, Länder …) and keep the choice when it refills.
 */
final class FacetChoice {

    /** One entry; {@code value == null} means "all". */
    record Option<T>(T value, String label) {

        @Override
        public String toString() {
            return label;
        }
    }

    private FacetChoice() {
    }

    static <S, T> void bind(ComboBox<Option<T>> combo, ObjectProperty<T> facet, String all,
                            ObservableList<S> source, Function<S, Option<T>> option) {
        Runnable refill = () -> {
            List<Option<T>> options = new ArrayList<>();
            options.add(new Option<>(null, all));
            source.forEach(item -> options.add(option.apply(item)));
            combo.getItems().setAll(options);
            select(combo, facet.get());
        };
        source.addListener((ListChangeListener<S>) change -> refill.run());
        refill.run();
        combo.valueProperty().addListener((observable, was, chosen) -> {
            T value = chosen == null ? null : chosen.value();
            if (chosen != null && !Objects.equals(facet.get(), value)) {
                facet.set(value);
            }
        });
        facet.addListener((observable, was, value) -> select(combo, value));
    }

    private static <T> void select(ComboBox<Option<T>> combo, T value) {
        combo.setValue(combo.getItems().stream().filter(option -> Objects.equals(option.value(), value))
                .findFirst().orElse(combo.getItems().get(0)));
    }
}
