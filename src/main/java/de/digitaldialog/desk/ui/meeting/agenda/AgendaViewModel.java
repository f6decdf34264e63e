package de.digitaldialog.desk.ui.meeting.agenda;

import de.digitaldialog.desk.domain.ActionItem;
import de.digitaldialog.desk.domain.ActionItemStatus;
import de.digitaldialog.desk.domain.AgendaItem;
import de.digitaldialog.desk.domain.AgendaOutcome;
import de.digitaldialog.desk.domain.Classification;
import de.digitaldialog.desk.domain.ConcurrentChangeException;
import de.digitaldialog.desk.domain.Decision;
import de.digitaldialog.desk.domain.DeskException;
import de.digitaldialog.desk.domain.InitiativeStatus;
import de.digitaldialog.desk.domain.InitiativeSummary;
import de.digitaldialog.desk.domain.Meeting;
import de.digitaldialog.desk.domain.Ministry;
import de.digitaldialog.desk.domain.Person;
import de.digitaldialog.desk.domain.ThemeArea;
import de.digitaldialog.desk.domain.ValidationException;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.workspace.Workspace;
import de.digitaldialog.desk.ui.common.BackgroundTask;
import de.digitaldialog.desk.ui.common.WorkspaceModel;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
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
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A meeting's agenda: the TOPs in order with the planned time against the meeting's length,
 * moving and nesting them, and the selected TOP's details and minutes (outcome, decisions,
 * action items). Every change is one service call in the background; the list is reloaded from
 * what the service returns, so numbers always are the stored ones.
 */
public final class AgendaViewModel {

    static final String TITLE = "title";
    static final String MINUTES = "plannedMinutes";
    static final String DEADLINE = "inputDeadline";
    /** The service's field for "minutes only from the start": outcome, decisions and action items alike. */
    static final String RECORD = "minutes";
    static final String ACTION = "actionItem";
    private static final List<String> FIELDS = List.of(TITLE, MINUTES, DEADLINE, RECORD, ACTION);

    /** A decision as edited: its text and the initiative it concerns, if any. */
    public static final class DecisionRow {
        private final UUID id;
        private final StringProperty text = new SimpleStringProperty(this, "text", "");
        private final ObjectProperty<InitiativeSummary> initiative = new SimpleObjectProperty<>(this, "initiative");

        DecisionRow(UUID id, String text, InitiativeSummary initiative) {
            this.id = id;
            this.text.set(text);
            this.initiative.set(initiative);
        }

        public UUID id() {
            return id;
        }

        public StringProperty textProperty() {
            return text;
        }

        public ObjectProperty<InitiativeSummary> initiativeProperty() {
            return initiative;
        }
    }

    private final Messages messages;
    private final WorkspaceModel model;
    private final Clock clock;

    private final ObservableList<AgendaItem> items = FXCollections.observableArrayList();
    private final ObservableList<ThemeArea> themeAreas = FXCollections.observableArrayList();
    private final ObservableList<Ministry> ministries = FXCollections.observableArrayList();
    private final ObservableList<Person> persons = FXCollections.observableArrayList();
    private final ObservableList<InitiativeSummary> initiatives = FXCollections.observableArrayList();
    private final Map<UUID, InitiativeSummary> initiativesById = new LinkedHashMap<>();
    private final Map<UUID, List<ActionItem>> actionItemsByTop = new LinkedHashMap<>();

    private final ReadOnlyObjectWrapper<Meeting> meeting = new ReadOnlyObjectWrapper<>(this, "meeting");
    private final ReadOnlyObjectWrapper<AgendaItem> editing = new ReadOnlyObjectWrapper<>(this, "editing");
    private final ReadOnlyBooleanWrapper hasDraft = new ReadOnlyBooleanWrapper(this, "hasDraft");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final Map<String, ReadOnlyStringWrapper> errors = new LinkedHashMap<>();

