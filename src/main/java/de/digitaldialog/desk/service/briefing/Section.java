package de.digitaldialog.desk.service.briefing;

import java.util.Locale;

/**
 * A part of a briefing sheet that can be chosen before generating. Its {@link #code()} is what
 * the command line's {@code --sections} takes.
 */
public enum Section {
    COVER(DocumentKind.MEETING, "briefing.section.cover"),
    PARTICIPANTS(DocumentKind.MEETING, "briefing.section.participants"),
    AGENDA(DocumentKind.MEETING, "briefing.section.agenda"),
    TOPS(DocumentKind.MEETING, "briefing.section.tops"),

    INITIATIVES(DocumentKind.THEME_AREA, "briefing.section.initiatives"),
    OVERDUE(DocumentKind.THEME_AREA, "briefing.section.overdue"),
    DECISIONS(DocumentKind.THEME_AREA, "briefing.section.decisions"),
    MEETINGS(DocumentKind.THEME_AREA, "briefing.section.meetings"),
    BEST_PRACTICES(DocumentKind.THEME_AREA, "briefing.section.bestPractices"),

    PURPOSE(DocumentKind.INITIATIVE, "briefing.section.purpose"),
    MINISTRIES(DocumentKind.INITIATIVE, "briefing.section.ministries"),
    STATUS(DocumentKind.INITIATIVE, "briefing.section.status"),
    MILESTONES(DocumentKind.INITIATIVE, "briefing.section.milestones"),
    LINKED_DECISIONS(DocumentKind.INITIATIVE, "briefing.section.linkedDecisions"),
    ACTION_ITEMS(DocumentKind.INITIATIVE, "briefing.section.actionItems");

    private final DocumentKind kind;
    private final String key;

    Section(DocumentKind kind, String key) {
        this.kind = kind;
        this.key = key;
    }

    public DocumentKind kind() {
        return kind;
    }

    /** "cover", "linked-decisions" … */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The bundle key of its heading and its label in the options pane. */
    public String key() {
        return key;
    }
}
