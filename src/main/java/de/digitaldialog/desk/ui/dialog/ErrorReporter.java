package de.digitaldialog.desk.ui.dialog;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where every failure goes: the log (through SLF4J, with the whole trace) and the error dialog.
 * Installed as the default uncaught-exception handler of every thread and as the fallback of
 * background tasks. Shows at most a few dialogs at once, so a failure in a loop cannot flood the
 * screen.
 */
public final class ErrorReporter implements Thread.UncaughtExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorReporter.class);
    private static final int MAX_OPEN_DIALOGS = 3;

    private final ErrorDialog dialogs;
    private final Supplier<Window> owner;
    private final AtomicInteger open = new AtomicInteger();

    public ErrorReporter(ErrorDialog dialogs, Supplier<Window> owner) {
        this.dialogs = dialogs;
        this.owner = owner;
    }

    /** Installs this reporter for all threads, the FX thread included. */
    public void install() {
        Thread.setDefaultUncaughtExceptionHandler(this);
        if (Platform.isFxApplicationThread()) {
            Thread.currentThread().setUncaughtExceptionHandler(this);
        }
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        LOG.error("Uncaught exception on thread {}", thread.getName(), error);
        show(error);
    }

    /** A failure of work the user started: logged and shown. */
    public void report(Throwable error) {
        LOG.error("Operation failed", error);
        show(error);
    }

    private void show(Throwable error) {
        try {
            if (Platform.isFxApplicationThread()) {
                showNow(error);
            } else {
                Platform.runLater(() -> showNow(error));
            }
        } catch (IllegalStateException toolkitGone) {
            LOG.debug("No toolkit to show the error", toolkitGone);
        }
    }

    private void showNow(Throwable error) {
        if (open.get() >= MAX_OPEN_DIALOGS) {
            return;
        }
        open.incrementAndGet();
        try {
            var dialog = dialogs.create(owner.get(), error);
            dialog.setOnHidden(event -> open.decrementAndGet());
            dialog.show();
        } catch (RuntimeException e) {
            open.decrementAndGet();
            LOG.error("Cannot show the error dialog", e);
        }
    }
}
