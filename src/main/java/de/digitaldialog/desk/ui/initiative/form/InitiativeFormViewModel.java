package de.digitaldialog.desk.ui.initiative.form;

import de.digitaldialog.desk.domain.Arena;
import de.digitaldialog.desk.domain.Classification;
import de.digitaldialog.desk.domain.Initiative;
import de.digitaldialog.desk.domain.InitiativeStatus;
import de.digitaldialog.desk.domain.Land;
import de.digitaldialog.desk.domain.Milestone;
import de.digitaldialog.desk.domain.Ministry;
import de.digitaldialog.desk.domain.Person;
import de.digitaldialog.desk.domain.StatusChange;
import de.digitaldialog.desk.domain.ThemeArea;
import de.digitaldialog.desk.domain.TrafficLight;
import de.digitaldialog.desk.domain.Validation;
import de.digitaldialog.desk.domain.ValidationException;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.service.InitiativeService;
import de.digitaldialog.desk.workspace.Workspace;
import de.digitaldialog.desk.ui.common.BackgroundTask;
import de.digitaldialog.desk.ui.common.FormMessages;
import de.digitaldialog.desk.ui.common.TaskExecutor;
import de.digitaldialog.desk.ui.common.WorkspaceModel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * State of the initiative form: the values being edited, the choices they are made from, the
 * messages under the fields, the status workflow and the history. Rules stay in the domain: the
 * form builds an {@link Initiative} and shows what its constructor refuses. Needs no toolkit.
 */
public final class InitiativeFormViewModel {

    /** Field names the messages belong to (the domain's names where it has one). */
    public static final String TITLE = "title";
    public static final String LEAD = "leadMinistries";
    public static final String TARGET_DATE = "targetDate";
    public static final String ARENA_REASON = "arenaReason";
    public static final String STATUS_REASON = "reason";
    public static final String STATUS_TARGET = "status";
    public static final String MILESTONE = "milestone.title";
    private static final List<String> FIELDS =
            List.of(TITLE, LEAD, TARGET_DATE, ARENA_REASON, STATUS_REASON, STATUS_TARGET, MILESTONE);
    private static final int REASON_MAX = 2000;

    /** Everything the form shows, read in one background step. */
    public record Data(List<ThemeArea> themeAreas, List<Land> lands, List<Ministry> ministries,
                       List<Person> persons, Initiative initiative, List<StatusChange> history,
                       InitiativeService.References references) {

        /** Reads reference data and, for an existing initiative, it and its history. */
        public static Data read(Workspace workspace, UUID id) {
            var reference = workspace.referenceData();
            InitiativeService.Details details = id == null ? null : workspace.initiatives().details(id);
            return new Data(reference.themeAreas(), reference.lands(), reference.ministries(), reference.persons(),
                    details == null ? null : details.initiative(), details == null ? List.of() : details.history(),
                    details == null ? InitiativeService.References.NONE
                            : details.references());
        }
    }

    private final Messages messages;
    private final WorkspaceModel model;
    private final TaskExecutor executor;

    // choices
    private final ObservableList<ThemeArea> themeAreaOptions = FXCollections.observableArrayList();
    private final ObservableList<Ministry> leadOptionsBavaria = FXCollections.observableArrayList();
    private final ObservableList<Ministry> leadOptionsNrw = FXCollections.observableArrayList();
    private final ObservableList<Ministry> participatingOptions = FXCollections.observableArrayList();
    private final ObservableList<Land> furtherLandOptions = FXCollections.observableArrayList();
    private final ObservableList<Person> personOptions = FXCollections.observableArrayList();
    private final Map<UUID, Land> landsById = new HashMap<>();
    private final Map<UUID, Ministry> ministriesById = new HashMap<>();
    private Land bavaria;
    private Land nrw;

