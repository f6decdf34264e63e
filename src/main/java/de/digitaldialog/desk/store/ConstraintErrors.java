package de.digitaldialog.desk.store;

import de.digitaldialog.desk.domain.DeskException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.exception.DataAccessException;

/**
 * Turns a constraint the database refused into a domain error. Every constraint of the schema
 * is named (ck_, fk_, uq_, pk_); the name becomes the message key {@code constraint.<name>}.
 */
final class ConstraintErrors {

    private static final Pattern NAME = Pattern.compile("\\b((?:CK|FK|UQ|PK)_[A-Z0-9_]+)\\b",
            Pattern.CASE_INSENSITIVE);

    private ConstraintErrors() {
    }

    static RuntimeException translate(DataAccessException e) {
        String state = e.sqlState();
        if (state == null || !state.startsWith("23")) {
            return e;
        }
        Matcher matcher = NAME.matcher(String.valueOf(e.getMessage()));
        if (matcher.find()) {
            return new DeskException(e, "constraint." + matcher.group(1).toLowerCase(Locale.ROOT));
        }
        return new DeskException(e, "error.constraint");
    }
}
