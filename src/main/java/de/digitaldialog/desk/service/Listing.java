package de.digitaldialog.desk.service;

import de.digitaldialog.desk.domain.Classification;
import de.digitaldialog.desk.domain.Person;
import de.digitaldialog.desk.store.Database;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The lines of {@code desk list}: a number or code and a title per object. */
public final class Listing {

    public enum Kind { INITIATIVES, MEETINGS, THEMES, MINISTRIES, PERSONS, BESTPRACTICES }

    public record Line(String key, String title) {
    }

    private final Database database;

    public Listing(Database database) {
        this.database = database;
    }

    /**
     * The lines of one kind. Initiatives, meetings and best practices classified VS-NfD are left
     * out unless {@code includeClassified}, as in every output. Persons are listed by number, all of
     * them (also those no longer active), by last name.
     */
    public List<Line> lines(Kind kind, Locale locale, boolean includeClassified) {
        return database.read(store -> switch (kind) {
            case INITIATIVES -> store.initiatives().findSummaries(null).stream()
                    .filter(i -> includeClassified || i.classification() == Classification.OFFEN)
                    .map(i -> new Line(i.number(), i.title())).toList();
            case MEETINGS -> store.meetings().findSummaries().stream()
                    .filter(m -> includeClassified || m.classification() == Classification.OFFEN)
                    .map(m -> new Line(m.number(), m.title())).toList();
            case THEMES -> store.themeAreas().findAll().stream()
                    .map(t -> new Line(t.code(), t.name().in(locale))).toList();
            case MINISTRIES -> store.ministries().findAll().stream()
                    .map(m -> new Line(m.abbreviation(), m.name().in(locale))).toList();
            case PERSONS -> store.persons().findAll().stream()
                    .sorted(Comparator.comparing(Person::lastName).thenComparing(Person::number))
                    .map(p -> new Line(p.number(), p.displayName())).toList();
            case BESTPRACTICES -> store.bestPractices().findSummaries().stream()
                    .filter(p -> includeClassified || p.classification() == Classification.OFFEN)
                    .map(p -> new Line(p.number(), p.title()))
                    .sorted(Comparator.comparing(Line::key)).toList();
        });
    }
}
