package de.digitaldialog.desk.domain;

import java.util.regex.Pattern;

/** Checks the records share; each failure names the field and a message key. */
public final class Validation {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private Validation() {
    }

    public static void requireText(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(field, "validation.required");
        }
        if (value.length() > maxLength) {
            throw new ValidationException(field, "validation.tooLong", maxLength);
        }
    }

    public static void requireEmailOrEmpty(String field, String value) {
        if (value != null && !value.isBlank() && !EMAIL.matcher(value.strip()).matches()) {
            throw new ValidationException(field, "validation.email");
        }
    }
}
