package de.digitaldialog.desk.domain;

import java.util.Arrays;
import java.util.Optional;

/** The two partner Länder of the Digitaldialog, whose public holidays the calendar knows. */
public enum PartnerLand {
    BY(Land.BAVARIA), NW(Land.NORTH_RHINE_WESTPHALIA);

    private final String code;

    PartnerLand(String code) {
        this.code = code;
    }

    /** The ISO 3166-2 code, as {@link Land#code()} stores it. */
    public String code() {
        return code;
    }

    /** The partner Land of an ISO 3166-2 code, if it is one. */
    public static Optional<PartnerLand> ofCode(String code) {
        return Arrays.stream(values()).filter(land -> land.code.equals(code)).findFirst();
    }
}
