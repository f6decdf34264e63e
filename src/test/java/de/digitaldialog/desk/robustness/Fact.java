package de.digitaldialog.desk.robustness;

import java.util.UUID;

/**
 * What one record must look like after a commit: its kind (INI, SIT, TOP, AUF, PER), id, version
 * ({@link #ANY} when the writer cannot know it before the commit), the meeting a TOP or action item
 * belongs to, and a value that names its content ({@link #GONE} once deleted). Values never hold
 * spaces or semicolons, so a fact is one token of a log line.
 */
record Fact(String kind, UUID id, int version, UUID meeting, String value) {

    static final int ANY = -1;
    static final String GONE = "GONE";

    static Fact gone(String kind, UUID id, UUID meeting) {
        return new Fact(kind, id, ANY, meeting, GONE);
    }

    /** An initiative: its title, status, number of milestones and of history entries. */
    static Fact initiative(UUID id, int version, String title, Object status, int milestones, int history) {
        return new Fact("INI", id, version, null, title + "/" + status + "/" + milestones + "/" + history);
    }

    boolean isGone() {
        return GONE.equals(value);
    }

    /** The same fact without its version: what a pending transaction promises. */
    Fact anyVersion() {
        return new Fact(kind, id, ANY, meeting, value);
    }

    /** Whether {@code observed} (what the database holds, {@code null} for absent) is this fact. */
    boolean matches(Fact observed) {
        if (observed == null) {
            return isGone();
        }
        return value.equals(observed.value) && (version == ANY || version == observed.version);
    }

    String format() {
        return kind + "," + id + "," + version + "," + (meeting == null ? "-" : meeting) + "," + value;
    }

    static Fact parse(String text) {
        String[] parts = text.split(",", 5);
        return new Fact(parts[0], UUID.fromString(parts[1]), Integer.parseInt(parts[2]),
                parts[3].equals("-") ? null : UUID.fromString(parts[3]), parts[4]);
    }
}
