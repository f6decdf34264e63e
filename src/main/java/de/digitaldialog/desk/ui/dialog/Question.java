package de.digitaldialog.desk.ui.dialog;

import java.util.Objects;

/**
 * A yes/no question. The confirm button is labelled with its action ("Löschen", "Einladen"), not
 * "OK"; the id lets GUI tests find the dialog and its confirm button ({@code id + "Confirm"}).
 */
public record Question(String id, String title, String header, String text, String confirm) {

    public Question {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(confirm, "confirm");
    }

    /** A question without a title line: the text says it all. */
    public static Question of(String id, String text, String confirm) {
        return new Question(id, null, null, text, confirm);
    }

    public Question titled(String newTitle) {
        return new Question(id, newTitle, header, text, confirm);
    }

    public Question headed(String newHeader) {
        return new Question(id, title, newHeader, text, confirm);
    }
}
