package de.digitaldialog.desk.domain;

import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

/**
 * A main record and what goes with it when it is deleted: "SIT-BY1-0001 Kabinettssitzung,
 * mit 3 TOPs, 2 Beschlüssen". {@code number} is empty for records without one (TOPs give
 * theirs, action items and attachments have none); only parts with a count above zero are kept.
 */
public record DeletionPreview(DeletionKind kind, UUID recordId, String number, String title,
                              Map<DeletionPart, Integer> counts) {

    public DeletionPreview {
        EnumMap<DeletionPart, Integer> positive = new EnumMap<>(DeletionPart.class);
        counts.forEach((part, count) -> {
            if (count > 0) {
                positive.put(part, count);
            }
        });
        counts = Map.copyOf(positive);
    }

    public int count(DeletionPart part) {
        return counts.getOrDefault(part, 0);
    }
}
