package de.digitaldialog.desk.service;

import java.util.Arrays;
import java.util.Locale;

/** Why a backup was written; kept in its sidecar file and shown in Einstellungen → Sicherungen. */
public enum BackupReason {
    START, INTERVAL, MIGRATION, RESTORE, MANUAL,
    /** Before and after the database is encrypted or its passphrase changed. */
    ENCRYPTION,
    /** A backup whose sidecar is missing or unreadable (written by an older Desk, or copied in). */
    UNKNOWN;

    /** The code in the sidecar file: stable, lower case. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static BackupReason ofCode(String code) {
        return Arrays.stream(values()).filter(reason -> reason.code().equals(code)).findFirst().orElse(UNKNOWN);
    }

    /** The message key of its label. */
    public String key() {
        return switch (this) {
            case START -> "backup.reason.start";
            case INTERVAL -> "backup.reason.interval";
            case MIGRATION -> "backup.reason.migration";
            case RESTORE -> "backup.reason.restore";
            case MANUAL -> "backup.reason.manual";
            case ENCRYPTION -> "backup.reason.encryption";
            case UNKNOWN -> "backup.reason.unknown";
        };
    }
}
