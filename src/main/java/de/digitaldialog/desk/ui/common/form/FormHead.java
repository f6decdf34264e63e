package de.digitaldialog.desk.ui.common.form;

import de.digitaldialog.desk.ui.common.FormBindings;
import javafx.scene.Node;
import javafx.scene.control.Label;

/**
 * The top of a form, bound alike everywhere: its heading, the problem above it (a refusal that
 * belongs to no field, "meanwhile changed by … at …") and the reload button shown while a save was stale.
 */
public final class FormHead {

    private FormHead() {
    }

    public static void bind(FormModel<?> form, Label heading, Label problem, Node staleBox) {
        heading.textProperty().bind(form.headingProperty());
        FormBindings.message(problem, form.problemProperty());
        staleBox.visibleProperty().bind(form.staleProperty());
        staleBox.managedProperty().bind(staleBox.visibleProperty());
    }
}
