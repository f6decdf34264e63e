package de.digitaldialog.desk.ui.common;

import de.digitaldialog.desk.domain.InitiativeSummary;
import de.digitaldialog.desk.domain.Ministry;
import de.digitaldialog.desk.domain.Person;
import java.util.Locale;

/** How a choice of ministry, person or initiative reads in a drop-down, alike in every form. */
public final class ReferenceLabels {

    private ReferenceLabels() {
    }

    /** "StMD – Staatsministerium für Digitales". */
    public static String ministry(Ministry ministry, Locale locale) {
        return ministry.abbreviation() + " – " + ministry.name().in(locale);
    }

    /** "Dr. Katrin Huber". */
    public static String person(Person person) {
        return person.displayName();
    }

    /** "INI-BY1-0001 Gigabitausbau". */
    public static String initiative(InitiativeSummary initiative) {
        return initiative.number() + " " + initiative.title();
    }
}
