package de.digitaldialog.desk.ui.common.form;

import de.digitaldialog.desk.ui.dialog.DialogService;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.stage.Window;

/**
 * The controller side of the form skeleton: before a form window closes with unsaved changes it
 * asks {@link DialogService#askUnsaved} (ids {@code unsavedDialog}, {@code unsavedSave},
 * {@code unsavedDiscard}, {@code unsavedCancel}): save and close once saved, discard and close,
 * or stay. Get it from the controller factory (a constructor parameter {@code CloseGuard guard});
 * the form's Esc and window close call {@link #close}:
 *
 * <pre>{@code
 * public void requestClose() {
 *     guard.close(root, viewModel.isDirty(), messages.get("x.unsaved.title"), messages.get("x.unsaved.text"),
 *             closeAfter -> save(saved -> closeAfter.run()), host::close);
 * }
 * }</pre>
 */
public final class CloseGuard {

    private final DialogService dialogs;

    public CloseGuard(DialogService dialogs) {
        this.dialogs = dialogs;
    }

    /**
     * Closes at once when nothing is unsaved; otherwise asks first.
     *
     * @param form  a node of the form: the question belongs to its window
     * @param save  saves and runs its argument once saved (not when refused or failed)
     * @param close closes the form's window
     */
    public void close(Node form, boolean dirty, String title, String text, Consumer<Runnable> save, Runnable close) {
        if (!dirty) {
            close.run();
            return;
        }
        Window owner = form.getScene() == null ? null : form.getScene().getWindow();
        switch (dialogs.askUnsaved(owner, title, text)) {
            case SAVE -> save.accept(close);
            case DISCARD -> close.run();
            case STAY -> { }
        }
    }
}
