package de.digitaldialog.desk.ui;

import de.digitaldialog.desk.domain.DatabaseDamagedException;
import de.digitaldialog.desk.domain.DeskException;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.service.AutoBackup;
import de.digitaldialog.desk.service.OpeningNotice;
import de.digitaldialog.desk.service.Passphrase;
import de.digitaldialog.desk.service.Preferences;
import de.digitaldialog.desk.workspace.Workspace;
import de.digitaldialog.desk.ui.common.Appearance;
import de.digitaldialog.desk.ui.dialog.DialogService;
import de.digitaldialog.desk.ui.dialog.ErrorDialog;
import de.digitaldialog.desk.ui.dialog.ErrorReporter;
import de.digitaldialog.desk.ui.common.FxTaskExecutor;
import de.digitaldialog.desk.ui.common.WorkspaceModel;
import de.digitaldialog.desk.ui.unlock.Unlock;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JavaFX application. {@link #show} starts opening the data folder on a thread of its own
 * <em>before</em> the toolkit starts, so H2, Flyway and the first queries run while JavaFX comes
 * up; the window shows at once and fills in its counts when the workspace is ready. An encrypted
 * folder waits for its passphrase, which the window asks once it shows.
 */
public final class DeskApplication extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(DeskApplication.class);

    /** The opened workspace together with what the window shows first. */
    private record Opened(Workspace workspace, WorkspaceModel.Snapshot snapshot) {
    }


    /**
     * Handed from {@link #show} to the instance the toolkit creates; there is one per process.
     * {@code opening} ends with null when the user quits at the passphrase prompt.
     */
    private record Launch(Path folder, Preferences preferences, Messages messages,
                          CompletableFuture<Opened> opening, boolean encrypted) {
    }

    private static volatile Launch launch;
    /** The workspace opened on a backup after the first opening found the database damaged. */
    private static volatile Workspace recovered;
    /** The passphrase the folder was unlocked with, kept only to open a backup of a damaged database. */
    private static volatile Passphrase unlockedWith = Passphrase.NONE;

    private FxTaskExecutor executor;
    /** The opening that waits for the passphrase prompt, when the folder is encrypted. */
    private CompletableFuture<Opened> unlocking;
    /** Started once the window shows the workspace; stopped before the workspace closes. */
    private AutoBackup autoBackup;

    /** Milliseconds since the JVM started, for the start-up log lines. */
    static long sinceStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    /** Opens the window on the data folder and returns when it is closed (called by the Launcher). */
    public static void show(Path dataFolder) {
        boolean encrypted = Workspace.encrypted(dataFolder);
        CompletableFuture<Opened> opening = encrypted ? new CompletableFuture<>() : startOpening(dataFolder);
        WarmUp.start();
        Preferences preferences = Preferences.load(dataFolder);
        Messages messages = Messages.of(preferences.language());
        // JavaFX's own texts (text-field context menus) follow the UI language
        Locale.setDefault(messages.locale());
        launch = new Launch(dataFolder, preferences, messages, opening, encrypted);
        try {
            Application.launch(DeskApplication.class);
            closeWhenOpened(opening);
        } finally {
            unlockedWith.close();
        }
    }

    private static CompletableFuture<Opened> startOpening(Path folder) {
        CompletableFuture<Opened> opening = new CompletableFuture<>();
        Thread opener = new Thread(() -> {
            try {
                opening.complete(open(folder, Passphrase.NONE));
            } catch (Throwable e) {
                opening.completeExceptionally(e);
            }
        }, "desk-open");
        opener.setDaemon(true);
        opener.start();
        return opening;
    }

    /** Opens the folder and reads what the window shows first (off the FX thread). */
    private static Opened open(Path folder, Passphrase passphrase) {
        Workspace workspace = Workspace.open(folder, passphrase);
        LOG.info("Workspace {} open {} ms after JVM start", folder, sinceStart());
        try {
            return new Opened(workspace, DeskWindow.snapshot(workspace));
        } catch (RuntimeException | Error e) {
            workspace.close();
            throw e;
        }
    }

    /** After the window: closes the database, or reports why it never opened (exit code 1). */
    private static void closeWhenOpened(CompletableFuture<Opened> opening) {
        Workspace workspace;
        try {
            Opened opened = opening.join();
            if (opened == null) {
                return; // quit at the passphrase prompt
            }
            workspace = opened.workspace();
        } catch (CompletionException e) {
            workspace = recovered;
            if (workspace == null) {
                Throwable cause = e.getCause() != null ? e.getCause() : e;
                if (cause instanceof DeskException problem) {
                    throw problem;
                }
                throw new DeskException(cause, "error.unexpected");
            }
        }
        try {
            workspace.close();
            LOG.info("Workspace closed");
        } catch (RuntimeException e) {
            LOG.error("Closing the workspace failed", e);
        }
    }

    @Override
    public void start(Stage stage) {
        Launch started = launch;
        Appearance appearance = new Appearance();
        appearance.apply(started.preferences().theme());
        ErrorReporter errors = new ErrorReporter(new ErrorDialog(started.messages()), () -> stage);
        errors.install();
        executor = new FxTaskExecutor(errors::report);
        DeskWindow window = DeskWindow.create(stage, started.messages(), executor, started.folder(), appearance, errors);
        boolean probing = StartupProbe.active();
        if (probing) {
            window.model().loadedProperty().addListener((observable, was, loaded) -> {
                if (loaded) {
                    StartupProbe.markAndExit(stage.getScene());
                }
            });
        }
        stage.show();
        LOG.info("Window shown {} ms after JVM start", sinceStart());
        if (started.encrypted()) {
            unlock(stage, window, started);
        }
        started.opening().whenComplete((opened, error) -> Platform.runLater(() -> {
            if (error != null) {
                Throwable cause = error instanceof CompletionException && error.getCause() != null
                        ? error.getCause() : error;
                LOG.error("Cannot open the data folder {}", started.folder(), cause);
                if (cause instanceof DatabaseDamagedException damaged) {
                    window.damaged(damaged, unlockedWith, workspace -> {
                        recovered = workspace;
                        startAutoBackup(window, workspace);
                    });
                } else {
                    window.failed(cause);
                }
            } else if (opened != null && stage.isShowing()) {
                // first what opening did (it waits for the user), then the overview and the profile dialog
                tellOpeningNotices(stage, window, started.messages(), opened.workspace());
                window.ready(opened.workspace(), opened.snapshot(), !probing);
                LOG.info("Overview filled {} ms after JVM start", sinceStart());
                if (!probing) {
                    startAutoBackup(window, opened.workspace());
                }
            }
        }));
    }

    /** Asks for the passphrase until it opens the folder; quitting there closes the window. */
    private void unlock(Stage stage, DeskWindow window, Launch started) {
        CompletableFuture<Opened> opening = started.opening();
        unlocking = opening;
        new Unlock(stage, window.factory().get(DialogService.class), started.messages(), executor).start(
                passphrase -> open(started.folder(), passphrase),
                opening::complete,
                (error, passphrase) -> {
                    unlockedWith = passphrase;
                    opening.completeExceptionally(error);
                },
                () -> {
                    stage.hide();
                    opening.complete(null);
                });
    }

    private void startAutoBackup(DeskWindow window, Workspace workspace) {
        autoBackup = workspace.autoBackup();
        autoBackup.start(window.backupStatus());
    }

    /** What opening the folder did that the user must know, e.g. a backup put back after an interrupted migration. */
    private static void tellOpeningNotices(Stage stage, DeskWindow window, Messages messages, Workspace workspace) {
        DialogService dialogs = window.factory().get(DialogService.class);
        for (OpeningNotice notice : workspace.openingNotices()) {
            dialogs.inform(stage, messages.get("notice.title"), messages.get(notice.key(), notice.arguments()));
        }
    }

    @Override
    public void stop() {
        if (unlocking != null) {
            // the window closed before the passphrase opened the folder: its callbacks never run now
            unlocking.complete(null);
        }
        if (autoBackup != null) {
            autoBackup.close();
        }
        if (executor != null) {
            executor.shutdown();
        }
    }
}