    // the selected TOP as edited
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final ObjectProperty<ThemeArea> themeArea = new SimpleObjectProperty<>(this, "themeArea");
    private final ObjectProperty<Ministry> presenterMinistry = new SimpleObjectProperty<>(this, "presenterMinistry");
    private final ObjectProperty<Person> presenterPerson = new SimpleObjectProperty<>(this, "presenterPerson");
    private final StringProperty plannedMinutes = new SimpleStringProperty(this, "plannedMinutes", "");
    private final StringProperty background = new SimpleStringProperty(this, "background", "");
    private final StringProperty proposedDecision = new SimpleStringProperty(this, "proposedDecision", "");
    private final StringProperty talkingPoints = new SimpleStringProperty(this, "talkingPoints", "");
    private final ObjectProperty<LocalDate> inputDeadline = new SimpleObjectProperty<>(this, "inputDeadline");
    private final ObjectProperty<Ministry> inputOwner = new SimpleObjectProperty<>(this, "inputOwner");
    private final ObjectProperty<Instant> inputReceivedAt = new SimpleObjectProperty<>(this, "inputReceivedAt");
    private final BooleanProperty classified = new SimpleBooleanProperty(this, "classified");
    private final ObservableList<InitiativeSummary> linked = FXCollections.observableArrayList();
    private final ObjectProperty<AgendaOutcome> outcome = new SimpleObjectProperty<>(this, "outcome");
    private final ObservableList<DecisionRow> decisions = FXCollections.observableArrayList();
    private final ObservableList<ActionItem> actionItems = FXCollections.observableArrayList();

    private boolean filling;
    private boolean choicesLoaded;

    public AgendaViewModel(Messages messages, WorkspaceModel model) {
        this(messages, model, Clock.systemDefaultZone());
    }

    AgendaViewModel(Messages messages, WorkspaceModel model, Clock clock) {
        this.messages = messages;
        this.model = model;
        this.clock = clock;
        FIELDS.forEach(field -> errors.put(field, new ReadOnlyStringWrapper(this, field + "Error", "")));
        List<ObservableValue<?>> edited = List.of(title, themeArea, presenterMinistry, presenterPerson,
                plannedMinutes, background, proposedDecision, talkingPoints, inputDeadline, inputOwner,
                inputReceivedAt, classified, outcome);
        edited.forEach(value -> value.addListener((observable, was, now) -> touched()));
        linked.addListener((javafx.collections.ListChangeListener<InitiativeSummary>) change -> touched());
        decisions.addListener((javafx.collections.ListChangeListener<DecisionRow>) change -> {
            touched();
            while (change.next()) {
                change.getAddedSubList().forEach(row -> {
                    row.textProperty().addListener((o, a, b) -> touched());
                    row.initiativeProperty().addListener((o, a, b) -> touched());
                });
            }
        });
    }

    private void touched() {
        if (!filling && hasDraft.get()) {
            dirty.set(true);
        }
    }

    /**
     * Shows the agenda of this meeting (again, e.g. after its status changed), keeping the selected
     * TOP. The choices (areas, ministries, persons, initiatives) are read the first time only: with
     * many initiatives that read is the slow part.
     */
    public void show(Meeting shown) {
        meeting.set(shown);
        Workspace workspace = model.workspace();
        if (workspace == null || shown == null) {
            return;
        }
        UUID meetingId = shown.id();
        boolean withChoices = !choicesLoaded;
        run(() -> new Loaded(workspace.meetings().agenda(meetingId), workspace.meetings().actionItems(meetingId),
                withChoices ? workspace.referenceData().themeAreas() : null,
                withChoices ? workspace.referenceData().ministries() : null,
                withChoices ? workspace.referenceData().persons() : null,
                withChoices ? workspace.initiatives().list() : null), loaded -> {
            if (withChoices) {
                themeAreas.setAll(loaded.themeAreas());
                ministries.setAll(loaded.ministries());
                persons.setAll(loaded.persons());
                initiativesLoaded(loaded.initiatives());
                choicesLoaded = true;
            }
            agendaLoaded(loaded.agenda(), loaded.actionItems());
        });
    }

    private void initiativesLoaded(List<InitiativeSummary> list) {
        initiativesById.clear();
        list.forEach(row -> initiativesById.put(row.id(), row));
        initiatives.setAll(list);
    }

