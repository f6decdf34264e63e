package de.digitaldialog.desk.ui.initiative.form;

import static de.digitaldialog.desk.ui.common.form.FormModel.text;

import de.digitaldialog.desk.domain.Arena;
import de.digitaldialog.desk.domain.Classification;
import de.digitaldialog.desk.domain.Initiative;
import de.digitaldialog.desk.domain.InitiativeStatus;
import de.digitaldialog.desk.domain.Land;
import de.digitaldialog.desk.domain.Milestone;
import de.digitaldialog.desk.domain.Ministry;
import de.digitaldialog.desk.domain.Person;
import de.digitaldialog.desk.domain.ThemeArea;
import de.digitaldialog.desk.domain.TrafficLight;
import de.digitaldialog.desk.ui.common.form.FormModel;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The initiative's own fields as the form edits them (title, leads, Länder, dates, traffic
 * light …), and the {@link Initiative} they make. Rules stay in the domain. Needs no toolkit.
 */
public final class InitiativeFieldsViewModel {

    /** Field names the messages belong to (the domain's names). */
    public static final String TITLE = "title";
    public static final String LEAD = "leadMinistries";
    public static final String TARGET_DATE = "targetDate";

    private final InitiativeChoices choices;
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty description = new SimpleStringProperty(this, "description", "");
    private final ObservableList<UUID> themeAreaIds = FXCollections.observableArrayList();
    private final ObjectProperty<Ministry> leadBavaria = new SimpleObjectProperty<>(this, "leadBavaria");
    private final ObjectProperty<Ministry> leadNrw = new SimpleObjectProperty<>(this, "leadNrw");
    private final ObservableList<Ministry> participating = FXCollections.observableArrayList();
    private final ObservableList<Land> furtherLands = FXCollections.observableArrayList();
    private final ObservableList<Person> contacts = FXCollections.observableArrayList();
    private final ObjectProperty<Arena> arena = new SimpleObjectProperty<>(this, "arena", Arena.BILATERAL);
    private final ObjectProperty<Classification> classification =
            new SimpleObjectProperty<>(this, "classification", Classification.OFFEN);
    private final StringProperty fileReference = new SimpleStringProperty(this, "fileReference", "");
    private final ObjectProperty<LocalDate> startDate = new SimpleObjectProperty<>(this, "startDate");
    private final ObjectProperty<LocalDate> targetDate = new SimpleObjectProperty<>(this, "targetDate");
    private final StringProperty nextStep = new SimpleStringProperty(this, "nextStep", "");
    private final ObjectProperty<TrafficLight> trafficLight =
            new SimpleObjectProperty<>(this, "trafficLight", TrafficLight.GRUEN);
    private final StringProperty trafficLightReason = new SimpleStringProperty(this, "trafficLightReason", "");

    InitiativeFieldsViewModel(InitiativeChoices choices, FormModel<Initiative> form) {
        this.choices = choices;
        form.clearOnEdit(TITLE, title);
        form.clearOnEdit(LEAD, leadBavaria, leadNrw);
        form.clearOnEdit(TARGET_DATE, startDate, targetDate);
    }

    void fillNew() {
        title.set("");
        description.set("");
        themeAreaIds.clear();
        leadBavaria.set(null);
        leadNrw.set(null);
        participating.clear();
        furtherLands.clear();
        contacts.clear();
        arena.set(Arena.BILATERAL);
        classification.set(Classification.OFFEN);
        fileReference.set("");
        startDate.set(null);
        targetDate.set(null);
        nextStep.set("");
        trafficLight.set(TrafficLight.GRUEN);
        trafficLightReason.set("");
    }

    void fill(Initiative initiative) {
        title.set(initiative.title());
        description.set(orEmpty(initiative.description()));
        themeAreaIds.setAll(choices.themeAreas().stream().map(ThemeArea::id)
                .filter(initiative.themeAreaIds()::contains).toList());
        leadBavaria.set(leadOf(initiative, choices.bavaria()));
        leadNrw.set(leadOf(initiative, choices.nrw()));
        participating.setAll(choices.participating().stream()
                .filter(m -> initiative.participatingMinistryIds().contains(m.id())).toList());
        furtherLands.setAll(choices.furtherLands().stream()
                .filter(l -> initiative.furtherLandIds().contains(l.id())).toList());
        contacts.setAll(choices.persons().stream().filter(p -> initiative.contactPersonIds().contains(p.id())).toList());
        arena.set(initiative.arena());
        classification.set(initiative.classification());
        fileReference.set(orEmpty(initiative.fileReference()));
        startDate.set(initiative.startDate());
        targetDate.set(initiative.targetDate());
        nextStep.set(orEmpty(initiative.nextStep()));
        trafficLight.set(initiative.trafficLight());
        trafficLightReason.set(orEmpty(initiative.trafficLightReason()));
    }

