package de.digitaldialog.desk.domain;

import java.time.Instant;

/** A save that lost the race: someone else saved the same object after it was loaded. */
public class ConcurrentChangeException extends DeskException {

    public ConcurrentChangeException(String changedBy, Instant changedAt) {
        super("error.concurrentChange", changedBy, changedAt);
    }
}