    private record Loaded(List<AgendaItem> agenda, Map<UUID, List<ActionItem>> actionItems,
                          List<ThemeArea> themeAreas, List<Ministry> ministries, List<Person> persons,
                          List<InitiativeSummary> initiatives) {
    }

    private void agendaLoaded(List<AgendaItem> agenda, Map<UUID, List<ActionItem>> actions) {
        UUID selected = editing.get() == null ? null : editing.get().id();
        actionItemsByTop.clear();
        actionItemsByTop.putAll(actions);
        items.setAll(agenda);
        if (selected != null && !dirty.get()) {
            agenda.stream().filter(item -> item.id().equals(selected)).findFirst().ifPresent(this::edit);
        }
    }

    // --- the list ---------------------------------------------------------------------------

    public ObservableList<AgendaItem> items() {
        return items;
    }

    /** Planned minutes of all TOPs against the meeting's length, with the overrun when there is one. */
    public StringBinding timeText() {
        return Bindings.createStringBinding(() -> {
            int planned = plannedTotal();
            long length = meetingLength();
            return planned > length
                    ? messages.get("agenda.time.overrun", planned, length, planned - length)
                    : messages.get("agenda.time", planned, length);
        }, items, meeting);
    }

    /** The TOPs take longer than the meeting. */
    public BooleanBinding overrun() {
        return Bindings.createBooleanBinding(() -> plannedTotal() > meetingLength(), items, meeting);
    }

    private int plannedTotal() {
        return items.stream().mapToInt(item -> item.plannedMinutes() == null ? 0 : item.plannedMinutes()).sum();
    }

    private long meetingLength() {
        Meeting shown = meeting.get();
        return shown == null ? 0 : Duration.between(shown.startsAt(), shown.endsAt()).toMinutes();
    }

    /** The input is past its deadline and has not arrived. */
    public boolean inputMissing(AgendaItem item) {
        return item.inputDeadline() != null && item.inputReceivedAt() == null
                && item.inputDeadline().isBefore(LocalDate.now(clock.withZone(Meeting.ZONE)));
    }

    /** Numbers are frozen once the meeting is invited: no sub-items any more. */
    public BooleanBinding numbersFrozen() {
        return Bindings.createBooleanBinding(() -> meeting.get() != null
                && meeting.get().status().freezesAgendaNumbers(), meeting);
    }

    /** Minutes are recorded from the meeting's start on. */
    public BooleanBinding minutesOpen() {
        return Bindings.createBooleanBinding(() -> meeting.get() != null
                && !LocalDateTime.now(clock.withZone(Meeting.ZONE)).isBefore(meeting.get().startsAt()), meeting);
    }

    public void move(AgendaItem item, int offset) {
        Workspace workspace = model.workspace();
        if (workspace != null && item != null) {
            change(() -> workspace.meetings().moveAgendaItem(item.id(), offset));
        }
    }

    public void setSubItem(AgendaItem item, boolean sub) {
        Workspace workspace = model.workspace();
        if (workspace != null && item != null) {
            change(() -> workspace.meetings().setSubItem(item.id(), sub));
        }
    }

    public void remove(AgendaItem item) {
        Workspace workspace = model.workspace();
        if (workspace != null && item != null) {
            if (editing.get() != null && item.id().equals(editing.get().id())) {
                clearDraft();
            }
            change(() -> workspace.meetings().removeAgendaItem(item.id()));
        }
    }

    private void change(Callable<List<AgendaItem>> step) {
        UUID meetingId = meeting.get().id();
        Workspace workspace = model.workspace();
        run(() -> {
            List<AgendaItem> agenda = step.call();
            return Map.entry(agenda, workspace.meetings().actionItems(meetingId));
        }, result -> agendaLoaded(result.getKey(), result.getValue()));
    }

    // --- the selected TOP -------------------------------------------------------------------

