package de.digitaldialog.desk.ui;

import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.workspace.Workspace;
import de.digitaldialog.desk.ui.common.Appearance;
import de.digitaldialog.desk.ui.common.ControllerFactory;
import de.digitaldialog.desk.ui.common.ErrorDialog;
import de.digitaldialog.desk.ui.common.ErrorReporter;
import de.digitaldialog.desk.ui.common.Navigator;
import de.digitaldialog.desk.ui.common.TaskExecutor;
import de.digitaldialog.desk.ui.common.View;
import de.digitaldialog.desk.ui.common.ViewLoader;
import de.digitaldialog.desk.ui.common.WorkspaceModel;
import de.digitaldialog.desk.ui.firststart.FirstStartDialog;
import de.digitaldialog.desk.ui.shell.ShellController;
import de.digitaldialog.desk.ui.shell.ShellViewModel;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The main window, built the same way by the application and by the GUI tests: the shell from
 * FXML with every collaborator wired through one controller factory. It shows at once; the pages
 * fill in when {@link #ready} hands it the opened workspace.
 */
public final class DeskWindow {

    private static final List<Integer> ICON_SIZES = List.of(16, 32, 48, 64, 128, 256, 512);

    private final Stage stage;
    private final Messages messages;
    private final ControllerFactory factory;
    private final WorkspaceModel model;
    private final ShellViewModel shell;
    private final ErrorReporter errors;

    private DeskWindow(Stage stage, Messages messages, ControllerFactory factory, WorkspaceModel model,
                       ShellViewModel shell, ErrorReporter errors) {
        this.stage = stage;
        this.messages = messages;
        this.factory = factory;
        this.model = model;
        this.shell = shell;
        this.errors = errors;
    }

    /** Builds the window on the stage (not yet shown). */
    public static DeskWindow create(Stage stage, Messages messages, TaskExecutor executor, Path folder,
                                    Appearance appearance, ErrorReporter errors) {
        ControllerFactory factory = new ControllerFactory();
        WorkspaceModel model = new WorkspaceModel(executor, folder);
        ShellViewModel shell = new ShellViewModel(messages, model, executor);
        factory.register(Messages.class, messages)
                .register(TaskExecutor.class, executor)
                .register(WorkspaceModel.class, model)
                .register(Appearance.class, appearance)
                .register(ErrorReporter.class, errors)
                .register(ErrorDialog.class, new ErrorDialog(messages))
                .register(ShellViewModel.class, shell)
                .register(Navigator.class, shell)
                .register(ControllerFactory.class, factory)
                .register(ViewLoader.class, new ViewLoader(factory, messages));
        View<ShellController> view = factory.get(ViewLoader.class).load(ShellController.class);

        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double width = Math.min(1280, screen.getWidth() * 0.95);
        double height = Math.min(800, screen.getHeight() * 0.95);
        Scene scene = new Scene(view.root(), width, height);
        scene.getStylesheets().add(ViewLoader.stylesheet());
        stage.setScene(scene);
        stage.setTitle(messages.get("app.name"));
        stage.setMinWidth(Math.min(1024, screen.getWidth()));
        stage.setMinHeight(Math.min(640, screen.getHeight()));
        List<Image> icons = new java.util.ArrayList<>();
        for (int size : ICON_SIZES) {
            var icon = DeskWindow.class.getResource("/de/digitaldialog/desk/icons/desk-" + size + ".png");
            if (icon != null) {
                icons.add(new Image(icon.toExternalForm(), true)); // decoded in the background
            }
        }
        stage.getIcons().setAll(icons);
        return new DeskWindow(stage, messages, factory, model, shell, errors);
    }

    /** The workspace is open: the pages fill in; at first start the profile dialog follows. */
    public void ready(Workspace workspace, WorkspaceModel.Snapshot snapshot, boolean askForProfile) {
        model.ready(workspace, snapshot);
        if (askForProfile && snapshot.profile().isEmpty()) {
            factory.get(FirstStartDialog.class).show(stage);
        }
    }

    /** The workspace could not be opened: say why, then close the window. */
    public void failed(Throwable error) {
        ErrorDialog dialogs = factory.get(ErrorDialog.class);
        model.failed(dialogs.messageOf(error));
        var dialog = dialogs.create(stage, error);
        dialog.setHeaderText(messages.get("error.open.header"));
        dialog.setOnHidden(event -> stage.hide());
        dialog.show();
    }

    public Stage stage() {
        return stage;
    }

    public WorkspaceModel model() {
        return model;
    }

    public ShellViewModel shell() {
        return shell;
    }

    public ControllerFactory factory() {
        return factory;
    }

    public ErrorReporter errors() {
        return errors;
    }
}
