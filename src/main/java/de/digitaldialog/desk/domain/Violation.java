package de.digitaldialog.desk.domain;

import java.util.List;

/** One broken rule: the form field to mark, a message key of the bundles and its arguments. */
public record Violation(String field, String key, List<Object> args) {

    public Violation {
        args = List.copyOf(args);
    }

    public Violation(String field, String key, Object... args) {
        this(field, key, List.of(args));
    }
}