    // values
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty description = new SimpleStringProperty(this, "description", "");
    private final ObservableList<UUID> themeAreaIds = FXCollections.observableArrayList();
    private final ObjectProperty<Ministry> leadBavaria = new SimpleObjectProperty<>(this, "leadBavaria");
    private final ObjectProperty<Ministry> leadNrw = new SimpleObjectProperty<>(this, "leadNrw");
    private final ObservableList<Ministry> participating = FXCollections.observableArrayList();
    private final ObservableList<Land> furtherLands = FXCollections.observableArrayList();
    private final ObservableList<Person> contacts = FXCollections.observableArrayList();
    private final ObjectProperty<Arena> arena = new SimpleObjectProperty<>(this, "arena", Arena.BILATERAL);
    private final StringProperty arenaReason = new SimpleStringProperty(this, "arenaReason", "");
    private final ObjectProperty<Classification> classification =
            new SimpleObjectProperty<>(this, "classification", Classification.OFFEN);
    private final StringProperty fileReference = new SimpleStringProperty(this, "fileReference", "");
    private final ObjectProperty<LocalDate> startDate = new SimpleObjectProperty<>(this, "startDate");
    private final ObjectProperty<LocalDate> targetDate = new SimpleObjectProperty<>(this, "targetDate");
    private final StringProperty nextStep = new SimpleStringProperty(this, "nextStep", "");
    private final ObjectProperty<TrafficLight> trafficLight =
            new SimpleObjectProperty<>(this, "trafficLight", TrafficLight.GRUEN);
    private final StringProperty trafficLightReason = new SimpleStringProperty(this, "trafficLightReason", "");
    private final ObservableList<MilestoneRow> milestones = FXCollections.observableArrayList(
            row -> row.observables());

    // status workflow and history
    private final ReadOnlyObjectWrapper<InitiativeStatus> status =
            new ReadOnlyObjectWrapper<>(this, "status", InitiativeStatus.IDEE);
    private final ObservableList<InitiativeStatus> allowedTargets = FXCollections.observableArrayList();
    private final ObjectProperty<InitiativeStatus> statusTarget = new SimpleObjectProperty<>(this, "statusTarget");
    private final StringProperty statusReason = new SimpleStringProperty(this, "statusReason", "");
    private final ObservableList<StatusChange> history = FXCollections.observableArrayList();
    /** A line of the references list; it opens its meeting when it has one. */
    public record Reference(String text, UUID meetingId) {
    }

    private final ObservableList<Reference> references = FXCollections.observableArrayList();

