package de.digitaldialog.desk.ui.recovery;

import de.digitaldialog.desk.domain.DatabaseDamagedException;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.service.BackupService.Backup;
import de.digitaldialog.desk.service.RestoreService.Restored;
import de.digitaldialog.desk.ui.common.BackgroundTask;
import de.digitaldialog.desk.ui.common.Formats;
import de.digitaldialog.desk.ui.common.TaskExecutor;
import de.digitaldialog.desk.ui.dialog.DialogService;
import de.digitaldialog.desk.ui.dialog.FileRequest;
import de.digitaldialog.desk.ui.dialog.Question;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.stage.Window;

/**
 * The data folder's database is damaged: the window says so once and offers the newest backup
 * (or, when the backup folder holds none, a backup the user picks) instead of opening an empty
 * Desk. Restoring needs the workspace, so the composition root hands in how; this flow asks, runs
 * it in the background and, when it fails, says why and asks again.
 */
public final class DamagedDatabaseFlow {

    private final Messages messages;
    private final TaskExecutor executor;
    private final DialogService dialogs;

    public DamagedDatabaseFlow(Messages messages, TaskExecutor executor, DialogService dialogs) {
        this.messages = messages;
        this.executor = executor;
        this.dialogs = dialogs;
    }

    /**
     * Lists the backups in the background (the folder may be a slow network drive), then asks which
     * one to put back, or to quit.
     *
     * @param backups  lists the backups of the data folder's backup folder, newest first
     * @param restore  puts a backup in place and opens the folder again (runs off the FX thread)
     * @param restored gets what {@code restore} returned, on the FX thread
     * @param quit     runs when the user does not restore
     */
    public <T> void offer(Window owner, DatabaseDamagedException problem, Supplier<List<Backup>> backups,
                          Function<Path, T> restore, Consumer<T> restored, Runnable quit) {
        Consumer<List<Backup>> ask = found -> {
            Optional<Path> chosen = found.isEmpty() ? pick(owner, problem) : newest(owner, problem, found.get(0));
            chosen.ifPresentOrElse(backup -> BackgroundTask.wrap(() -> restore.apply(backup))
                    .onSuccess(restored)
                    .onFailure(error -> dialogs.showError(owner, messages.get("damaged.restoreFailed"), error,
                            () -> offer(owner, problem, backups, restore, restored, quit)))
                    .executeWith(executor), quit);
        };
        // a backup folder that cannot be read holds no backup to offer: the user may pick one elsewhere
        BackgroundTask.wrap(backups::get)
                .onSuccess(ask)
                .onFailure(error -> ask.accept(List.of()))
                .executeWith(executor);
    }

    /** Says what was put back and where the damaged file is kept (it is never deleted). */
    public void restored(Window owner, Restored restored) {
        dialogs.inform(owner, messages.get("damaged.restored.title"), messages.get("damaged.restored",
                restored.file(), restored.initiatives(), restored.meetings(), restored.previous()));
    }

    /** The window's words, without the command-line advice the error's own message ends with. */
    private Question question(DatabaseDamagedException problem, String text, String confirmKey) {
        return new Question("damagedDatabase", messages.get("damaged.title"),
                messages.get("damaged.header", problem.folder()), text, messages.get(confirmKey))
                .cancelledBy(messages.get("damaged.quit"));
    }

    private Optional<Path> newest(Window owner, DatabaseDamagedException problem, Backup newest) {
        String text = messages.get("damaged.newest", Formats.of(messages.locale()).dateTime(newest.time()),
                newest.file());
        return dialogs.confirm(owner, question(problem, text, "damaged.restoreNewest"))
                ? Optional.of(newest.file()) : Optional.empty();
    }

    private Optional<Path> pick(Window owner, DatabaseDamagedException problem) {
        if (!dialogs.confirm(owner, question(problem, messages.get("damaged.none", problem.folder()), "damaged.pick"))) {
            return Optional.empty();
        }
        return dialogs.openFile(owner, FileRequest.of(messages.get("damaged.pick.title"))
                .ofType(messages.get("damaged.pick.type"), "zip"));
    }
}
