package de.digitaldialog.desk.ui.meeting.agenda;

import de.digitaldialog.desk.domain.AgendaItem;
import de.digitaldialog.desk.domain.AgendaOutcome;
import de.digitaldialog.desk.domain.Classification;
import de.digitaldialog.desk.domain.InitiativeSummary;
import de.digitaldialog.desk.domain.Meeting;
import de.digitaldialog.desk.domain.Ministry;
import de.digitaldialog.desk.domain.Person;
import de.digitaldialog.desk.domain.ThemeArea;
import de.digitaldialog.desk.domain.ValidationException;
import de.digitaldialog.desk.domain.Violation;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.service.InitiativeService;
import de.digitaldialog.desk.service.MeetingService;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The selected TOP as edited: its fields, planned minutes, input deadline, linked initiatives and
 * outcome (its decisions are {@link DecisionsViewModel}'s rows). Tracks unsaved changes; a field
 * is checked when the user leaves it, and saving names every broken rule at once.
 */
public final class TopEditorViewModel {

    static final String TITLE = "title";
    static final String MINUTES = "plannedMinutes";
    static final String DEADLINE = "inputDeadline";
    /** The service's field for "minutes only from the start": outcome, decisions and action items alike. */
    static final String RECORD = "minutes";

    /** A stored TOP, with the agenda and action items read after saving it. */
    record Saved(AgendaItem item, AgendaRead agenda) {
    }

    private final Messages messages;
    private final MeetingService meetings;
    private final AgendaWork work;
    private final AgendaChoices choices;
    private final Clock clock;
    private final ReadOnlyObjectProperty<Meeting> meeting;
    private final DecisionsViewModel decisions;

    private final ReadOnlyObjectWrapper<AgendaItem> editing = new ReadOnlyObjectWrapper<>(this, "editing");
    private final ReadOnlyBooleanWrapper hasDraft = new ReadOnlyBooleanWrapper(this, "hasDraft");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
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

    private boolean filling;

    TopEditorViewModel(Messages messages, MeetingService meetings, InitiativeService initiatives, AgendaWork work,
                       AgendaChoices choices, Clock clock, ReadOnlyObjectProperty<Meeting> meeting) {
        this.messages = messages;
        this.meetings = meetings;
        this.work = work;
        this.choices = choices;
        this.clock = clock;
        this.meeting = meeting;
        this.decisions = new DecisionsViewModel(messages, initiatives, work, choices, this::touched);
        List<ObservableValue<?>> edited = List.of(title, themeArea, presenterMinistry, presenterPerson,
                plannedMinutes, background, proposedDecision, talkingPoints, inputDeadline, inputOwner,
                inputReceivedAt, classified, outcome);
        edited.forEach(value -> value.addListener((observable, was, now) -> touched()));
        linked.addListener((ListChangeListener<InitiativeSummary>) change -> touched());
    }

    private void touched() {
        if (!filling && hasDraft.get()) {
            dirty.set(true);
        }
    }

    /** Shows a TOP (the caller asks first when there are unsaved changes). */
    void show(AgendaItem item) {
        filling = true;
        try {
            editing.set(item);
            hasDraft.set(true);
            work.form().clearFields();
            work.form().problem("");
            title.set(item.title());
            themeArea.set(choices.themeArea(item.themeAreaId()));
            presenterMinistry.set(choices.ministry(item.presenterMinistryId()));
            presenterPerson.set(choices.person(item.presenterPersonId()));
            plannedMinutes.set(item.plannedMinutes() == null ? "" : item.plannedMinutes().toString());
            background.set(Objects.requireNonNullElse(item.background(), ""));
            proposedDecision.set(Objects.requireNonNullElse(item.proposedDecision(), ""));
            talkingPoints.set(Objects.requireNonNullElse(item.talkingPoints(), ""));
            inputDeadline.set(item.inputDeadline());
            inputOwner.set(choices.ministry(item.inputOwnerMinistryId()));
            inputReceivedAt.set(item.inputReceivedAt());
            classified.set(item.classification() == Classification.VS_NFD);
            linked.setAll(item.initiativeIds().stream().map(choices::initiative).filter(Objects::nonNull).toList());
            outcome.set(item.outcome());
            decisions.show(item);
            dirty.set(false);
        } finally {
            filling = false;
        }
    }

    /** An empty TOP at the end of the agenda; saving appends it. */
    void newItem(int position) {
        Meeting shown = meeting.get();
        if (shown == null) {
            return;
        }
        show(new AgendaItem(null, shown.id(), null, position, messages.get("agenda.newTitle"), null, null, null,
                null, null, null, null, null, null, null, null, null, Set.of(), List.of(), null));
        dirty.set(true);
    }

    /** The TOP shown is gone (removed): the form empties. */
    void clear() {
        editing.set(null);
        hasDraft.set(false);
        dirty.set(false);
    }

    /** Nothing left to save, e.g. after a decision's step was applied. */
    void clean() {
        dirty.set(false);
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
        decisions.add(linked);
    }

    /** Checks one field as the user leaves it: its messages show, or it clears. */
    public void check(String field) {
        AgendaItem loaded = editing.get();
        if (loaded == null) {
            return;
        }
        work.form().clear(field);
        violations(loaded).stream().filter(violation -> field.equals(violation.field()))
                .forEach(work.form()::show);
    }

    /** Saves the TOP shown; a new one is appended to the agenda. {@code saved} hears the stored TOP. */
    void save(Consumer<Saved> saved) {
        AgendaItem loaded = editing.get();
        if (loaded == null) {
            return;
        }
        work.form().clearFields();
        work.form().problem("");
        List<Violation> broken = violations(loaded);
        if (!broken.isEmpty()) {
            work.form().show(new ValidationException(broken));
            return;
        }
        AgendaItem edited = edited(loaded, minutes());
        UUID meetingId = meeting.get().id();
        work.run(() -> {
            AgendaItem stored = loaded.audit() == null
                    ? meetings.addAgendaItem(meetingId, new AgendaItem(UUID.randomUUID(), meetingId, null, 0,
                    edited.title(), edited.themeAreaId(), edited.presenterMinistryId(), edited.presenterPersonId(),
                    edited.plannedMinutes(), edited.background(), edited.proposedDecision(), edited.talkingPoints(),
                    edited.inputDeadline(), edited.inputOwnerMinistryId(), edited.inputReceivedAt(),
                    edited.outcome(), edited.classification(), edited.initiativeIds(), edited.decisions(), null))
                    : meetings.saveAgendaItem(edited);
            return new Saved(stored, AgendaRead.after(meetings.agenda(meetingId), meetings, meetingId));
        }, result -> {
            dirty.set(false);
            saved.accept(result);
        });
    }

    /**
     * Every broken rule of the TOP as edited, in one pass: the planned minutes as a number, the
     * record's own rules, and the input deadline before the meeting's day (the service checks it again).
     */
    private List<Violation> violations(AgendaItem loaded) {
        List<Violation> broken = new ArrayList<>();
        Integer minutes = null;
        try {
            minutes = minutes();
        } catch (NumberFormatException e) {
            broken.add(new Violation(MINUTES, "validation.agenda.minutesNumber"));
        }
        try {
            edited(loaded, minutes);
        } catch (ValidationException e) {
            broken.addAll(e.violations());
        }
        LocalDate day = meeting.get() == null ? null : meeting.get().startsAt().toLocalDate();
        if (day != null && inputDeadline.get() != null && inputDeadline.get().isAfter(day)) {
            broken.add(new Violation(DEADLINE, "validation.agenda.deadlineAfterMeeting", day));
        }
        return broken;
    }

    private Integer minutes() {
        return plannedMinutes.get().isBlank() ? null : Integer.valueOf(plannedMinutes.get().strip());
    }

    private AgendaItem edited(AgendaItem loaded, Integer minutes) {
        Set<UUID> initiativeIds = new HashSet<>();
        linked.forEach(row -> initiativeIds.add(row.id()));
        return new AgendaItem(loaded.id(), loaded.meetingId(), loaded.number(), loaded.position(), title.get(),
                themeArea.get() == null ? null : themeArea.get().id(),
                presenterMinistry.get() == null ? null : presenterMinistry.get().id(),
                presenterPerson.get() == null ? null : presenterPerson.get().id(), minutes,
                blankToNull(background.get()), blankToNull(proposedDecision.get()), blankToNull(talkingPoints.get()),
                inputDeadline.get(), inputOwner.get() == null ? null : inputOwner.get().id(), inputReceivedAt.get(),
                outcome.get(), classified.get() ? Classification.VS_NFD : Classification.OFFEN, initiativeIds,
                decisions.recorded(loaded), loaded.audit());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    // --- properties for the view ------------------------------------------------------------

    public ReadOnlyStringProperty errorProperty(String field) {
        return work.form().errorProperty(field);
    }

    public DecisionsViewModel decisions() {
        return decisions;
    }

    public ReadOnlyObjectProperty<AgendaItem> editingProperty() {
        return editing.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasDraftProperty() {
        return hasDraft.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
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
}
