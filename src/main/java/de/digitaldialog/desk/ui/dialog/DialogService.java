package de.digitaldialog.desk.ui.dialog;

import de.digitaldialog.desk.service.Passphrase;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/**
 * Every question the window asks, in one place: confirmations, small forms with a confirm button,
 * a required reason, the unsaved-changes prompt, messages, errors and file choosers. Controllers
 * ask it instead of building dialogs, so every dialog looks alike, belongs to the window it was
 * asked from, and a test can answer it without a window ({@code ScriptedDialogs} in the tests).
 * Only this package creates {@code Alert}, {@code Dialog}, {@code FileChooser} and {@code DirectoryChooser}
 * instances.
 */
public interface DialogService {

    /** A yes/no question; true when the user took the named action. */
    boolean confirm(Window owner, Question question);

    /** A small form (the prompt's content) answered by its confirm button; true when confirmed. */
    boolean ask(Window owner, Prompt prompt);

    /** The same, not waiting: the prompt's {@code onConfirm} does the work (e.g. the first-start dialog). */
    void open(Window owner, Prompt prompt);

    /** A reason the user must give (with an optional choice above it); empty when cancelled. */
    Optional<String> askReason(Window owner, ReasonPrompt prompt);

    /**
     * The passphrase of an encrypted database, in a password field (never shown); {@code problem}
     * (e.g. that the last one was wrong) shows above the field unless it is null. Empty when the
     * user quits instead.
     */
    Optional<Passphrase> askPassphrase(Window owner, String text, String problem);

    /** Before a form with unsaved changes closes: save them, discard them, or stay. */
    Unsaved askUnsaved(Window owner, String title, String text);

    /** A message with a close button. */
    void inform(Window owner, String title, String text);

    /** A failure: the readable message, the details folded away; {@code onClosed} runs when it closes. */
    void showError(Window owner, String header, Throwable error, Runnable onClosed);

    /** Where to save a file; the chosen type's extension is added when the name has none. */
    Optional<Path> saveFile(Window owner, FileRequest request);

    /** Which file to open. */
    Optional<Path> openFile(Window owner, FileRequest request);

    /** Which folder (e.g. for the backups); the chooser starts in {@code initial} when it exists. */
    Optional<Path> chooseFolder(Window owner, String title, Path initial);

    /** The answer to {@link #askUnsaved}. */
    enum Unsaved { SAVE, DISCARD, STAY }
}
