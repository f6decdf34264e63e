package de.digitaldialog.desk.testsupport;

import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.workspace.Workspace;
import de.digitaldialog.desk.ui.DeskWindow;
import de.digitaldialog.desk.ui.common.Appearance;
import de.digitaldialog.desk.ui.common.DirectTaskExecutor;
import de.digitaldialog.desk.ui.dialog.ErrorDialog;
import de.digitaldialog.desk.ui.dialog.DialogService;
import de.digitaldialog.desk.ui.dialog.ErrorReporter;
import java.util.Locale;
import javafx.stage.Stage;

/**
 * The main window on an open workspace for GUI tests: a fresh stage (the toolkit's primary stage
 * would carry one test's state into the next), background work run at once on the FX thread.
 */
public final class TestWindows {

    private TestWindows() {
    }

    /** Builds and shows the window in the language; call it from a TestFX {@code @Start} method. */
    public static Stage show(Workspace workspace, Locale language) {
        return show(workspace, language, null);
    }

    /** As {@link #show(Workspace, Locale)}, with the dialogs answered by {@code dialogs} unless it is null. */
    public static Stage show(Workspace workspace, Locale language, DialogService dialogs) {
        Stage stage = new Stage();
        Messages messages = Messages.of(language);
        Appearance appearance = new Appearance();
        appearance.apply(workspace.preferences().theme());
        ErrorReporter errors = new ErrorReporter(new ErrorDialog(messages), () -> stage);
        DeskWindow window = DeskWindow.create(stage, messages, new DirectTaskExecutor(), workspace.folder(),
                appearance, errors);
        if (dialogs != null) {
            window.factory().register(DialogService.class, dialogs);
        }
        window.ready(workspace, DeskWindow.snapshot(workspace), true);
        stage.show();
        return stage;
    }
}
