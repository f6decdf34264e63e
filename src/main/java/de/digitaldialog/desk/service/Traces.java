package de.digitaldialog.desk.service;

import de.digitaldialog.desk.domain.DeskException;
import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Stack traces without the exceptions' messages, for the log and an error's details: H2's and
 * jOOQ's messages quote SQL with its bound values (titles, names, e-mail addresses) and storage
 * internals. What is left still finds the fault: classes, frames, causes, SQL state and error
 * code, and the message key of a {@link DeskException}.
 */
public final class Traces {

    private Traces() {
    }

    /** The trace of {@code error} laid out as {@link Throwable#printStackTrace()} does, each line ending in a newline. */
    public static String withoutMessages(Throwable error) {
        StringBuilder out = new StringBuilder();
        append(out, error, "", "", new StackTraceElement[0], Collections.newSetFromMap(new IdentityHashMap<>()));
        return out.toString();
    }

    private static void append(StringBuilder out, Throwable error, String caption, String indent,
                               StackTraceElement[] enclosing, Set<Throwable> seen) {
        out.append(indent).append(caption);
        if (!seen.add(error)) {
            out.append("[circular reference: ").append(name(error)).append("]\n");
            return;
        }
        out.append(name(error)).append('\n');
        StackTraceElement[] frames = error.getStackTrace();
        int common = inCommon(frames, enclosing);
        for (int i = 0; i < frames.length - common; i++) {
            out.append(indent).append("\tat ").append(frames[i]).append('\n');
        }
        if (common > 0) {
            out.append(indent).append("\t... ").append(common).append(" more\n");
        }
        for (Throwable suppressed : error.getSuppressed()) {
            append(out, suppressed, "Suppressed: ", indent + "\t", frames, seen);
        }
        if (error.getCause() != null) {
            append(out, error.getCause(), "Caused by: ", indent, frames, seen);
        }
    }

    private static String name(Throwable error) {
        String name = error.getClass().getName();
        if (error instanceof DeskException problem) {
            return name + ": " + problem.key();
        }
        if (error instanceof SQLException sql) {
            return name + " [SQL state " + sql.getSQLState() + ", error code " + sql.getErrorCode() + "]";
        }
        return name;
    }

    /** How many frames at the end {@code frames} shares with the trace that encloses it. */
    private static int inCommon(StackTraceElement[] frames, StackTraceElement[] enclosing) {
        int m = frames.length - 1;
        int n = enclosing.length - 1;
        while (m >= 0 && n >= 0 && frames[m].equals(enclosing[n])) {
            m--;
            n--;
        }
        return frames.length - 1 - m;
    }
}
