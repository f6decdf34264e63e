package de.digitaldialog.desk.service.briefing;

import java.util.Locale;
import java.util.Objects;

/**
 * One briefing sheet to generate: which document, of what (a meeting or initiative number such
 * as {@code SIT-BY1-0001}, or a theme area code such as {@code EGOV}), with which options.
 */
public record BriefingRequest(DocumentKind kind, String reference, BriefingOptions options) {

    public BriefingRequest {
        Objects.requireNonNull(kind, "kind");
        reference = Objects.requireNonNull(reference, "reference").strip();
        Objects.requireNonNull(options, "options");
        if (options.sections().stream().anyMatch(section -> section.kind() != kind)) {
            throw new IllegalArgumentException("Sections " + options.sections() + " do not all belong to " + kind);
        }
    }

    /** A meeting's briefing with every section, VS-NfD left out. */
    public static BriefingRequest meeting(String number, Locale language) {
        return new BriefingRequest(DocumentKind.MEETING, number, BriefingOptions.defaults(DocumentKind.MEETING, language));
    }

    /** A theme area's status report with every section, VS-NfD left out. */
    public static BriefingRequest themeArea(String code, Locale language) {
        return new BriefingRequest(DocumentKind.THEME_AREA, code,
                BriefingOptions.defaults(DocumentKind.THEME_AREA, language));
    }

    /** An initiative's one-pager with every section, VS-NfD left out. */
    public static BriefingRequest initiative(String number, Locale language) {
        return new BriefingRequest(DocumentKind.INITIATIVE, number,
                BriefingOptions.defaults(DocumentKind.INITIATIVE, language));
    }

    public BriefingRequest withOptions(BriefingOptions changed) {
        return new BriefingRequest(kind, reference, changed);
    }
}
