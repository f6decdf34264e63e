package de.digitaldialog.desk.ui.common;

import de.digitaldialog.desk.domain.Audit;
import de.digitaldialog.desk.i18n.Messages;

/** "zuletzt geändert von … am …" under edited reference data; empty for a row not yet stored. */
public final class LastChange {

    private LastChange() {
    }

    public static String of(Audit audit, Messages messages) {
        return audit == null || audit.updatedAt() == null ? ""
                : messages.get("masterData.changed", audit.updatedBy(),
                Formats.of(messages.locale()).dateTime(audit.updatedAt()));
    }
}