    /** Shows a TOP in the detail form (the caller asks first when there are unsaved changes). */
    public void edit(AgendaItem item) {
        filling = true;
        try {
            editing.set(item);
            hasDraft.set(true);
            clearErrors();
            title.set(item.title());
            themeArea.set(themeAreas.stream().filter(area -> area.id().equals(item.themeAreaId())).findFirst()
                    .orElse(null));
            presenterMinistry.set(ministry(item.presenterMinistryId()));
            presenterPerson.set(persons.stream().filter(p -> p.id().equals(item.presenterPersonId())).findFirst()
                    .orElse(null));
            plannedMinutes.set(item.plannedMinutes() == null ? "" : item.plannedMinutes().toString());
            background.set(Objects.requireNonNullElse(item.background(), ""));
            proposedDecision.set(Objects.requireNonNullElse(item.proposedDecision(), ""));
            talkingPoints.set(Objects.requireNonNullElse(item.talkingPoints(), ""));
            inputDeadline.set(item.inputDeadline());
            inputOwner.set(ministry(item.inputOwnerMinistryId()));
            inputReceivedAt.set(item.inputReceivedAt());
            classified.set(item.classification() == Classification.VS_NFD);
            linked.setAll(item.initiativeIds().stream().map(initiativesById::get).filter(Objects::nonNull).toList());
            outcome.set(item.outcome());
            decisions.setAll(item.decisions().stream().map(decision -> new DecisionRow(decision.id(), decision.text(),
                    decision.initiativeId() == null ? null : initiativesById.get(decision.initiativeId()))).toList());
            actionItems.setAll(actionItemsByTop.getOrDefault(item.id(), List.of()));
            dirty.set(false);
        } finally {
            filling = false;
        }
    }

    /** An empty TOP in the detail form; saving appends it to the agenda. */
    public void newItem() {
        Meeting shown = meeting.get();
        if (shown == null) {
            return;
        }
        edit(new AgendaItem(null, shown.id(), null, items.size(), messages.get("agenda.newTitle"), null, null, null,
                null, null, null, null, null, null, null, null, null, Set.of(), List.of(), null));
        dirty.set(true);
    }

    private void clearDraft() {
        editing.set(null);
        hasDraft.set(false);
        dirty.set(false);
    }

    private Ministry ministry(UUID id) {
        return id == null ? null : ministries.stream().filter(m -> m.id().equals(id)).findFirst().orElse(null);
    }

    public void markInputReceived(boolean received) {
        inputReceivedAt.set(received ? clock.instant() : null);
    }

    public void link(InitiativeSummary initiative) {
        if (initiative != null && !linked.contains(initiative)) {
            linked.add(initiative);
        }
    }

    public void addDecision() {
        decisions.add(new DecisionRow(UUID.randomUUID(), "", linked.size() == 1 ? linked.get(0) : null));
    }

    /** Saves the TOP shown (Ctrl+Enter or "TOP speichern"); a new one is appended to the agenda. */
    public void save() {
        Workspace workspace = model.workspace();
        AgendaItem loaded = editing.get();
        if (workspace == null || loaded == null) {
            return;
        }
        clearErrors();
        AgendaItem edited;
        try {
            edited = edited(loaded);
        } catch (ValidationException e) {
            show(e);
            return;
        }
        boolean created = loaded.audit() == null;
        UUID meetingId = meeting.get().id();
        run(() -> {
            AgendaItem saved = created
                    ? workspace.meetings().addAgendaItem(meetingId, new AgendaItem(UUID.randomUUID(), meetingId,
                    null, 0, edited.title(), edited.themeAreaId(), edited.presenterMinistryId(),
                    edited.presenterPersonId(), edited.plannedMinutes(), edited.background(),
                    edited.proposedDecision(), edited.talkingPoints(), edited.inputDeadline(),
                    edited.inputOwnerMinistryId(), edited.inputReceivedAt(), edited.outcome(),
                    edited.classification(), edited.initiativeIds(), edited.decisions(), null))
                    : workspace.meetings().saveAgendaItem(edited);
            return new Saved(saved, workspace.meetings().agenda(meetingId), workspace.meetings().actionItems(meetingId));
        }, result -> {
            dirty.set(false);
            agendaLoaded(result.agenda(), result.actionItems());
            edit(result.item());
            model.changed();
        });
    }

