package de.digitaldialog.desk.domain;

import java.time.Instant;
import java.util.UUID;

/** Who writes, from which installation, and when: stamped on every row a use case changes. */
public record Actor(String signature, String ministry, UUID installationId, Instant at) {
}
