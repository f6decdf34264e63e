package de.digitaldialog.desk.domain;

import java.util.UUID;

/**
 * One installation of the program. Its short code goes into human-friendly numbers
 * ({@code INI-BY1-0042}) so they stay unique when two installations merge.
 */
public record Installation(UUID id, String code, boolean local) {

    public static final UUID SYSTEM = new UUID(0, 0);

    public Installation {
        validateCode(code);
    }

    public static void validateCode(String code) {
        if (code == null || !code.matches("[A-Z0-9]{2,8}")) {
            throw new ValidationException("installationCode", "validation.installationCode");
        }
    }
}
