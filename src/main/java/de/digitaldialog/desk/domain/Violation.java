package de.digitaldialog.desk.domain;

import java.util.Arrays;
import java.util.List;

/** One broken rule: the field to mark, the message key of the bundles and its arguments. */
public record Violation(String field, String key, List<Object> args) {

    public Violation {
        args = args == null ? List.of() : List.copyOf(args);
    }

    public Violation(String field, String key, Object... args) {
        this(field, key, Arrays.asList(args));
    }

    public Object[] arguments() {
        return args.toArray();
    }
}
