package de.digitaldialog.desk.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * Who created and last changed a row, where it comes from, and its version for optimistic
 * locking. Every row two installations may later merge carries one.
 */
public record Audit(UUID originInstallation, Instant createdAt, String createdBy,
                    Instant updatedAt, String updatedBy, int version) {
}
