package de.digitaldialog.desk.service;

import java.util.List;

/**
 * Something the user should hear about once the data folder is open, e.g. that a backup was put
 * back after an interrupted migration: a message key and its arguments.
 */
public record OpeningNotice(String key, List<Object> args) {

    public OpeningNotice {
        args = List.copyOf(args);
    }

    public Object[] arguments() {
        return args.toArray();
    }
}
