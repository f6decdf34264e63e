package de.digitaldialog.desk.ui.common.form;

import de.digitaldialog.desk.domain.ValidationException;
import de.digitaldialog.desk.domain.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * What a form refuses while it builds its record, collected in one pass: the violations of each
 * part (a milestone row, a participant), of checks the form makes itself (a required reason) and
 * of the record. {@link FormModel#build} hands one to the assembling code and shows them all.
 */
public final class Refusals {

    private final List<Violation> found = new ArrayList<>();

    /** The part as built, or null when the domain refuses it; its violations are kept. */
    public <P> P part(Supplier<P> build) {
        try {
            return build.get();
        } catch (ValidationException refused) {
            found.addAll(refused.violations());
            return null;
        }
    }

    /** Runs a check that throws the domain's {@link ValidationException}; keeps its violations. */
    public void check(Runnable check) {
        part(() -> {
            check.run();
            return null;
        });
    }

    public void add(String field, String key, Object... args) {
        found.add(new Violation(field, key, args));
    }

    public boolean any() {
        return !found.isEmpty();
    }

    public List<Violation> list() {
        return List.copyOf(found);
    }
}
