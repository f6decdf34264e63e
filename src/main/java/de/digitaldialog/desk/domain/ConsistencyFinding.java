package de.digitaldialog.desk.domain;

import java.util.List;

/**
 * One thing the consistency check found wrong: what kind of problem, in which table, at which
 * record (its id or number; empty when the problem concerns the table as a whole), and the
 * message that describes it, as a key of the message bundles with its arguments.
 */
public record ConsistencyFinding(Kind kind, String table, String record, String key, List<String> args) {

    /** What was checked when the problem turned up. */
    public enum Kind {
        /** The file holds no Desk schema, or a migration is recorded as failed. */
        SCHEMA,
        /** A table or index could not be read, or its entries do not add up (H2's own page check). */
        PAGE,
        /** A row whose parent, named by a foreign key of the schema, is missing. */
        FOREIGN_KEY,
        /** Two rows share a value that a primary or unique key of the schema says is unique. */
        UNIQUE,
        /** A reference the schema does not protect by a foreign key points nowhere. */
        REFERENCE,
        /** Tombstones and deletion groups that do not agree. */
        TOMBSTONE,
        /** A number counter behind the highest number in use: the next number would collide. */
        COUNTER,
        /** A human number used twice or not of the form {@code KIND-CODE-NNNN}. */
        NUMBER,
        /** The check could not go on (the database closed itself after a read error). */
        ABORTED
    }

    public ConsistencyFinding {
        record = record == null ? "" : record;
        args = List.copyOf(args);
    }
}
