package de.digitaldialog.desk.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * Who created and last changed a row, where it comes from, and its version for optimistic
 * locking. Every row two installations may later merge carries one.
 */
public record Audit(UUID originInstallation, Instant createdAt, String createdBy,
                    Instant updatedAt, String updatedBy, int version) {

    /** The same row as loaded at {@code loadedVersion}: what a deletion from a list checks against. */
    public Audit atVersion(int loadedVersion) {
        return new Audit(originInstallation, createdAt, createdBy, updatedAt, updatedBy, loadedVersion);
    }
}
