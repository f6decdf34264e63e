package de.digitaldialog.desk.domain;

import java.time.Instant;
import java.util.UUID;

/** One entry of the Papierkorb: what was deleted together, when and by whom. */
public record Deletion(UUID id, DeletionPreview what, Instant deletedAt, String deletedBy) {
}
