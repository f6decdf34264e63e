package de.digitaldialog.desk.testsupport;

import de.digitaldialog.desk.service.Passphrase;
import de.digitaldialog.desk.ui.dialog.DialogService;
import de.digitaldialog.desk.ui.dialog.FileRequest;
import de.digitaldialog.desk.ui.dialog.Prompt;
import de.digitaldialog.desk.ui.dialog.Question;
import de.digitaldialog.desk.ui.dialog.ReasonPrompt;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.stage.Window;

/**
 * Answers the dialog service's questions from a script, without a window: each question takes the
 * next answer (true/false for confirmations and prompts, the reason text or null for a reason, an
 * {@link DialogService.Unsaved}, the path or null for a file chooser, the passphrase typed or null). A prompt can also be answered
 * by filling its content first ({@link #fill}). An unexpected question fails the test.
 */
public final class ScriptedDialogs implements DialogService {

    private static final Object ERROR_EXPECTED = new Object();

    private final Deque<Optional<Object>> answers = new ArrayDeque<>();
    private final List<String> asked = new ArrayList<>();

    /** The answer to the next question; null stands for "cancelled". */
    public ScriptedDialogs answer(Object answer) {
        answers.add(Optional.ofNullable(answer));
        return this;
    }

    /** The next prompt is answered by filling its content (e.g. typing a name), then confirming. */
    public ScriptedDialogs fill(Consumer<Node> content) {
        return answer(content);
    }

    /** The next dialog is an error message, which the user closes; any other error fails the test. */
    public ScriptedDialogs expectError() {
        return answer(ERROR_EXPECTED);
    }

    /** The titles (or texts) of the questions asked so far, in order. */
    public List<String> asked() {
        return List.copyOf(asked);
    }

    private Optional<Object> next(String question) {
        asked.add(question);
        if (answers.isEmpty()) {
            throw new AssertionError("Unexpected dialog: " + question);
        }
        return answers.remove();
    }

    private boolean yes(String question) {
        return next(question).map(Boolean.TRUE::equals).orElse(false);
    }

    @Override
    public boolean confirm(Window owner, Question question) {
        return yes(question.text());
    }

    @Override
    @SuppressWarnings("unchecked")
    public boolean ask(Window owner, Prompt prompt) {
        Object answer = next(prompt.title()).orElse(null);
        if (answer instanceof Consumer<?> fill) {
            ((Consumer<Node>) fill).accept(prompt.content());
        }
        boolean confirmed = answer instanceof Consumer<?> || Boolean.TRUE.equals(answer);
        if (confirmed && prompt.onConfirm() != null) {
            prompt.onConfirm().accept(() -> { });
        }
        return confirmed;
    }

    @Override
    public void open(Window owner, Prompt prompt) {
        ask(owner, prompt);
    }

    @Override
    public Optional<String> askReason(Window owner, ReasonPrompt prompt) {
        return next(prompt.title()).map(String.class::cast);
    }

    /** Records the problem shown with the prompt (the text when there is none). */
    @Override
    public Optional<Passphrase> askPassphrase(Window owner, String text, String problem) {
        return next(problem != null ? problem : text).map(typed -> Passphrase.of(((String) typed).toCharArray()));
    }

    @Override
    public Unsaved askUnsaved(Window owner, String title, String text) {
        return next(text).map(Unsaved.class::cast).orElse(Unsaved.STAY);
    }

    @Override
    public void inform(Window owner, String title, String text) {
        asked.add(text);
    }

    @Override
    public void showError(Window owner, String header, Throwable error, Runnable onClosed) {
        if (answers.isEmpty() || answers.peek().orElse(null) != ERROR_EXPECTED) {
            throw new AssertionError("Unexpected error dialog", error);
        }
        next(header);
        onClosed.run();
    }

    @Override
    public Optional<Path> saveFile(Window owner, FileRequest request) {
        return next(request.title()).map(Path.class::cast);
    }

    @Override
    public Optional<Path> openFile(Window owner, FileRequest request) {
        return next(request.title()).map(Path.class::cast);
    }

    @Override
    public Optional<Path> chooseFolder(Window owner, String title, Path initial) {
        return next(title).map(Path.class::cast);
    }
}
