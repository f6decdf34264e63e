package de.digitaldialog.desk.domain;

import java.util.Locale;
import java.util.Objects;

/** A name or description kept in German and English, as reference data is. */
public record LocalizedText(String de, String en) {

    public LocalizedText {
        Objects.requireNonNull(de, "de");
    }

    /** The English text where the locale is English and one exists, else the German. */
    public String in(Locale locale) {
        boolean english = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
        return english && en != null && !en.isBlank() ? en : de;
    }
}
