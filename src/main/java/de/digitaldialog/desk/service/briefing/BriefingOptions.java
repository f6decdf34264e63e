package de.digitaldialog.desk.service.briefing;

import de.digitaldialog.desk.i18n.Messages;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * What a briefing sheet holds and how: the chosen sections, whether VS-NfD items are included
 * on purpose (never by default), the footer line of the user's choice, and the language.
 */
public record BriefingOptions(Set<Section> sections, boolean includeClassified, String footer, Locale language) {

    public static final int FOOTER_MAX = 200;

    public BriefingOptions {
        sections = sections.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(sections));
        footer = footer == null ? "" : footer.strip();
        if (footer.length() > FOOTER_MAX) {
            footer = footer.substring(0, FOOTER_MAX);
        }
        language = Messages.ENGLISH.getLanguage().equals(Objects.requireNonNull(language, "language").getLanguage())
                ? Messages.ENGLISH : Messages.GERMAN;
    }

    /** Every section of the document, VS-NfD left out, no footer line. */
    public static BriefingOptions defaults(DocumentKind kind, Locale language) {
        return new BriefingOptions(Set.copyOf(kind.sections()), false, "", language);
    }

    public boolean has(Section section) {
        return sections.contains(section);
    }

    public BriefingOptions withSections(Set<Section> chosen) {
        return new BriefingOptions(chosen, includeClassified, footer, language);
    }

    public BriefingOptions withIncludeClassified(boolean include) {
        return new BriefingOptions(sections, include, footer, language);
    }

    public BriefingOptions withFooter(String line) {
        return new BriefingOptions(sections, includeClassified, line, language);
    }

    public BriefingOptions withLanguage(Locale chosen) {
        return new BriefingOptions(sections, includeClassified, footer, chosen);
    }
}
