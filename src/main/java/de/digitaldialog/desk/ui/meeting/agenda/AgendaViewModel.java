package de.digitaldialog.desk.ui.meeting.agenda;

import de.digitaldialog.desk.domain.AgendaItem;
import de.digitaldialog.desk.domain.InitiativeStatus;
import de.digitaldialog.desk.domain.Meeting;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.service.InitiativeService;
import de.digitaldialog.desk.service.MeetingService;
import de.digitaldialog.desk.service.ReferenceDataService;
import de.digitaldialog.desk.ui.dialog.ErrorReporter;
import de.digitaldialog.desk.ui.common.TaskExecutor;
import de.digitaldialog.desk.ui.common.WorkspaceModel;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * A meeting's agenda: the TOP list ({@link TopListViewModel}), the selected TOP's editor
 * ({@link TopEditorViewModel}) with its decisions ({@link DecisionsViewModel}) and its action
 * items ({@link TopActionItemsViewModel}), and what they share: the meeting, the choices, and the
 * background work. Every change is one service call; the list is reloaded from what the service
 * returns, so numbers always are the stored ones.
 */
public final class AgendaViewModel {

    private final MeetingService meetings;
    private final InitiativeService initiatives;
    private final ReferenceDataService referenceData;
    private final WorkspaceModel model;
    private final Clock clock;
    private final ReadOnlyObjectWrapper<Meeting> meeting = new ReadOnlyObjectWrapper<>(this, "meeting");
    private final AgendaWork work;
    private final AgendaChoices choices;
    private final TopListViewModel list;
    private final TopEditorViewModel editor;
    private final TopActionItemsViewModel actionItems;

    public AgendaViewModel(Messages messages, TaskExecutor executor, MeetingService meetings,
                           InitiativeService initiatives, ReferenceDataService referenceData, WorkspaceModel model,
                           ErrorReporter errors) {
        this(messages, executor, meetings, initiatives, referenceData, model, errors, Clock.systemDefaultZone());
    }

    AgendaViewModel(Messages messages, TaskExecutor executor, MeetingService meetings, InitiativeService initiatives,
                    ReferenceDataService referenceData, WorkspaceModel model, ErrorReporter errors, Clock clock) {
        this.meetings = meetings;
        this.initiatives = initiatives;
        this.referenceData = referenceData;
        this.model = model;
        this.clock = clock;
        this.work = new AgendaWork(messages, executor);
        this.choices = new AgendaChoices(messages);
        this.list = new TopListViewModel(messages, meetings, work, clock, meeting.getReadOnlyProperty(), this::loaded);
        this.editor = new TopEditorViewModel(messages, meetings, initiatives, work, choices, clock,
                meeting.getReadOnlyProperty());
        this.actionItems = new TopActionItemsViewModel(messages, executor, meetings, errors, choices, clock,
                model::changed);
    }

    /** What one read brings: the agenda, and the choices the first time. */
    private record Shown(AgendaRead agenda, AgendaChoices.Read choices) {
    }

    /**
     * Shows the agenda of this meeting (again, e.g. after its status changed), keeping the selected
     * TOP. The choices are read the first time only.
     */
    public void show(Meeting shown) {
        meeting.set(shown);
        if (shown == null) {
            return;
        }
        UUID meetingId = shown.id();
        boolean withChoices = !choices.isLoaded();
        work.run(() -> new Shown(AgendaRead.after(meetings.agenda(meetingId), meetings, meetingId),
                withChoices ? AgendaChoices.Read.from(referenceData, initiatives) : null), read -> {
            if (read.choices() != null) {
                choices.loaded(read.choices());
            }
            loaded(read.agenda());
        });
    }

    private void loaded(AgendaRead read) {
        AgendaItem selected = editor.editingProperty().get();
        actionItems.loaded(read.actionItems());
        list.items().setAll(read.agenda());
        if (selected != null && !editor.dirtyProperty().get()) {
            read.agenda().stream().filter(item -> item.id().equals(selected.id())).findFirst().ifPresent(this::edit);
        }
    }

    /** Shows a TOP in the editor (the caller asks first when there are unsaved changes). */
    public void edit(AgendaItem item) {
        editor.show(item);
        actionItems.show(item.id());
    }

    /** An empty TOP in the editor; saving appends it to the agenda. */
    public void newItem() {
        editor.newItem(list.items().size());
        actionItems.show(null);
    }

    /** Saves the TOP shown (Ctrl+Enter or "TOP speichern"); a new one is appended to the agenda. */
    public void save() {
        editor.save(saved -> {
            loaded(saved.agenda());
            edit(saved.item());
            model.changed();
        });
    }

    public void remove(AgendaItem item) {
        if (item == null) {
            return;
        }
        AgendaItem shown = editor.editingProperty().get();
        if (shown != null && item.id().equals(shown.id())) {
            editor.clear();
            actionItems.show(null);
        }
        list.remove(item);
    }

    /**
     * Moves the initiative a saved decision concerns to {@code target}, with the decision's text
     * as the reason; {@code done} hears what happened.
     */
    public void applyDecision(DecisionsViewModel.DecisionRow row, InitiativeStatus target, Consumer<String> done) {
        editor.decisions().apply(row, editor.editingProperty().get().number(), target, () -> {
            editor.clean();
            model.changed();
        }, done);
    }

    /** Minutes are recorded from the meeting's start on. */
    public BooleanBinding minutesOpen() {
        return Bindings.createBooleanBinding(() -> meeting.get() != null
                && !LocalDateTime.now(clock.withZone(Meeting.ZONE)).isBefore(meeting.get().startsAt()), meeting);
    }

    /** A saved TOP is shown: action items can be recorded on it. */
    public BooleanBinding savedItemShown() {
        return Bindings.createBooleanBinding(() -> editor.editingProperty().get() != null
                && editor.editingProperty().get().audit() != null, editor.editingProperty());
    }

    public TopListViewModel list() {
        return list;
    }

    public TopEditorViewModel editor() {
        return editor;
    }

    public DecisionsViewModel decisions() {
        return editor.decisions();
    }

    public TopActionItemsViewModel actionItems() {
        return actionItems;
    }

    public AgendaChoices choices() {
        return choices;
    }

    public ReadOnlyObjectProperty<Meeting> meetingProperty() {
        return meeting.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return work.busyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return work.form().problemProperty();
    }
}
