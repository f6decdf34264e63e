package de.digitaldialog.desk.domain;

import java.util.EnumSet;
import java.util.Set;

/** The life cycle of a meeting: planned, invited, held, or cancelled with a reason. */
public enum MeetingStatus {
    GEPLANT, EINGELADEN, DURCHGEFUEHRT, ABGESAGT;

    public Set<MeetingStatus> allowedTargets() {
        return switch (this) {
            case GEPLANT -> EnumSet.of(EINGELADEN, ABGESAGT);
            case EINGELADEN -> EnumSet.of(DURCHGEFUEHRT, ABGESAGT);
            case DURCHGEFUEHRT, ABGESAGT -> EnumSet.noneOf(MeetingStatus.class);
        };
    }

    /** From invitation on, TOP numbers are frozen: a TOP added later gets a suffix (3a). */
    public boolean freezesAgendaNumbers() {
        return this != GEPLANT;
    }
}
