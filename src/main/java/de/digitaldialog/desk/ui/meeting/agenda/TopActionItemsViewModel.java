package de.digitaldialog.desk.ui.meeting.agenda;

import de.digitaldialog.desk.domain.ActionItem;
import de.digitaldialog.desk.domain.AgendaItem;
import de.digitaldialog.desk.domain.InitiativeSummary;
import de.digitaldialog.desk.domain.Meeting;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.service.MeetingService;
import de.digitaldialog.desk.ui.actionitem.form.ActionItemEditViewModel;
import de.digitaldialog.desk.ui.common.BackgroundTask;
import de.digitaldialog.desk.ui.dialog.ErrorReporter;
import de.digitaldialog.desk.ui.common.TaskExecutor;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The action items (Aufträge) of the TOP shown, and the form of a new one: it is the action
 * item's own form ({@link ActionItemEditViewModel}), for this TOP.
 */
public final class TopActionItemsViewModel {

    private final Messages messages;
    private final TaskExecutor executor;
    private final MeetingService meetings;
    private final ErrorReporter errors;
    private final AgendaChoices choices;
    private final Clock clock;
    private final Runnable changed;
    private final Map<UUID, List<ActionItem>> byTop = new LinkedHashMap<>();
    private final ObservableList<ActionItem> shown = FXCollections.observableArrayList();
    private UUID shownTop;

    TopActionItemsViewModel(Messages messages, TaskExecutor executor, MeetingService meetings, ErrorReporter errors,
                            AgendaChoices choices, Clock clock, Runnable changed) {
        this.messages = messages;
        this.executor = executor;
        this.meetings = meetings;
        this.errors = errors;
        this.choices = choices;
        this.clock = clock;
        this.changed = changed;
    }

    void loaded(Map<UUID, List<ActionItem>> actionItems) {
        byTop.clear();
        byTop.putAll(actionItems);
        show(shownTop);
    }

    void show(UUID top) {
        shownTop = top;
        shown.setAll(top == null ? List.of() : byTop.getOrDefault(top, List.of()));
    }

    /** The action items of the TOP shown. */
    public ObservableList<ActionItem> items() {
        return shown;
    }

    /**
     * The form of a new action item for the stored TOP {@code top}; the initiative is preselected
     * when exactly one is linked. Saving it reloads this list.
     */
    public ActionItemEditViewModel newActionItem(AgendaItem top, List<InitiativeSummary> linked) {
        UUID meetingId = top.meetingId();
        ActionItemEditViewModel.NewFor target = new ActionItemEditViewModel.NewFor(top, List.copyOf(choices.ministries()),
                List.copyOf(choices.persons()), List.copyOf(choices.initiatives()),
                linked.size() == 1 ? linked.get(0) : null);
        return ActionItemEditViewModel.create(target, LocalDate.now(clock.withZone(Meeting.ZONE)), messages, executor,
                meetings, errors, () -> BackgroundTask.wrap(() -> meetings.actionItems(meetingId))
                        .onSuccess(actions -> {
                            loaded(actions);
                            changed.run();
                        })
                        .executeWith(executor));
    }
}
