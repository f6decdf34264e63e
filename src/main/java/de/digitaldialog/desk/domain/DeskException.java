package de.digitaldialog.desk.domain;

import java.util.List;

/**
 * An error a person can act on. It carries a message key of the resource bundles and its
 * arguments rather than text, so the window and the command line show it in the UI language.
 * Its own message is the key alone: the arguments may hold titles or names, and an exception's
 * message ends up in logs and traces.
 */
public class DeskException extends RuntimeException {

    private final String key;
    private final List<Object> args;

    public DeskException(String key, Object... args) {
        this(null, key, args);
    }

    public DeskException(Throwable cause, String key, Object... args) {
        super(key, cause);
        this.key = key;
        this.args = List.of(args);
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.toArray();
    }
}