    private record Saved(AgendaItem item, List<AgendaItem> agenda, Map<UUID, List<ActionItem>> actionItems) {
    }

    private AgendaItem edited(AgendaItem loaded) {
        Integer minutes;
        try {
            minutes = plannedMinutes.get().isBlank() ? null : Integer.valueOf(plannedMinutes.get().strip());
        } catch (NumberFormatException e) {
            throw new ValidationException(MINUTES, "validation.agenda.minutesNumber");
        }
        List<Decision> recorded = new ArrayList<>();
        Map<UUID, Decision> before = new LinkedHashMap<>();
        loaded.decisions().forEach(decision -> before.put(decision.id(), decision));
        for (DecisionRow row : decisions) {
            if (row.textProperty().get().isBlank()) {
                continue;
            }
            Decision old = before.get(row.id());
            InitiativeSummary concerned = row.initiativeProperty().get();
            recorded.add(new Decision(row.id(), row.textProperty().get().strip(),
                    concerned == null ? null : concerned.id(),
                    old == null ? Classification.OFFEN : old.classification(), old == null ? null : old.audit()));
        }
        Set<UUID> initiativeIds = new HashSet<>();
        linked.forEach(row -> initiativeIds.add(row.id()));
        return new AgendaItem(loaded.id(), loaded.meetingId(), loaded.number(), loaded.position(), title.get(),
                themeArea.get() == null ? null : themeArea.get().id(),
                presenterMinistry.get() == null ? null : presenterMinistry.get().id(),
                presenterPerson.get() == null ? null : presenterPerson.get().id(), minutes,
                blankToNull(background.get()), blankToNull(proposedDecision.get()), blankToNull(talkingPoints.get()),
                inputDeadline.get(), inputOwner.get() == null ? null : inputOwner.get().id(), inputReceivedAt.get(),
                outcome.get(), classified.get() ? Classification.VS_NFD : Classification.OFFEN, initiativeIds,
                recorded, loaded.audit());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Records an action item (Auftrag) on the TOP shown; it must have been saved before. */
    public void addActionItem(String description, Ministry owner, Person person, LocalDate due,
                              InitiativeSummary initiative, Runnable done) {
        Workspace workspace = model.workspace();
        AgendaItem item = editing.get();
        if (workspace == null || item == null || item.audit() == null) {
            return;
        }
        errors.get(ACTION).set("");
        ActionItem draft;
        try {
            draft = new ActionItem(UUID.randomUUID(), item.id(), description, owner == null ? null : owner.id(),
                    person == null ? null : person.id(), due, ActionItemStatus.OFFEN, null,
                    initiative == null ? null : initiative.id(), null);
        } catch (ValidationException e) {
            errors.get(ACTION).set(messages.of(e));
            return;
        }
        UUID meetingId = meeting.get().id();
        run(() -> {
            workspace.meetings().saveActionItem(draft);
            return workspace.meetings().actionItems(meetingId);
        }, actions -> {
            actionItemsByTop.clear();
            actionItemsByTop.putAll(actions);
            actionItems.setAll(actions.getOrDefault(item.id(), List.of()));
            model.changed();
            done.run();
        });
    }

    /** The steps the initiative a decision concerns may take now. */
    public List<InitiativeStatus> statusSteps(InitiativeSummary initiative) {
        // the summary does not know where a deferred one came from; the service checks that step
        return initiative == null ? List.of() : List.copyOf(initiative.status().allowedTargets(null));
    }

    /**
     * Moves the initiative a saved decision concerns to {@code target}, with the decision's text
     * as the reason; the history entry refers to the decision.
     */
    public void applyDecision(DecisionRow row, InitiativeStatus target, Consumer<String> done) {
        Workspace workspace = model.workspace();
        InitiativeSummary initiative = row.initiativeProperty().get();
        if (workspace == null || initiative == null || target == null) {
            return;
        }
        String reason = messages.get("agenda.decision.reason", editing.get().number(), row.textProperty().get());
        run(() -> {
            workspace.initiatives().changeStatus(initiative.id(), target, reason, row.id());
            return workspace.initiatives().list();
        }, list -> {
            initiativesLoaded(list);
            row.initiativeProperty().set(initiativesById.get(initiative.id()));
            dirty.set(false);
            model.changed();
            done.accept(messages.get("agenda.decision.applied", initiative.number(), target));
        });
    }

    // --- errors and background work ---------------------------------------------------------

    private <T> void run(Callable<T> work, Consumer<T> then) {
        busy.set(true);
        problem.set("");
        BackgroundTask.wrap(work)
                .onSuccess(then)
                .onFailure(this::failed)
                .onFinished(() -> busy.set(false))
                .executeWith(model.executor());
    }

    private void failed(Throwable error) {
        if (error instanceof ConcurrentChangeException concurrent) {
            problem.set(messages.of(concurrent));
        } else if (error instanceof ValidationException refused) {
            show(refused);
        } else if (error instanceof DeskException known) {
            problem.set(messages.of(known));
        } else {
            problem.set(messages.get("error.unexpected", error.getClass().getSimpleName()));
            org.slf4j.LoggerFactory.getLogger(AgendaViewModel.class).error("Agenda change failed", error);
        }
    }

    private void show(ValidationException e) {
        String field = e.field();
        ReadOnlyStringWrapper error = errors.get(field);
        if (error == null) {
            problem.set(messages.of(e));
        } else {
            error.set(messages.of(e));
        }
    }

    private void clearErrors() {
        errors.values().forEach(error -> error.set(""));
        problem.set("");
    }

    // --- properties for the view ------------------------------------------------------------

    public ReadOnlyStringProperty errorProperty(String field) {
        return Objects.requireNonNull(errors.get(field), field).getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Meeting> meetingProperty() {
        return meeting.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<AgendaItem> editingProperty() {
        return editing.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasDraftProperty() {
        return hasDraft.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ObservableList<ThemeArea> themeAreas() {
        return themeAreas;
    }

    public ObservableList<Ministry> ministries() {
        return ministries;
    }

    public ObservableList<Person> persons() {
        return persons;
    }

    public ObservableList<InitiativeSummary> initiatives() {
        return initiatives;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public ObjectProperty<ThemeArea> themeAreaProperty() {
        return themeArea;
    }

    public ObjectProperty<Ministry> presenterMinistryProperty() {
        return presenterMinistry;
    }

    public ObjectProperty<Person> presenterPersonProperty() {
        return presenterPerson;
    }

    public StringProperty plannedMinutesProperty() {
        return plannedMinutes;
    }

    public StringProperty backgroundProperty() {
        return background;
    }

    public StringProperty proposedDecisionProperty() {
        return proposedDecision;
    }

    public StringProperty talkingPointsProperty() {
        return talkingPoints;
    }

    public ObjectProperty<LocalDate> inputDeadlineProperty() {
        return inputDeadline;
    }

    public ObjectProperty<Ministry> inputOwnerProperty() {
        return inputOwner;
    }

    public ReadOnlyObjectProperty<Instant> inputReceivedAtProperty() {
        return inputReceivedAt;
    }

    public BooleanProperty classifiedProperty() {
        return classified;
    }

    public ObservableList<InitiativeSummary> linked() {
        return linked;
    }

    public ObjectProperty<AgendaOutcome> outcomeProperty() {
        return outcome;
    }

    public ObservableList<DecisionRow> decisions() {
        return decisions;
    }

    public ObservableList<ActionItem> actionItems() {
        return actionItems;
    }

    /** The name a list shows for a ministry or person id of an action item. */
    public String ownerName(ActionItem item) {
        if (item.ownerPersonId() != null) {
            return persons.stream().filter(p -> p.id().equals(item.ownerPersonId())).findFirst()
                    .map(p -> p.firstName() + " " + p.lastName()).orElse("");
        }
        Ministry owner = ministry(item.ownerMinistryId());
        return owner == null ? "" : owner.abbreviation();
    }

    public InitiativeSummary initiative(UUID id) {
        return id == null ? null : initiativesById.get(id);
    }

    Messages messages() {
        return messages;
    }
}
