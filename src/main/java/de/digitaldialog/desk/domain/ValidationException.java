package de.digitaldialog.desk.domain;

/** Input that breaks a rule of the domain; {@code field} names the form field to mark. */
public class ValidationException extends DeskException {

    private final String field;

    public ValidationException(String field, String key, Object... args) {
        super(key, args);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
