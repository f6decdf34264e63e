package de.digitaldialog.desk.service.briefing;

import de.digitaldialog.desk.domain.ActionItem;
import de.digitaldialog.desk.domain.Classification;
import de.digitaldialog.desk.domain.Meeting;
import de.digitaldialog.desk.store.Store;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The effective classification of action items: that of their TOP, which is the higher of its own
 * and its meeting's. Each TOP is looked up once.
 */
final class ActionItemLevels {

    private final Store store;
    private final Map<UUID, Classification> byAgendaItem = new HashMap<>();

    ActionItemLevels(Store store) {
        this.store = store;
    }

    Classification classification(ActionItem item) {
        return byAgendaItem.computeIfAbsent(item.agendaItemId(), id -> store.agendaItems().findById(id)
                .map(top -> top.effectiveClassification(store.meetings().findById(top.meetingId())
                        .map(Meeting::classification).orElse(Classification.OFFEN)))
                .orElse(Classification.OFFEN));
    }
}
