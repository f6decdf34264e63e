package de.digitaldialog.desk.domain;

import java.util.UUID;

/** A German state by its ISO 3166-2 code ({@code DE-BY}), or the federal level ({@code DE}). */
public record Land(UUID id, String code, LocalizedText name, boolean federal, boolean partner,
                   int sortOrder) {

    public static final String BAVARIA = "DE-BY";
    public static final String NORTH_RHINE_WESTPHALIA = "DE-NW";
    public static final String FEDERATION = "DE";
}
