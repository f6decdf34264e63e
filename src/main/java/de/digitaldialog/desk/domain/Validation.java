package de.digitaldialog.desk.domain;

/** Single checks that throw at once; {@link Violations} collects several before throwing. */
public final class Validation {

    private Validation() {
    }

    public static void requireText(String field, String value, int maxLength) {
        new Violations().requireText(field, value, maxLength).throwIfAny();
    }

    public static void requireEmailOrEmpty(String field, String value) {
        new Violations().requireEmailOrEmpty(field, value).throwIfAny();
    }
}
