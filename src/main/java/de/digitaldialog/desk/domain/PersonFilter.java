package de.digitaldialog.desk.domain;

import java.util.UUID;

/**
 * What a person search asks for; every part is optional. {@code text} matches title, first and
 * last name, function and number; {@code email} a part of the address; {@code landId} the
 * person's Land or their ministry's. Persons who are not active today are left out unless
 * {@code includeInactive}.
 */
public record PersonFilter(String text, UUID ministryId, UUID landId, String email, boolean includeInactive) {

    /** Every active person. */
    public static final PersonFilter ACTIVE = new PersonFilter(null, null, null, null, false);

    /** Active persons whose name (or function, or number) contains {@code text}. */
    public static PersonFilter byName(String text) {
        return new PersonFilter(text, null, null, null, false);
    }
}
