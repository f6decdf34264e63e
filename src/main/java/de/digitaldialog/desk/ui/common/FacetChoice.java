package de.digitaldialog.desk.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;

/**
 * A drop-down bound to one facet of a filtered list (initiatives, meetings): its first entry,
 * "all", is no filter; the other entries may follow a source list (Länder, formats …) and keep
 * the choice when it refills.
 */
public final class FacetChoice {

    /** One entry; {@code value == null} means "all". */
    public record Option<T>(T value, String label) {

        @Override
        public String toString() {
            return label;
        }
    }

    private FacetChoice() {
    }

    /** Puts "all" first and keeps drop-down and facet in step both ways. */
    public static <T> void bind(ComboBox<Option<T>> combo, String all, ObjectProperty<T> facet) {
        combo.getItems().setAll(List.of(new Option<>(null, all)));
        combo.getSelectionModel().selectFirst();
        combo.valueProperty().addListener((observable, was, chosen) -> {
            // a refill passes through no value at all: that is no choice
            if (chosen != null && !Objects.equals(facet.get(), chosen.value())) {
                facet.set(chosen.value());
            }
        });
        facet.addListener((observable, was, value) -> select(combo, value));
    }

    /** Fills the entries after "all" from {@code source}, again whenever it changes. */
    public static <S, T> void fill(ComboBox<Option<T>> combo, ObservableList<S> source,
                                   Function<S, Option<T>> option, String all, ObjectProperty<T> facet) {
        Runnable refill = () -> {
            List<Option<T>> options = new ArrayList<>();
            options.add(new Option<>(null, all));
            source.forEach(item -> options.add(option.apply(item)));
            combo.getItems().setAll(options);
            select(combo, facet.get());
            if (combo.getValue() == null) {
                combo.getSelectionModel().selectFirst();
            }
        };
        source.addListener((ListChangeListener<S>) change -> refill.run());
        refill.run();
    }

    /** Shows the entry of {@code value}; nothing changes when there is none. */
    public static <T> void select(ComboBox<Option<T>> combo, T value) {
        combo.getItems().stream().filter(option -> Objects.equals(option.value(), value)).findFirst()
                .ifPresent(combo::setValue);
    }
}
