package de.digitaldialog.desk.ui.common.form;

import de.digitaldialog.desk.ui.common.FormBindings;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;

/** The top of a form window, bound alike in every form built on {@link FormModel}. */
public final class FormHeader {

    private FormHeader() {
    }

    /**
     * The heading, the busy indicator, the problem above the fields (no room while there is
     * none) and the reload offered after a stale save.
     */
    public static void bind(FormModel<?> form, Label heading, ProgressIndicator busy, Label problem, Node staleBox) {
        heading.textProperty().bind(form.headingProperty());
        busy.visibleProperty().bind(form.busyProperty());
        FormBindings.message(problem, form.problemProperty());
        staleBox.visibleProperty().bind(form.staleProperty());
        staleBox.managedProperty().bind(staleBox.visibleProperty());
    }
}
