package de.digitaldialog.desk.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * One entry of an initiative's history: who moved its status or arena, when, from what to what,
 * and why. {@code fromValue} is empty only for the entry written when the initiative is created.
 * A {@link Kind#HANDOVER} entry records a ministry that ended handing the initiative over to its
 * successor: from and to are then the two ministries' ids.
 */
public record StatusChange(UUID id, UUID initiativeId, Instant changedAt, String changedBy,
                           String changedByMinistry, Kind kind, String fromValue, String toValue,
                           String reason, UUID decisionId) {

    public enum Kind { STATUS, ARENA, HANDOVER }

    public StatusChange {
        Validation.requireText("reason", reason, 2000);
    }
}
