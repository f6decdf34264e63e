package de.digitaldialog.desk.domain;

import java.util.UUID;

/** A decision or joint position taken on an agenda item, optionally about one initiative. */
public record Decision(UUID id, String text, UUID initiativeId, Classification classification,
                       Audit audit) {

    public Decision {
        Validation.requireText("decision.text", text, 20000);
        classification = classification == null ? Classification.OFFEN : classification;
    }
}
