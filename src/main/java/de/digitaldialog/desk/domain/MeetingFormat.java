package de.digitaldialog.desk.domain;

import java.util.UUID;

/** A kind of meeting (Format) from the editable list, e.g. a joint cabinet session. */
public record MeetingFormat(UUID id, String code, LocalizedText name, String color, int sortOrder,
                            boolean active, Audit audit) {
}
