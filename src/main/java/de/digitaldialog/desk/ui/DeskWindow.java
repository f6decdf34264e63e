package de.digitaldialog.desk.ui;

import de.digitaldialog.desk.domain.DatabaseDamagedException;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.service.ActionItemService;
import de.digitaldialog.desk.service.BackupService;
import de.digitaldialog.desk.service.BestPracticeExport;
import de.digitaldialog.desk.service.BestPracticeService;
import de.digitaldialog.desk.service.MinistryService;
import de.digitaldialog.desk.service.PersonService;
import de.digitaldialog.desk.service.CalendarWarnings;
import de.digitaldialog.desk.service.DemoData;
import de.digitaldialog.desk.service.EncryptionService;
import de.digitaldialog.desk.service.InfoService;
import de.digitaldialog.desk.service.InitiativeExport;
import de.digitaldialog.desk.service.InitiativeService;
import de.digitaldialog.desk.service.MeetingCalendarExport;
import de.digitaldialog.desk.service.MeetingFollowUps;
import de.digitaldialog.desk.service.MeetingFormatService;
import de.digitaldialog.desk.service.MeetingService;
import de.digitaldialog.desk.service.Passphrase;
import de.digitaldialog.desk.service.Preferences;
import de.digitaldialog.desk.service.ReferenceDataService;
import de.digitaldialog.desk.service.RestoreService;
import de.digitaldialog.desk.service.SettingsService;
import de.digitaldialog.desk.service.ThemeAreaService;
import de.digitaldialog.desk.service.TrashService;
import de.digitaldialog.desk.service.briefing.BriefingService;
import de.digitaldialog.desk.workspace.Workspace;
import de.digitaldialog.desk.ui.backup.BackupStatus;
import de.digitaldialog.desk.ui.common.Appearance;
import de.digitaldialog.desk.ui.common.ControllerFactory;
import de.digitaldialog.desk.ui.recovery.DamagedDatabaseFlow;
import de.digitaldialog.desk.ui.dialog.ErrorReporter;
import de.digitaldialog.desk.ui.dialog.DialogService;
import de.digitaldialog.desk.ui.dialog.ErrorDialog;
import de.digitaldialog.desk.ui.dialog.FxDialogService;
import de.digitaldialog.desk.ui.common.Navigator;
import de.digitaldialog.desk.ui.common.TaskExecutor;
import de.digitaldialog.desk.ui.common.View;
import de.digitaldialog.desk.ui.common.ViewLoader;
import de.digitaldialog.desk.ui.common.WorkspaceModel;
import de.digitaldialog.desk.ui.firststart.FirstStartDialog;
import de.digitaldialog.desk.ui.shell.ShellController;
import de.digitaldialog.desk.ui.shell.ShellViewModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;
import impl.org.controlsfx.i18n.Localization;

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
        // ControlsFX's texts (the pickers' "Suchen …") follow the UI language, not the machine's
        Localization.setLocale(messages.locale());
        ControllerFactory factory = new ControllerFactory();
        WorkspaceModel model = new WorkspaceModel(executor, folder);
        ShellViewModel shell = new ShellViewModel(messages, model, executor);
        factory.register(Messages.class, messages)
                .register(TaskExecutor.class, executor)
                .register(WorkspaceModel.class, model)
                .register(Appearance.class, appearance)
                .register(ErrorReporter.class, errors)
                .register(ErrorDialog.class, new ErrorDialog(messages))
                .register(DialogService.class, new FxDialogService(messages))
                .register(BackupStatus.class, new BackupStatus(messages))
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
        List<Image> icons = new ArrayList<>();
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
        registerServices(workspace);
        model.ready(snapshot, () -> snapshot(workspace));
        if (askForProfile && snapshot.profile().isEmpty()) {
            factory.get(FirstStartDialog.class).show(stage);
        }
    }

    /** What the window shows first (theme areas, counts, profile); read off the FX thread. */
    public static WorkspaceModel.Snapshot snapshot(Workspace workspace) {
        return WorkspaceModel.Snapshot.read(workspace.referenceData(), workspace.initiatives(), workspace.info(),
                workspace.settings());
    }

    /** The composition root: the services the pages and forms declare in their constructors. */
    private void registerServices(Workspace workspace) {
        factory.register(Preferences.class, workspace.preferences())
                .register(SettingsService.class, workspace.settings())
                .register(ReferenceDataService.class, workspace.referenceData())
                .register(InitiativeService.class, workspace.initiatives())
                .register(MeetingService.class, workspace.meetings())
                .register(ActionItemService.class, workspace.actionItems())
                .register(MeetingFollowUps.class, workspace.followUps())
                .register(MeetingCalendarExport.class, workspace.calendarExport())
                .register(CalendarWarnings.class, workspace.calendarWarnings())
                .register(BestPracticeService.class, workspace.bestPractices())
                .register(BestPracticeExport.class, workspace.bestPracticeExport())
                .register(PersonService.class, workspace.persons())
                .register(TrashService.class, workspace.trash())
                .register(MinistryService.class, workspace.ministries())
                .register(MeetingFormatService.class, workspace.meetingFormats())
                .register(ThemeAreaService.class, workspace.themeAreas())
                .register(InfoService.class, workspace.info())
                .register(BackupService.class, workspace.backups())
                .register(EncryptionService.class, workspace.encryption())
                .register(InitiativeExport.class, workspace.export())
                .register(BriefingService.class, workspace.briefings())
                .register(DemoData.class, workspace.demoData());
    }

    /** The workspace could not be opened: say why, then close the window. */
    public void failed(Throwable error) {
        model.failed(factory.get(ErrorDialog.class).messageOf(error));
        factory.get(DialogService.class).showError(stage, messages.get("error.open.header"), error, stage::hide);
    }

    /**
     * The database is damaged: say so and offer its newest backup instead of an empty Desk. The
     * backup is checked, put in place of the damaged file (kept in {@code damaged/}) and the folder
     * opened on it; the window closes when the user declines.
     *
     * @param passphrase the encrypted folder's ({@link Passphrase#NONE} for an unencrypted one)
     * @param opened gets the workspace opened on the backup, which the caller closes at the end
     */
    public void damaged(DatabaseDamagedException problem, Passphrase passphrase, Consumer<Workspace> opened) {
        model.failed(factory.get(ErrorDialog.class).messageOf(problem));
        Path folder = problem.folder();
        DamagedDatabaseFlow flow = factory.get(DamagedDatabaseFlow.class);
        flow.offer(stage, problem, () -> BackupService.list(Preferences.load(folder).backupFolder()), backup -> recover(folder, backup, passphrase), recovered -> {
            opened.accept(recovered.workspace());
            ready(recovered.workspace(), recovered.snapshot(), false);
            flow.restored(stage, recovered.restored());
        }, stage::hide);
    }

    /** A damaged database replaced by a backup, and the workspace then opened on it. */
    private record Recovered(Workspace workspace, WorkspaceModel.Snapshot snapshot, RestoreService.Restored restored) {
    }

    /** Puts a checked backup in place of the damaged database and opens the folder on it (off the FX thread). */
    private static Recovered recover(Path folder, Path backup, Passphrase passphrase) {
        RestoreService.Restored restored;
        try (RestoreService.Checked checked = RestoreService.check(backup, folder, passphrase)) {
            restored = Workspace.restoreOverDamaged(folder, checked);
        }
        Workspace workspace = Workspace.open(folder, passphrase);
        try {
            return new Recovered(workspace, snapshot(workspace), restored);
        } catch (RuntimeException e) {
            workspace.close();
            throw e;
        }
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

    /** Told about the automatic backups: the status bar and the list of backups show them. */
    public BackupStatus backupStatus() {
        return factory.get(BackupStatus.class);
    }

    public ControllerFactory factory() {
        return factory;
    }

    public ErrorReporter errors() {
        return errors;
    }
}
