package de.digitaldialog.desk.ui.meeting.agenda;

import de.digitaldialog.desk.domain.ActionItem;
import de.digitaldialog.desk.domain.InitiativeSummary;
import de.digitaldialog.desk.domain.Ministry;
import de.digitaldialog.desk.domain.Person;
import de.digitaldialog.desk.domain.ThemeArea;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.service.InitiativeService;
import de.digitaldialog.desk.service.ReferenceDataService;
import de.digitaldialog.desk.ui.common.PersonOptions;
import de.digitaldialog.desk.ui.common.ReferenceLabels;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the agenda's fields offer: theme areas, ministries, persons (active ones) and initiatives. Read the first
 * time the tab shows a meeting only: with many initiatives that read is the slow part.
 */
public final class AgendaChoices {

    /** The choices as read in the background. */
    record Read(List<ThemeArea> themeAreas, List<Ministry> ministries, List<Person> persons,
                List<InitiativeSummary> initiatives) {

        static Read from(ReferenceDataService referenceData, InitiativeService initiatives) {
            return new Read(referenceData.themeAreas(), referenceData.ministries(), referenceData.persons(),
                    initiatives.list());
        }
    }

    private final Messages messages;
    private final ObservableList<ThemeArea> themeAreas = FXCollections.observableArrayList();
    private final ObservableList<Ministry> ministries = FXCollections.observableArrayList();
    private final ObservableList<Person> persons = FXCollections.observableArrayList();
    private final Map<UUID, Person> personsById = new HashMap<>();
    private final ObservableList<InitiativeSummary> initiatives = FXCollections.observableArrayList();
    private final Map<UUID, InitiativeSummary> initiativesById = new LinkedHashMap<>();
    private boolean loaded;

    AgendaChoices(Messages messages) {
        this.messages = messages;
    }

    boolean isLoaded() {
        return loaded;
    }

    void loaded(Read read) {
        themeAreas.setAll(read.themeAreas());
        ministries.setAll(read.ministries());
        personsById.clear();
        read.persons().forEach(person -> personsById.put(person.id(), person));
        persons.setAll(PersonOptions.offered(read.persons(), Set.of()));
        initiativesLoaded(read.initiatives());
        loaded = true;
    }

    /** The initiatives read again, e.g. after a decision moved one of them on. */
    void initiativesLoaded(List<InitiativeSummary> list) {
        initiativesById.clear();
        list.forEach(row -> initiativesById.put(row.id(), row));
        initiatives.setAll(list);
    }

    public ObservableList<ThemeArea> themeAreas() {
        return themeAreas;
    }

    public ObservableList<Ministry> ministries() {
        return ministries;
    }

    /** The persons a picker offers: those active today (a TOP keeps naming one who left). */
    public ObservableList<Person> persons() {
        return persons;
    }

    /** A person just created from a picker: offered from now on. */
    public void personCreated(Person person) {
        personsById.put(person.id(), person);
        persons.add(person);
    }

    public ObservableList<InitiativeSummary> initiatives() {
        return initiatives;
    }

    public InitiativeSummary initiative(UUID id) {
        return id == null ? null : initiativesById.get(id);
    }

    ThemeArea themeArea(UUID id) {
        return themeAreas.stream().filter(area -> area.id().equals(id)).findFirst().orElse(null);
    }

    Ministry ministry(UUID id) {
        return id == null ? null : ministries.stream().filter(m -> m.id().equals(id)).findFirst().orElse(null);
    }

    Person person(UUID id) {
        return id == null ? null : personsById.get(id);
    }

    /** The name a list shows for the ministry or person an action item is assigned to. */
    public String ownerName(ActionItem item) {
        if (item.ownerPersonId() != null) {
            Person owner = person(item.ownerPersonId());
            return owner == null ? "" : owner.firstName() + " " + owner.lastName();
        }
        Ministry owner = ministry(item.ownerMinistryId());
        return owner == null ? "" : owner.abbreviation();
    }

    public String themeAreaName(ThemeArea area) {
        return area.name().in(messages.locale());
    }

    public String ministryName(Ministry ministry) {
        return ReferenceLabels.ministry(ministry, messages.locale());
    }

    public String personName(Person person) {
        return ReferenceLabels.person(person);
    }

    public String initiativeName(InitiativeSummary initiative) {
        return ReferenceLabels.initiative(initiative);
    }
}
