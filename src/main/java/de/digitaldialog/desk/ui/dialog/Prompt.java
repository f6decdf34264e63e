package de.digitaldialog.desk.ui.dialog;

import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;

/**
 * A small form in a dialog: content the caller built (a choice, a check box, a list, a view from
 * FXML), a confirm button labelled with its action and disabled while {@code invalid} holds, and
 * a way back. With {@code onConfirm} the dialog stays open after the confirm button until the
 * work is done and calls the closer it is handed (a refusal then shows inside the dialog).
 * Without a confirm label the dialog only informs and has a close button.
 */
public final class Prompt {

    private final String id;
    private final String title;
    private final Node content;
    private String header;
    private Node graphic;
    private String confirm;
    private String back;
    private ObservableBooleanValue invalid;
    private Consumer<Runnable> onConfirm;
    private Consumer<Runnable> closer;

    private Prompt(String id, String title, Node content) {
        this.id = id;
        this.title = Objects.requireNonNull(title, "title");
        this.content = Objects.requireNonNull(content, "content");
    }

    public static Prompt of(String id, String title, Node content) {
        return new Prompt(id, title, content);
    }

    public Prompt header(String text) {
        this.header = text;
        return this;
    }

    public Prompt graphic(Node icon) {
        this.graphic = icon;
        return this;
    }

    /** The confirm button's label: the action it takes. */
    public Prompt confirm(String label) {
        this.confirm = label;
        return this;
    }

    /** The cancel button's label, when "Abbrechen" is not the right word (e.g. "Zurück", "Später"). */
    public Prompt back(String label) {
        this.back = label;
        return this;
    }

    public Prompt disabledWhile(ObservableBooleanValue condition) {
        this.invalid = condition;
        return this;
    }

    /** Keeps the dialog open after confirm; the work calls the closer when it succeeded. */
    public Prompt onConfirm(Consumer<Runnable> work) {
        this.onConfirm = work;
        return this;
    }

    /** Hands the content a way to close the dialog, e.g. once it deleted what it shows. */
    public Prompt closedBy(Consumer<Runnable> receiver) {
        this.closer = receiver;
        return this;
    }

    public Consumer<Runnable> closer() {
        return closer;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public Node content() {
        return content;
    }

    public String header() {
        return header;
    }

    public Node graphic() {
        return graphic;
    }

    public String confirm() {
        return confirm;
    }

    public String back() {
        return back;
    }

    public ObservableBooleanValue invalid() {
        return invalid;
    }

    public Consumer<Runnable> onConfirm() {
        return onConfirm;
    }
}
