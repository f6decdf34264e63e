package de.digitaldialog.desk.store;

import de.digitaldialog.desk.domain.DeskException;
import java.sql.SQLException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.h2.api.ErrorCode;
import org.jooq.exception.DataAccessException;

/**
 * Turns a constraint the database refused into a domain error with a named message, never with
 * the database's text (it quotes the refused row). Every constraint of the schema is named (ck_,
 * fk_, uq_, pk_); the name becomes the message key {@code constraint.<name>}, except for the
 * invariants every synchronised table shares, which only a fault of the program breaks.
 */
final class ConstraintErrors {

    private static final Pattern NAME = Pattern.compile("\\b((?:CK|FK|UQ|PK)_[A-Z0-9_]+)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern VERSION = Pattern.compile("ck_.+_version");
    private static final Pattern DELETION = Pattern.compile("ck_.+_(?:tombstone|deletion)|fk_.+_deletion");
    private static final Pattern ORIGIN = Pattern.compile("fk_.+_origin");

    private ConstraintErrors() {
    }

    static RuntimeException translate(DataAccessException e) {
        String state = e.sqlState();
        if (state == null || !state.startsWith("23")) {
            return e;
        }
        if (stillReferenced(e)) {
            return new DeskException(e, "error.constraint.inUse");
        }
        Matcher matcher = NAME.matcher(String.valueOf(e.getMessage()));
        if (matcher.find()) {
            return new DeskException(e, key(matcher.group(1).toLowerCase(Locale.ROOT)));
        }
        return new DeskException(e, "error.constraint");
    }

    /**
     * True when a row still referenced by a foreign key was to be deleted or its key changed: the
     * constraint's name then does not say what went wrong. By H2's code, as PostgreSQL's SQL state
     * 23503 stands for every foreign-key violation.
     */
    private static boolean stillReferenced(DataAccessException e) {
        SQLException cause = e.getCause(SQLException.class);
        return cause != null && cause.getErrorCode() == ErrorCode.REFERENTIAL_INTEGRITY_VIOLATED_CHILD_EXISTS_1;
    }

    /** The message key of the constraint {@code name} (lower case, as the migrations write it). */
    static String key(String name) {
        if (name.startsWith("pk_")) {
            return "constraint.primaryKey";
        }
        if (VERSION.matcher(name).matches()) {
            return "constraint.version";
        }
        if (DELETION.matcher(name).matches()) {
            return "constraint.deletion";
        }
        if (ORIGIN.matcher(name).matches()) {
            return "constraint.origin";
        }
        return "constraint." + name;
    }
}