    private Ministry leadOf(Initiative initiative, Land land) {
        return land == null ? null : choices.ministry(initiative.leadMinistryByLand().get(land.id()));
    }

    /**
     * The initiative as edited on top of the stored one (null: a new one) with these milestones;
     * throws the domain's ValidationException with every rule the fields break.
     */
    Initiative build(Initiative current, List<Milestone> milestones) {
        return new Initiative(current == null ? UUID.randomUUID() : current.id(),
                current == null ? null : current.number(), text(title.get()), text(description.get()),
                new HashSet<>(themeAreaIds), leads(current), ids(participating, Ministry::id),
                ids(furtherLands, Land::id), ids(contacts, Person::id), arena.get(),
                current == null ? InitiativeStatus.IDEE : current.status(),
                current == null ? null : current.deferredFrom(), trafficLight.get(), text(trafficLightReason.get()),
                classification.get(), text(fileReference.get()), startDate.get(), targetDate.get(),
                text(nextStep.get()), milestones, current == null ? null : current.audit());
    }

    private Map<UUID, UUID> leads(Initiative current) {
        Map<UUID, UUID> leads = new HashMap<>();
        if (current != null) {
            // leads of Länder other than the partners are kept as they are
            leads.putAll(current.leadMinistryByLand());
        }
        lead(leads, choices.bavaria(), leadBavaria.get());
        lead(leads, choices.nrw(), leadNrw.get());
        return leads;
    }

    private static void lead(Map<UUID, UUID> leads, Land land, Ministry ministry) {
        if (land != null) {
            leads.remove(land.id());
            if (ministry != null) {
                leads.put(land.id(), ministry.id());
            }
        }
    }

    /** What dirty tracking compares: texts as saved, sets where the order does not count. */
    Object state() {
        return Arrays.asList(text(title.get()), text(description.get()), new HashSet<>(themeAreaIds),
                id(leadBavaria.get()), id(leadNrw.get()), ids(participating, Ministry::id),
                ids(furtherLands, Land::id), ids(contacts, Person::id), arena.get(), classification.get(),
                text(fileReference.get()), startDate.get(), targetDate.get(), text(nextStep.get()),
                trafficLight.get(), text(trafficLightReason.get()));
    }

    Observable[] observables() {
        return new Observable[] {title, description, themeAreaIds, leadBavaria, leadNrw, participating,
                furtherLands, contacts, arena, classification, fileReference, startDate, targetDate, nextStep,
                trafficLight, trafficLightReason};
    }

    private static UUID id(Ministry ministry) {
        return ministry == null ? null : ministry.id();
    }

    private static <T> Set<UUID> ids(Collection<T> items, Function<T, UUID> id) {
        return items.stream().map(id).collect(Collectors.toSet());
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    // --- properties -------------------------------------------------------------------------

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public ObservableList<UUID> themeAreaIds() {
        return themeAreaIds;
    }

    public ObjectProperty<Ministry> leadBavariaProperty() {
        return leadBavaria;
    }

    public ObjectProperty<Ministry> leadNrwProperty() {
        return leadNrw;
    }

    public ObservableList<Ministry> participating() {
        return participating;
    }

    public ObservableList<Land> furtherLands() {
        return furtherLands;
    }

    public ObservableList<Person> contacts() {
        return contacts;
    }

    public ObjectProperty<Arena> arenaProperty() {
        return arena;
    }

    public ObjectProperty<Classification> classificationProperty() {
        return classification;
    }

    public StringProperty fileReferenceProperty() {
        return fileReference;
    }

    public ObjectProperty<LocalDate> startDateProperty() {
        return startDate;
    }

    public ObjectProperty<LocalDate> targetDateProperty() {
        return targetDate;
    }

    public StringProperty nextStepProperty() {
        return nextStep;
    }

    public ObjectProperty<TrafficLight> trafficLightProperty() {
        return trafficLight;
    }

    public StringProperty trafficLightReasonProperty() {
        return trafficLightReason;
    }
}
