package de.digitaldialog.desk.ui.common.form;

import de.digitaldialog.desk.ui.common.FormBindings;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;

/** The top of a form, bound alike in every form built on {@link FormModel}. */
public final class FormHeader {

    private FormHeader() {
    }

    /**
     * The heading, the problem above the fields (a refusal that belongs to no field, "meanwhile
     * changed by … at …"; no room while there is none) and the reload offered after a stale save.
     */
    public static void bind(FormModel<?> form, Label heading, Label problem, Node staleBox) {
        heading.textProperty().bind(form.headingProperty());
        FormBindings.message(problem, form.problemProperty());
        staleBox.visibleProperty().bind(form.staleProperty());
        staleBox.managedProperty().bind(staleBox.visibleProperty());
    }

    /** As {@link #bind(FormModel, Label, Label, Node)}, with the indicator shown while the form works. */
    public static void bind(FormModel<?> form, Label heading, ProgressIndicator busy, Label problem, Node staleBox) {
        bind(form, heading, problem, staleBox);
        busy.visibleProperty().bind(form.busyProperty());
    }
}
