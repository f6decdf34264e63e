package de.digitaldialog.desk.domain;

import java.util.List;
import java.util.UUID;

/** One of the eight fixed theme areas (Themenfelder) of the Digitaldialog. */
public record ThemeArea(UUID id, String code, LocalizedText name, LocalizedText description,
                        String color, String icon, int sortOrder, Audit audit) {

    /** The stable codes, in the order the 2019 announcement names the areas. */
    public static final List<String> CODES =
            List.of("KI", "INFRA", "EGOV", "ARBEIT", "BILDUNG", "EHEALTH", "CYBER", "MOBIL");
}
