package de.digitaldialog.desk.ui.unlock;

import de.digitaldialog.desk.domain.DeskException;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.service.Passphrase;
import de.digitaldialog.desk.ui.common.BackgroundTask;
import de.digitaldialog.desk.ui.common.TaskExecutor;
import de.digitaldialog.desk.ui.dialog.DialogService;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.stage.Window;

/**
 * The start of an encrypted data folder: the window shows, asks for the passphrase and opens the
 * folder with it in the background (the status bar shows it working). A wrong passphrase is said
 * in the prompt, which asks again; quitting the prompt ends the start.
 */
public final class Unlock {

    private static final String WRONG = "error.passphrase.wrong";

    private final Window owner;
    private final DialogService dialogs;
    private final Messages messages;
    private final TaskExecutor executor;

    public Unlock(Window owner, DialogService dialogs, Messages messages, TaskExecutor executor) {
        this.owner = owner;
        this.dialogs = dialogs;
        this.messages = messages;
        this.executor = executor;
    }

    /**
     * Asks and opens until the passphrase fits or the user quits.
     *
     * @param opener  opens the folder with the passphrase (off the FX thread)
     * @param opened  gets what the opener returned
     * @param failed  gets any other failure and the passphrase, which it then owns (e.g. to open a backup)
     * @param quit    runs when the user quits the prompt
     */
    public <T> void start(Function<Passphrase, T> opener, Consumer<T> opened, BiConsumer<Throwable, Passphrase> failed,
                          Runnable quit) {
        ask(null, opener, opened, failed, quit);
    }

    private <T> void ask(String problem, Function<Passphrase, T> opener, Consumer<T> opened,
                         BiConsumer<Throwable, Passphrase> failed, Runnable quit) {
        Passphrase typed = dialogs.askPassphrase(owner, messages.get("passphrase.text"), problem).orElse(null);
        if (typed == null) {
            quit.run();
            return;
        }
        BackgroundTask.wrap(() -> opener.apply(typed))
                .withMessage(messages.get("passphrase.opening"))
                .onSuccess(result -> {
                    typed.close();
                    opened.accept(result);
                })
                .onFailure(error -> {
                    if (error instanceof DeskException refused && WRONG.equals(refused.key())) {
                        typed.close();
                        ask(messages.get(WRONG), opener, opened, failed, quit);
                    } else {
                        failed.accept(error, typed);
                    }
                })
                .executeWith(executor);
    }
}
