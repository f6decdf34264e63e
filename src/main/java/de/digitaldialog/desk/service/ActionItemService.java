package de.digitaldialog.desk.service;

import de.digitaldialog.desk.domain.ActionItem;
import de.digitaldialog.desk.domain.ActionItemStatus;
import de.digitaldialog.desk.domain.Deadline;
import de.digitaldialog.desk.domain.FollowUp;
import de.digitaldialog.desk.domain.FollowUpFilter;
import de.digitaldialog.desk.domain.Meeting;
import de.digitaldialog.desk.store.Database;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The Beschlusskontrolle: the action items of all meetings with where they come from, their
 * progress updates, and the deadlines of the next days. Saving goes through
 * {@link MeetingService#saveActionItem}, which holds the rules of an action item.
 */
public final class ActionItemService {

    /** How far ahead the deadline list looks. */
    public static final int DEADLINE_DAYS = 14;

    private final Database database;
    private final CurrentUser user;
    private final MeetingService meetings;

    public ActionItemService(Database database, CurrentUser user, MeetingService meetings) {
        this.database = database;
        this.user = user;
        this.meetings = meetings;
    }

    /** Today in the meetings' zone: what "overdue" is measured against. */
    public LocalDate today() {
        return LocalDate.now(user.clock().withZone(Meeting.ZONE));
    }

    /** The action items that pass the filter, soonest due first. */
    public List<FollowUp> list(FollowUpFilter filter) {
        return database.read(store -> store.followUps().actionItems()).stream().filter(filter).toList();
    }

    /**
     * Records progress on an item as loaded (its version guards against a concurrent change). An
     * overdue item's status or due date moves only with a reason for the delay
     * ({@code ValidationException} at {@code delayReason}, nothing saved).
     */
    public ActionItem update(ActionItem loaded, ActionItemStatus status, LocalDate dueDate, String delayReason) {
        return meetings.saveActionItem(loaded.withProgress(status, dueDate, delayReason));
    }

    /**
     * What falls due in the next {@link #DEADLINE_DAYS} days, earliest first, overdue ones
     * included: inputs owed for TOPs of meetings still ahead, and unfinished action items.
     */
    public List<Deadline> upcomingDeadlines() {
        LocalDate today = today();
        LocalDate until = today.plusDays(DEADLINE_DAYS);
        return database.read(store -> {
            List<Deadline> deadlines = new ArrayList<>(store.followUps().openInputDeadlines(until,
                    today.atStartOfDay()));
            store.followUps().actionItems().stream()
                    .filter(row -> row.item().status() != ActionItemStatus.ERLEDIGT)
                    .filter(row -> row.item().dueDate() != null && !row.item().dueDate().isAfter(until))
                    .map(ActionItemService::deadline)
                    .forEach(deadlines::add);
            deadlines.sort(Comparator.comparing(Deadline::date));
            return deadlines;
        });
    }

    private static Deadline deadline(FollowUp row) {
        return new Deadline(Deadline.Kind.ACTION_ITEM, row.item().dueDate(), row.item().id(),
                row.item().description(), row.owner(), row.meetingNumber(), row.meetingTitle(),
                row.meetingStartsAt(), row.agendaNumber(), row.classification());
    }
}
