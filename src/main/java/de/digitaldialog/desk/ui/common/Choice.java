package de.digitaldialog.desk.ui.common;

import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;

/** One entry of a facet's drop-down; {@code value == null} is "all". */
public record Choice<T>(T value, String label) {

    @Override
    public String toString() {
        return label;
    }

    /**
     * Replaces a facet's choices and keeps what was chosen (a drop-down clears its value when its
     * items change); a choice no longer offered falls back to "all", the first.
     */
    public static <T> void offer(ObservableList<Choice<T>> choices, List<Choice<T>> offered,
                                 ObjectProperty<Choice<T>> facet) {
        T chosen = facet.get() == null ? null : facet.get().value();
        choices.setAll(offered);
        facet.set(offered.stream().filter(choice -> Objects.equals(choice.value(), chosen)).findFirst()
                .orElse(offered.get(0)));
    }
}
