package de.digitaldialog.desk.service;

import de.digitaldialog.desk.domain.Land;
import de.digitaldialog.desk.domain.MeetingFormat;
import de.digitaldialog.desk.domain.Ministry;
import de.digitaldialog.desk.domain.Person;
import de.digitaldialog.desk.domain.ThemeArea;
import de.digitaldialog.desk.store.Database;
import java.util.List;

/** Theme areas, Länder, ministries, persons and meeting formats, as the forms and lists need them. */
public final class ReferenceDataService {

    private final Database database;
    private final PersonService persons;

    public ReferenceDataService(Database database, CurrentUser user) {
        this.database = database;
        this.persons = new PersonService(database, user);
    }

    public List<ThemeArea> themeAreas() {
        return database.read(store -> store.themeAreas().findAll());
    }

    public List<Land> lands() {
        return database.read(store -> store.lands().findAll());
    }

    public List<Ministry> ministries() {
        return database.read(store -> store.ministries().findAll());
    }

    public List<Person> persons() {
        return database.read(store -> store.persons().findAll());
    }

    /** Saves a new contact person under a new number, or an edited one (see {@link PersonService}). */
    public Person savePerson(Person person) {
        return person.audit() == null ? persons.create(person) : persons.save(person);
    }

    public List<MeetingFormat> meetingFormats() {
        return database.read(store -> store.meetingFormats().findAll());
    }
}
