package de.digitaldialog.desk.domain;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the consistency check of a database found, how much it looked at, and how long it took.
 * Clean means nothing was found; an aborted check always has a finding, so it is never clean.
 */
public record ConsistencyReport(List<ConsistencyFinding> findings, Map<Checked, Long> checked, Duration took) {

    /** The things the check counts as it goes, in the order they are reported. */
    public enum Checked {
        TABLES, ROWS, INDEXES, FOREIGN_KEYS, UNIQUE_KEYS, REFERENCES, COUNTERS, NUMBERS
    }

    public ConsistencyReport {
        findings = List.copyOf(findings);
        Map<Checked, Long> counts = new EnumMap<>(Checked.class);
        for (Checked what : Checked.values()) {
            counts.put(what, checked.getOrDefault(what, 0L));
        }
        checked = Map.copyOf(counts);
    }

    public boolean clean() {
        return findings.isEmpty();
    }

    public long count(Checked what) {
        return checked.get(what);
    }
}
