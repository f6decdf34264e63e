package de.digitaldialog.desk.service.briefing;

import java.util.Arrays;
import java.util.List;

/** The three briefing sheets. */
public enum DocumentKind {
    /** A meeting's briefing (Sitzungsmappe with Sprechzettel), by meeting number. */
    MEETING,
    /** A theme area's status report, by theme area code. */
    THEME_AREA,
    /** An initiative's one-pager, by initiative number. */
    INITIATIVE;

    /** The sections this document can hold, in the order it prints them. */
    public List<Section> sections() {
        return Arrays.stream(Section.values()).filter(section -> section.kind() == this).toList();
    }
}
