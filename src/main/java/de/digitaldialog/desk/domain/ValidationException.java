package de.digitaldialog.desk.domain;

import java.util.List;

/**
 * Input that breaks rules of the domain: every {@link Violation} found at once. {@link #field()},
 * {@link #key()} and {@link #args()} describe the first of them.
 */
public class ValidationException extends DeskException {

    private final List<Violation> violations;

    public ValidationException(String field, String key, Object... args) {
        this(List.of(new Violation(field, key, args)));
    }

    /** @param violations at least one */
    public ValidationException(List<Violation> violations) {
        super(violations.get(0).key(), violations.get(0).args().toArray());
        this.violations = List.copyOf(violations);
    }

    /** The field of the first violation. */
    public String field() {
        return violations.get(0).field();
    }

    /** All violations, in the order they were found. */
    public List<Violation> violations() {
        return violations;
    }
}
