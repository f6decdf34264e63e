package de.digitaldialog.desk.ui.dialog;

import java.util.Objects;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;

/**
 * A step that needs a reason (a status change, a cancellation, a delay): the reason field, and
 * optionally a choice above it (the target status, the traffic light). The confirm button stays
 * disabled until a reason is typed and, with a choice, {@code choiceMissing} is false.
 */
public record ReasonPrompt(String id, String title, String header, String choiceLabel, Node choice,
                           ObservableBooleanValue choiceMissing, String reasonLabel, String confirm) {

    public ReasonPrompt {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(reasonLabel, "reasonLabel");
        Objects.requireNonNull(confirm, "confirm");
        if (choice != null) {
            Objects.requireNonNull(choiceMissing, "choiceMissing");
        }
    }

    /** Only the reason. */
    public static ReasonPrompt of(String id, String title, String header, String reasonLabel, String confirm) {
        return new ReasonPrompt(id, title, header, null, null, null, reasonLabel, confirm);
    }

    /** A choice and the reason. */
    public ReasonPrompt withChoice(String label, Node control, ObservableBooleanValue missing) {
        return new ReasonPrompt(id, title, header, label, control, missing, reasonLabel, confirm);
    }
}
