package de.digitaldialog.desk.domain;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A kind of meeting (Format) from the editable list, e.g. a joint cabinet session. Formats are
 * retired ({@code active = false}), not deleted, because old meetings use them.
 */
public record MeetingFormat(UUID id, String code, LocalizedText name, String color, int sortOrder,
                            boolean active, Audit audit) {

    public static final int NAME_MAX = 200;
    private static final Pattern COLOR = Pattern.compile("#[0-9A-Fa-f]{6}");

    public MeetingFormat {
        new Violations()
                .requireText("nameDe", name == null ? null : name.de(), NAME_MAX)
                .requireText("nameEn", name == null ? null : name.en(), NAME_MAX)
                .check(color != null && COLOR.matcher(color).matches(), "color", "validation.color")
                .throwIfAny();
    }

    public MeetingFormat withAudit(Audit newAudit) {
        return new MeetingFormat(id, code, name, color, sortOrder, active, newAudit);
    }

    /** The same format switched on or off (retired). */
    public MeetingFormat withActive(boolean newActive) {
        return new MeetingFormat(id, code, name, color, sortOrder, newActive, audit);
    }
}