    // state of the form
    private final FormMessages feedback;
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final ReadOnlyBooleanWrapper arenaChanged = new ReadOnlyBooleanWrapper(this, "arenaChanged");
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "");
    private final BooleanProperty isNew = new SimpleBooleanProperty(this, "isNew", true);
    private final ReadOnlyObjectWrapper<Initiative> stored = new ReadOnlyObjectWrapper<>(this, "stored");
    private Object baseline;
    private boolean applying;

    public InitiativeFormViewModel(Messages messages, WorkspaceModel model) {
        this.messages = messages;
        this.model = model;
        this.executor = model.executor();
        this.feedback = new FormMessages(messages, FIELDS);
        InvalidationListener changed = observable -> updateDirty();
        for (Observable value : List.of(title, description, themeAreaIds, leadBavaria, leadNrw, participating,
                furtherLands, contacts, arena, classification, fileReference, startDate, targetDate, nextStep,
                trafficLight, trafficLightReason, milestones)) {
            value.addListener(changed);
        }
        arena.addListener(observable -> arenaChanged.set(stored.get() != null && stored.get().arena() != arena.get()));
        // a message goes once the field is edited again
        title.addListener(observable -> feedback.clear(TITLE));
        leadBavaria.addListener(observable -> feedback.clear(LEAD));
        leadNrw.addListener(observable -> feedback.clear(LEAD));
        startDate.addListener(observable -> feedback.clear(TARGET_DATE));
        targetDate.addListener(observable -> feedback.clear(TARGET_DATE));
        arenaReason.addListener(observable -> feedback.clear(ARENA_REASON));
        statusReason.addListener(observable -> feedback.clear(STATUS_REASON));
        statusTarget.addListener(observable -> feedback.clear(STATUS_TARGET));
        milestones.addListener((ListChangeListener<MilestoneRow>) change -> feedback.clear(MILESTONE));
    }

    // --- loading ----------------------------------------------------------------------------

    /** Reads the initiative (null: a new one) in the background and fills the form. */
    public void load(UUID id) {
        busy.set(true);
        BackgroundTask.wrap(() -> Data.read(model.workspace(), id))
                .onSuccess(this::apply)
                .onFailure(feedback::failed)
                .onFinished(() -> busy.set(false))
                .executeWith(executor);
    }

    /** Fills the form from read data; the form is clean afterwards. */
    public void apply(Data data) {
        applying = true;
        try {
            landsById.clear();
            data.lands().forEach(land -> landsById.put(land.id(), land));
            ministriesById.clear();
            data.ministries().forEach(ministry -> ministriesById.put(ministry.id(), ministry));
            bavaria = data.lands().stream().filter(l -> Land.BAVARIA.equals(l.code())).findFirst().orElse(null);
            nrw = data.lands().stream().filter(l -> Land.NORTH_RHINE_WESTPHALIA.equals(l.code())).findFirst()
                    .orElse(null);
            Initiative initiative = data.initiative();
            Set<UUID> used = new HashSet<>();
            if (initiative != null) {
                used.addAll(initiative.leadMinistryByLand().values());
                used.addAll(initiative.participatingMinistryIds());
            }
            LocalDate today = LocalDate.now();
            Comparator<Ministry> byAbbreviation = Comparator.comparing(Ministry::abbreviation, String.CASE_INSENSITIVE_ORDER);
            List<Ministry> offered = data.ministries().stream()
                    .filter(m -> m.isValidOn(today) || used.contains(m.id()))
                    .sorted(byAbbreviation).toList();
            leadOptionsBavaria.setAll(offered.stream().filter(m -> bavaria != null && m.landId().equals(bavaria.id())).toList());
            leadOptionsNrw.setAll(offered.stream().filter(m -> nrw != null && m.landId().equals(nrw.id())).toList());
            List<Ministry> partners = new ArrayList<>(leadOptionsBavaria);
            partners.addAll(leadOptionsNrw);
            participatingOptions.setAll(partners);
            themeAreaOptions.setAll(data.themeAreas().stream().sorted(Comparator.comparingInt(ThemeArea::sortOrder)).toList());
            furtherLandOptions.setAll(data.lands().stream().filter(l -> !l.partner())
                    .sorted(Comparator.comparingInt(Land::sortOrder)).toList());
            personOptions.setAll(data.persons());
            history.setAll(data.history());
            references.setAll(referenceLines(data));
            stored.set(initiative);
            isNew.set(initiative == null);
            if (initiative == null) {
                fillNew();
            } else {
                fill(initiative);
            }
            arenaReason.set("");
            statusTarget.set(null);
            statusReason.set(initiative == null ? messages.get("initiativeForm.create.defaultReason") : "");
            feedback.clearFields();
            feedback.problem("");
        } finally {
            applying = false;
        }
        arenaChanged.set(false);
        feedback.stale(false);
        baseline = state();
        dirty.set(false);
        loaded.set(true);
    }

    private void fillNew() {
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
        milestones.clear();
        status.set(InitiativeStatus.IDEE);
        allowedTargets.clear();
        heading.set(messages.get("initiativeForm.heading.new"));
    }

    private void fill(Initiative initiative) {
        title.set(initiative.title());
        description.set(orEmpty(initiative.description()));
        themeAreaIds.setAll(themeAreaOptions.stream().map(ThemeArea::id)
                .filter(initiative.themeAreaIds()::contains).toList());
        leadBavaria.set(bavaria == null ? null : ministriesById.get(initiative.leadMinistryByLand().get(bavaria.id())));
        leadNrw.set(nrw == null ? null : ministriesById.get(initiative.leadMinistryByLand().get(nrw.id())));
        participating.setAll(participatingOptions.stream()
                .filter(m -> initiative.participatingMinistryIds().contains(m.id())).toList());
        furtherLands.setAll(furtherLandOptions.stream().filter(l -> initiative.furtherLandIds().contains(l.id())).toList());
        contacts.setAll(personOptions.stream().filter(p -> initiative.contactPersonIds().contains(p.id())).toList());
        arena.set(initiative.arena());
        classification.set(initiative.classification());
        fileReference.set(orEmpty(initiative.fileReference()));
        startDate.set(initiative.startDate());
        targetDate.set(initiative.targetDate());
        nextStep.set(orEmpty(initiative.nextStep()));
        trafficLight.set(initiative.trafficLight());
        trafficLightReason.set(orEmpty(initiative.trafficLightReason()));
        milestones.setAll(initiative.milestones().stream().map(MilestoneRow::of).toList());
        status.set(initiative.status());
        allowedTargets.setAll(initiative.status().allowedTargets(initiative.deferredFrom()));
        heading.set(initiative.number() + " – " + initiative.title());
    }

    // --- building and validating ------------------------------------------------------------

    /**
     * The initiative as edited, or empty when the domain refuses it; then every refused field
     * has its message. Fields the domain has refused are replaced by valid stand-ins and the
     * record is built again, so all messages show at once, not one per attempt.
     */
    public Optional<Initiative> build() {
        feedback.clearFields();
        String builtTitle = text(title.get()) == null ? null : title.get().strip();
        Map<UUID, UUID> leads = leadMap();
        LocalDate target = targetDate.get();
        boolean refused = false;
        for (int attempt = 0; attempt < 4; attempt++) {
            try {
                Initiative built = assemble(builtTitle, leads, target);
                return refused ? Optional.empty() : Optional.of(built);
            } catch (ValidationException e) {
                refused = true;
                feedback.show(e);
                switch (e.field()) {
                    case TITLE -> builtTitle = "x";
                    case LEAD -> leads = Map.of(UUID.randomUUID(), UUID.randomUUID());
                    case TARGET_DATE -> target = null;
                    default -> {
                        return Optional.empty();
                    }
                }
            }
        }
        return Optional.empty();
    }

    private Initiative assemble(String builtTitle, Map<UUID, UUID> leads, LocalDate target) {
        Initiative current = stored.get();
        List<Milestone> rows = new ArrayList<>();
        for (MilestoneRow row : milestones) {
            rows.add(row.toMilestone());
        }
        Set<UUID> participatingIds = new HashSet<>(ids(participating, Ministry::id));
        return new Initiative(current == null ? UUID.randomUUID() : current.id(),
                current == null ? null : current.number(), builtTitle, text(description.get()),
                new HashSet<>(themeAreaIds), leads, participatingIds,
                new HashSet<>(ids(furtherLands, Land::id)), new HashSet<>(ids(contacts, Person::id)), arena.get(),
                current == null ? InitiativeStatus.IDEE : current.status(),
                current == null ? null : current.deferredFrom(), trafficLight.get(), text(trafficLightReason.get()),
                classification.get(), text(fileReference.get()), startDate.get(), target, text(nextStep.get()),
                rows, current == null ? null : current.audit());
    }

    private Map<UUID, UUID> leadMap() {
        Map<UUID, UUID> leads = new HashMap<>();
        Initiative current = stored.get();
        if (current != null) {
            // leads of Länder other than the partners are kept as they are
            leads.putAll(current.leadMinistryByLand());
        }
        if (bavaria != null) {
            leads.remove(bavaria.id());
            if (leadBavaria.get() != null) {
                leads.put(bavaria.id(), leadBavaria.get().id());
            }
        }
        if (nrw != null) {
            leads.remove(nrw.id());
            if (leadNrw.get() != null) {
                leads.put(nrw.id(), leadNrw.get().id());
            }
        }
        return leads;
    }

    // --- saving -----------------------------------------------------------------------------

    /**
     * Saves in the background: creates a new initiative (with the reason as its first history
     * entry) or saves the edited one from the version it was loaded at. A refused field gets its
     * message; a concurrent change shows "meanwhile changed by …" and overwrites nothing.
     *
     * @param onSaved runs on success with the stored initiative
     * @return false when the form was refused before anything was sent
     */
    public boolean save(Consumer<Initiative> onSaved) {
        feedback.problem("");
        Optional<Initiative> built = build();
        boolean creating = stored.get() == null;
        String reason = statusReason.get();
        String arenaWhy = arenaReason.get();
        if (creating && !checkReason(STATUS_REASON, reason)) {
            return false;
        }
        if (!creating && arenaChanged.get() && !checkReason(ARENA_REASON, arenaWhy)) {
            return false;
        }
        if (built.isEmpty()) {
            return false;
        }
        Initiative initiative = built.get();
        busy.set(true);
        Workspace workspace = model.workspace();
        BackgroundTask.wrap(() -> {
                    Initiative saved = creating
                            ? workspace.initiatives().create(initiative, reason)
                            : workspace.initiatives().save(initiative, arenaChanged.get() ? arenaWhy : null);
                    return Data.read(workspace, saved.id());
                })
                .onSuccess(data -> {
                    apply(data);
                    onSaved.accept(data.initiative());
                })
                .onFailure(feedback::failed)
                .onFinished(() -> busy.set(false))
                .executeWith(executor);
        return true;
    }

    /**
     * Moves the initiative to the chosen next state with the reason, in the background. Unsaved
     * edits are saved first (from the version loaded), so the status change cannot lose them.
     */
    public boolean changeStatus(Consumer<Initiative> onChanged) {
        feedback.problem("");
        Initiative current = stored.get();
        InitiativeStatus target = statusTarget.get();
        String reason = statusReason.get();
        feedback.clear(STATUS_TARGET);
        if (current == null) {
            return false;
        }
        boolean ok = true;
        if (target == null) {
            feedback.set(STATUS_TARGET, messages.get("validation.required"));
            ok = false;
        } else if (!current.status().canMoveTo(target, current.deferredFrom())) {
            feedback.set(STATUS_TARGET, messages.get("validation.initiative.statusStep", current.status(), target));
            ok = false;
        }
        ok &= checkReason(STATUS_REASON, reason);
        Optional<Initiative> edited = Optional.empty();
        String arenaWhy = arenaReason.get();
        if (dirty.get()) {
            edited = build();
            if (edited.isEmpty() || (arenaChanged.get() && !checkReason(ARENA_REASON, arenaWhy))) {
                ok = false;
            }
        }
        if (!ok) {
            return false;
        }
        Optional<Initiative> toSave = edited;
        boolean arenaMoved = arenaChanged.get();
        busy.set(true);
        Workspace workspace = model.workspace();
        BackgroundTask.wrap(() -> {
                    toSave.ifPresent(i -> workspace.initiatives().save(i, arenaMoved ? arenaWhy : null));
                    workspace.initiatives().changeStatus(current.id(), target, reason, null);
                    return Data.read(workspace, current.id());
                })
                .onSuccess(data -> {
                    apply(data);
                    onChanged.accept(data.initiative());
                })
                .onFailure(feedback::failed)
                .onFinished(() -> busy.set(false))
                .executeWith(executor);
        return true;
    }

    private boolean checkReason(String field, String reason) {
        try {
            Validation.requireText(field, reason, REASON_MAX);
            return true;
        } catch (ValidationException e) {
            feedback.show(e);
            return false;
        }
    }

    /** Where failures that are not the user's go (the error dialog in the window). */
    public void onUnexpected(Consumer<Throwable> handler) {
        feedback.onUnexpected(handler);
    }

    /** After a concurrent change: reads the stored version again; the form's own edits are dropped. */
    public void reload() {
        Initiative current = stored.get();
        if (current != null) {
            load(current.id());
        }
    }

    /** True after a save was refused because someone else saved meanwhile, until the form reloads. */
    public ReadOnlyBooleanProperty staleProperty() {
        return feedback.staleProperty();
    }

    // --- milestones -------------------------------------------------------------------------

    /** Adds a milestone at the end; false (with the message) when its title is missing. */
    public boolean addMilestone(String milestoneTitle, LocalDate due) {
        MilestoneRow row = new MilestoneRow(UUID.randomUUID(), milestoneTitle == null ? null : milestoneTitle.strip(),
                due, false, null, null);
        if (!validMilestone(row)) {
            return false;
        }
        milestones.add(row);
        return true;
    }

    /** Changes title and due date of a milestone; false (with the message) when the title is missing. */
    public boolean editMilestone(MilestoneRow row, String milestoneTitle, LocalDate due) {
        MilestoneRow probe = new MilestoneRow(row.id(), milestoneTitle == null ? null : milestoneTitle.strip(),
                due, false, null, null);
        if (!validMilestone(probe)) {
            return false;
        }
        row.titleProperty().set(milestoneTitle.strip());
        row.dueDateProperty().set(due);
        return true;
    }

    private boolean validMilestone(MilestoneRow row) {
        try {
            row.toMilestone();
            feedback.clear(MILESTONE);
            return true;
        } catch (ValidationException e) {
            feedback.set(MILESTONE, messages.of(e));
            return false;
        }
    }

    public void removeMilestone(MilestoneRow row) {
        milestones.remove(row);
    }

    /** Moves a milestone up (-1) or down (+1); returns its new index, or the old one at an end. */
    public int moveMilestone(int index, int by) {
        int target = index + by;
        if (index < 0 || index >= milestones.size() || target < 0 || target >= milestones.size()) {
            return index;
        }
        MilestoneRow row = milestones.get(index);
        List<MilestoneRow> reordered = new ArrayList<>(milestones);
        reordered.remove(index);
        reordered.add(target, row);
        milestones.setAll(reordered);
        return target;
    }

    // --- dirty tracking ---------------------------------------------------------------------

    private void updateDirty() {
        if (!applying && baseline != null) {
            dirty.set(!state().equals(baseline));
        }
    }

    private Object state() {
        List<Object> values = new ArrayList<>();
        values.add(orEmpty(text(title.get())).strip());
        values.add(orEmpty(text(description.get())).strip());
        values.add(new HashSet<>(themeAreaIds));
        values.add(String.valueOf(leadBavaria.get() == null ? null : leadBavaria.get().id()));
        values.add(String.valueOf(leadNrw.get() == null ? null : leadNrw.get().id()));
        values.add(new HashSet<>(ids(participating, Ministry::id)));
        values.add(new HashSet<>(ids(furtherLands, Land::id)));
        values.add(new HashSet<>(ids(contacts, Person::id)));
        values.add(String.valueOf(arena.get()));
        values.add(String.valueOf(classification.get()));
        values.add(orEmpty(text(fileReference.get())).strip());
        values.add(String.valueOf(startDate.get()));
        values.add(String.valueOf(targetDate.get()));
        values.add(orEmpty(text(nextStep.get())).strip());
        values.add(String.valueOf(trafficLight.get()));
        values.add(orEmpty(text(trafficLightReason.get())).strip());
        values.add(milestones.stream().map(MilestoneRow::state).toList());
        return values;
    }

    // --- labels -----------------------------------------------------------------------------

    /** "StMD – Staatsministerium für Digitales", in the UI language; closed ones say until when. */
    public String ministryLabel(Ministry ministry) {
        if (ministry == null) {
            return "";
        }
        String label = ministry.abbreviation() + " – " + ministry.name().in(messages.locale());
        if (ministry.validTo() != null && ministry.validTo().isBefore(LocalDate.now())) {
            label += " " + messages.get("initiativeForm.ministry.closed", ministry.validTo());
        }
        return label;
    }

    /** "StMD (Bayern)": a participating ministry with its Land. */
    public String ministryWithLand(Ministry ministry) {
        if (ministry == null) {
            return "";
        }
        Land land = landsById.get(ministry.landId());
        return ministry.abbreviation() + " (" + (land == null ? "?" : land.name().in(messages.locale())) + ")";
    }

    public String landLabel(Land land) {
        return land == null ? "" : land.name().in(messages.locale());
    }

    public String personLabel(Person person) {
        if (person == null) {
            return "";
        }
        Ministry ministry = person.ministryId() == null ? null : ministriesById.get(person.ministryId());
        return person.displayName() + (ministry == null ? "" : " (" + ministry.abbreviation() + ")");
    }

    public String themeAreaLabel(ThemeArea area) {
        return area == null ? "" : area.name().in(messages.locale());
    }

    /** The "from" or "to" of a history entry as the UI language says it. */
    public String historyValue(StatusChange entry, String value) {
        if (value == null) {
            return "";
        }
        try {
            return entry.kind() == StatusChange.Kind.ARENA
                    ? messages.label(Arena.valueOf(value)) : messages.label(InitiativeStatus.valueOf(value));
        } catch (IllegalArgumentException unknown) {
            return value;
        }
    }

    public String bavariaName() {
        return landLabel(bavaria);
    }

    public String nrwName() {
        return landLabel(nrw);
    }

    /** One line per meeting, TOP, decision and action item that refers to the initiative. */
    private List<Reference> referenceLines(Data data) {
        if (data.initiative() == null || data.references() == null) {
            return List.of();
        }
        var formats = de.digitaldialog.desk.ui.common.Formats.of(messages.locale());
        var found = data.references();
        UUID id = data.initiative().id();
        Map<UUID, String> meetingNumbers = new HashMap<>();
        List<Reference> lines = new ArrayList<>();
        for (var meeting : found.meetings()) {
            meetingNumbers.put(meeting.id(), meeting.number());
            lines.add(new Reference(messages.get("initiativeForm.ref.meeting", meeting.number(), meeting.title(),
                    formats.dateTime(meeting.startsAt())), meeting.id()));
        }
        for (var item : found.agendaItems()) {
            lines.add(new Reference(messages.get("initiativeForm.ref.agendaItem", item.number(), item.title(),
                    meetingNumbers.getOrDefault(item.meetingId(), "")), item.meetingId()));
            item.decisions().stream().filter(d -> id.equals(d.initiativeId()))
                    .forEach(d -> lines.add(new Reference(messages.get("initiativeForm.ref.decision", d.text(),
                            item.number()), item.meetingId())));
        }
        for (var action : found.actionItems()) {
            lines.add(new Reference(messages.get("initiativeForm.ref.actionItem", action.description(),
                    formats.date(action.dueDate()), messages.label(action.status())),
                    found.meetingOfAgendaItem().get(action.agendaItemId())));
        }
        return lines;
    }

    // --- helpers ----------------------------------------------------------------------------

    static String text(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static <T> List<UUID> ids(Collection<T> items, java.util.function.Function<T, UUID> id) {
        return items.stream().map(id).toList();
    }

    // --- properties -------------------------------------------------------------------------

    public ReadOnlyStringProperty errorProperty(String field) {
        return feedback.errorProperty(field);
    }

    /** Field → message of every field that currently has one. */
    public Map<String, String> messages() {
        return feedback.shown();
    }

    public ReadOnlyStringProperty problemProperty() {
        return feedback.problemProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty arenaChangedProperty() {
        return arenaChanged.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public BooleanProperty isNewProperty() {
        return isNew;
    }

    public ReadOnlyObjectProperty<Initiative> storedProperty() {
        return stored.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<InitiativeStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ObservableList<InitiativeStatus> allowedTargets() {
        return allowedTargets;
    }

    public ObjectProperty<InitiativeStatus> statusTargetProperty() {
        return statusTarget;
    }

    public StringProperty statusReasonProperty() {
        return statusReason;
    }

    /** Meetings, agenda items, decisions and action items that refer to the initiative (read-only). */
    public ObservableList<Reference> references() {
        return references;
    }

    public ObservableList<StatusChange> history() {
        return history;
    }

    public ObservableList<ThemeArea> themeAreaOptions() {
        return themeAreaOptions;
    }

    public ObservableList<Ministry> leadOptionsBavaria() {
        return leadOptionsBavaria;
    }

    public ObservableList<Ministry> leadOptionsNrw() {
        return leadOptionsNrw;
    }

    public ObservableList<Ministry> participatingOptions() {
        return participatingOptions;
    }

    public ObservableList<Land> furtherLandOptions() {
        return furtherLandOptions;
    }

    public ObservableList<Person> personOptions() {
        return personOptions;
    }

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

    public StringProperty arenaReasonProperty() {
        return arenaReason;
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

    public ObservableList<MilestoneRow> milestones() {
        return milestones;
    }

    public Messages messagesBundle() {
        return messages;
    }
}
