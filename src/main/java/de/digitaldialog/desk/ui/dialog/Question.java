package de.digitaldialog.desk.ui.dialog;

import java.util.Objects;

/**
 * A yes/no question. The confirm button is labelled with its action ("Löschen", "Einladen"), not
 * "OK"; the id lets GUI tests find the dialog and its confirm button ({@code id + "Confirm"}).
 */
public record Question(String id, String title, String header, String text, String confirm, String cancel) {

    public Question {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(confirm, "confirm");
    }

    /** A question whose other answer is the usual "Abbrechen". */
    public Question(String id, String title, String header, String text, String confirm) {
        this(id, title, header, text, confirm, null);
    }

    /** A question without a title line: the text says it all. */
    public static Question of(String id, String text, String confirm) {
        return new Question(id, null, null, text, confirm);
    }

    public Question titled(String newTitle) {
        return new Question(id, newTitle, header, text, confirm, cancel);
    }

    public Question headed(String newHeader) {
        return new Question(id, title, newHeader, text, confirm, cancel);
    }

    /** Labels the other answer with what it does (e.g. "Beenden") instead of "Abbrechen". */
    public Question cancelledBy(String label) {
        return new Question(id, title, header, text, confirm, label);
    }
}
