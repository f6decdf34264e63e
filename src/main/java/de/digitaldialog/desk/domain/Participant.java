package de.digitaldialog.desk.domain;

import java.util.UUID;

/** Someone taking part in a meeting: a person, a ministry, or a person for a ministry. */
public record Participant(UUID id, UUID personId, UUID ministryId, ParticipantRole role,
                          Audit audit) {

    public Participant {
        if (personId == null && ministryId == null) {
            throw new ValidationException("participant", "validation.participant.empty");
        }
        role = role == null ? ParticipantRole.TEILNAHME : role;
    }
}
