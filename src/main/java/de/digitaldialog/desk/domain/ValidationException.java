package de.digitaldialog.desk.domain;

import java.util.List;

/**
 * Input that breaks rules of the domain: every broken rule at once, each naming the form field to
 * mark. {@link #field()}, {@link #key()} and {@link #args()} describe the first.
 */
public class ValidationException extends DeskException {

    private final List<Violation> violations;

    public ValidationException(String field, String key, Object... args) {
        this(List.of(new Violation(field, key, args)));
    }

    public ValidationException(List<Violation> violations) {
        super(violations.get(0).key(), violations.get(0).arguments());
        this.violations = List.copyOf(violations);
    }

    public String field() {
        return violations.get(0).field();
    }

    public List<Violation> violations() {
        return violations;
    }
}
