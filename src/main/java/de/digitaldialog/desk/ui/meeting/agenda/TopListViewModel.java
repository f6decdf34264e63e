package de.digitaldialog.desk.ui.meeting.agenda;

import de.digitaldialog.desk.domain.AgendaItem;
import de.digitaldialog.desk.domain.Meeting;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.service.MeetingService;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The TOPs in order, their planned time against the meeting's length, and the steps that
 * rearrange them (move, nest, remove). The service renumbers; the list shows what it returns.
 */
public final class TopListViewModel {

    private final Messages messages;
    private final MeetingService meetings;
    private final AgendaWork work;
    private final Clock clock;
    private final ReadOnlyObjectProperty<Meeting> meeting;
    private final Consumer<AgendaRead> reloaded;
    private final ObservableList<AgendaItem> items = FXCollections.observableArrayList();

    TopListViewModel(Messages messages, MeetingService meetings, AgendaWork work, Clock clock,
                     ReadOnlyObjectProperty<Meeting> meeting, Consumer<AgendaRead> reloaded) {
        this.messages = messages;
        this.meetings = meetings;
        this.work = work;
        this.clock = clock;
        this.meeting = meeting;
        this.reloaded = reloaded;
    }

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

    public void move(AgendaItem item, int offset) {
        if (item != null) {
            change(() -> meetings.moveAgendaItem(item.id(), offset));
        }
    }

    /**
     * A TOP dropped on another takes that one's place: the same step as moving it there by keys,
     * so the numbering follows the same rules (renumbered while planned, kept once invited).
     */
    public void moveTo(AgendaItem item, AgendaItem target) {
        int from = items.indexOf(item);
        int to = items.indexOf(target);
        if (from >= 0 && to >= 0 && from != to) {
            move(item, to - from);
        }
    }

    public void setSubItem(AgendaItem item, boolean sub) {
        if (item != null) {
            change(() -> meetings.setSubItem(item.id(), sub));
        }
    }

    void remove(AgendaItem item) {
        change(() -> meetings.removeAgendaItem(item.id(), item.audit().version()));
    }

    private void change(Callable<List<AgendaItem>> step) {
        var meetingId = meeting.get().id();
        work.run(() -> AgendaRead.after(step.call(), meetings, meetingId), reloaded);
    }
}
