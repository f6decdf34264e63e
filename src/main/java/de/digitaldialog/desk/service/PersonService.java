package de.digitaldialog.desk.service;

import de.digitaldialog.desk.domain.DeskException;
import de.digitaldialog.desk.domain.Person;
import de.digitaldialog.desk.domain.PersonFilter;
import de.digitaldialog.desk.domain.ValidationException;
import de.digitaldialog.desk.store.Database;
import de.digitaldialog.desk.store.Store;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Contact persons (Ansprechpartner/innen): create, edit, search. Every person gets a number of
 * this installation ({@code PER-NW1-0001}); a person of a ministry works for that ministry's Land.
 * Persons who left (active until a past day) stay stored but are not offered by {@link #search}.
 */
public final class PersonService {

    static final String NUMBER_KIND = "PER";

    private final Database database;
    private final CurrentUser user;

    public PersonService(Database database, CurrentUser user) {
        this.database = database;
        this.user = user;
    }

    /** Every stored person, active or not, in protocol order (for showing old records). */
    public List<Person> list() {
        return database.read(store -> store.persons().findAll());
    }

    /** The persons a search finds, by name; only those active today unless the filter says otherwise. */
    public List<Person> search(PersonFilter filter) {
        LocalDate today = LocalDate.now(user.clock());
        return database.read(store -> store.persons().search(filter, today));
    }

    /**
     * What a person picker offers: the persons active today whose name matches {@code text}, and
     * those already chosen on the record being edited even if they have left since, so an old
     * meeting still shows its chair.
     */
    public List<Person> offered(String text, Collection<UUID> alreadyChosen) {
        List<Person> active = search(PersonFilter.byName(text));
        List<Person> offered = new ArrayList<>(active);
        for (Person person : list()) {
            if (alreadyChosen.contains(person.id()) && !active.contains(person)) {
                offered.add(person);
            }
        }
        return offered;
    }

    public Person load(UUID id) {
        return database.read(store -> store.persons().findById(id))
                .orElseThrow(() -> new DeskException("error.notFound", id));
    }

    /** Stores a new person under the next number of this installation. */
    public Person create(Person person) {
        if (person.audit() != null) {
            throw new IllegalArgumentException("Person " + person.id() + " is already stored");
        }
        var actor = user.now();
        return database.inTransaction(store -> store.persons().insert(withLand(store, person),
                store.installations().nextNumber(user.installation(), NUMBER_KIND), actor));
    }

    /**
     * Saves an edited person from the version it was loaded at.
     *
     * @throws de.digitaldialog.desk.domain.ConcurrentChangeException when someone saved it meanwhile
     */
    public Person save(Person person) {
        if (person.audit() == null) {
            throw new IllegalArgumentException("Person " + person.id() + " is not stored yet");
        }
        var actor = user.now();
        return database.inTransaction(store -> store.persons().update(withLand(store, person), actor));
    }

    /** The person with the Land of their ministry; a Land that is not the ministry's is refused. */
    private static Person withLand(Store store, Person person) {
        if (person.ministryId() == null) {
            return person;
        }
        UUID land = store.ministries().findById(person.ministryId())
                .orElseThrow(() -> new DeskException("error.notFound", person.ministryId())).landId();
        if (person.landId() != null && !person.landId().equals(land)) {
            throw new ValidationException("landId", "validation.person.ministryOfLand");
        }
        return person.stored(person.number(), land, person.audit());
    }
}
