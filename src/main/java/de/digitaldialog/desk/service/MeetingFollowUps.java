package de.digitaldialog.desk.service;

import de.digitaldialog.desk.domain.AgendaItem;
import de.digitaldialog.desk.domain.AgendaOutcome;
import de.digitaldialog.desk.domain.DeskException;
import de.digitaldialog.desk.domain.Meeting;
import de.digitaldialog.desk.domain.MeetingStatus;
import de.digitaldialog.desk.domain.MeetingSummary;
import de.digitaldialog.desk.domain.Participant;
import de.digitaldialog.desk.domain.ValidationException;
import de.digitaldialog.desk.store.Database;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * New meetings made from one that exists: the follow-up meeting (Folgesitzung), templates, and
 * series. Each call is one transaction and leaves the meeting it starts from unchanged.
 *
 * <p>Every copy takes the meeting's frame — format, mode, title, length, place, video link,
 * host Land, chairs, classification, file reference, invited Länder — and its participants
 * (as new participant rows). It starts in status GEPLANT with a new number; notes, attachments
 * and the iCalendar state stay with the original. A TOP is copied with what prepares it —
 * title, theme area, presenter, planned minutes, linked initiatives, proposed decision, talking
 * points, background, classification — but without outcome, decisions, action items or input
 * deadline (all of those belong to one date); the copies are numbered 1, 2, 3 … in their order.
 */
public final class MeetingFollowUps {

    /** The unit between the meetings of a series: every K weeks, or every K months (3 = quarterly). */
    public enum Step {
        WEEKS, MONTHS
    }

    /** At most this many meetings in one series, and at most this many weeks or months apart. */
    public static final int SERIES_LIMIT = 52;

    private final Database database;
    private final MeetingService meetings;

    public MeetingFollowUps(Database database, MeetingService meetings) {
        this.database = database;
        this.meetings = meetings;
    }

    /** The meetings kept as templates, by date; the meeting list ({@link MeetingService#list()}) leaves them out. */
    public List<MeetingSummary> templates() {
        return database.read(store -> store.meetings().findTemplateSummaries());
    }

    /**
     * "Folgesitzung anlegen": a new meeting at {@code newStart} (same length) following
     * {@code meetingId} ({@code predecessorId}), with every TOP that was adjourned (VERTAGT) or
     * has no outcome yet carried over.
     *
     * @return the new meeting
     * @throws DeskException {@code error.notFound} for an unknown meeting;
     *                       {@code validation.required} (field "startsAt") without a start
     */
    public Meeting createFollowUp(UUID meetingId, LocalDateTime newStart) {
        return database.inTransaction(store -> {
            Meeting source = meetings.load(meetingId);
            return copy(source, newStart, false, source.id(), null, MeetingFollowUps::stillOpen);
        });
    }

    /**
     * Keeps a meeting as a template: a copy marked {@code template} at the same date, with all
     * its TOPs. A template is no appointment: the meeting list, an initiative's references and
     * the calendar export leave it out; {@link #templates()} lists it.
     *
     * @return the template
     */
    public Meeting saveAsTemplate(UUID meetingId) {
        return database.inTransaction(store -> {
            Meeting source = meetings.load(meetingId);
            return copy(source, source.startsAt(), true, null, null, item -> true);
        });
    }

    /**
     * A meeting at {@code start} made from a template, with all its TOPs.
     *
     * @throws DeskException {@code error.meeting.notTemplate} when the meeting is no template
     */
    public Meeting createFromTemplate(UUID templateId, LocalDateTime start) {
        return database.inTransaction(store -> {
            Meeting template = meetings.load(templateId);
            if (!template.template()) {
                throw new DeskException("error.meeting.notTemplate", template.number());
            }
            return copy(template, start, false, null, null, item -> true);
        });
    }

    /**
     * A series: {@code count} meetings made from a meeting or template, the first at
     * {@code firstStart}, the next ones {@code every} weeks or months after it (by the calendar:
     * monthly from 31 January gives 28 or 29 February, then 31 March), all with all its TOPs
     * and one new {@code seriesId}.
     *
     * @return the new meetings by start
     * @throws ValidationException {@code validation.series.count} (field "count") or
     *                             {@code validation.series.every} (field "every") outside 1 to
     *                             {@link #SERIES_LIMIT}
     */
    public List<Meeting> createSeries(UUID sourceId, LocalDateTime firstStart, int count, int every, Step step) {
        if (count < 1 || count > SERIES_LIMIT) {
            throw new ValidationException("count", "validation.series.count", SERIES_LIMIT);
        }
        if (every < 1 || every > SERIES_LIMIT) {
            throw new ValidationException("every", "validation.series.every", SERIES_LIMIT);
        }
        requireStart(firstStart);
        Objects.requireNonNull(step, "step");
        UUID seriesId = UUID.randomUUID();
        return database.inTransaction(store -> {
            Meeting source = meetings.load(sourceId);
            List<Meeting> series = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                // each start counted from the first, so a month end stays a month end where it can
                long distance = (long) i * every;
                LocalDateTime start = step == Step.WEEKS ? firstStart.plusWeeks(distance)
                        : firstStart.plusMonths(distance);
                series.add(copy(source, start, false, null, seriesId, item -> true));
            }
            return series;
        });
    }

    /** Adjourned or not dealt with: what a follow-up meeting carries over. */
    private static boolean stillOpen(AgendaItem item) {
        return item.outcome() == null || item.outcome() == AgendaOutcome.VERTAGT;
    }

    /** Runs inside the caller's transaction: MeetingService's calls join it. */
    private Meeting copy(Meeting source, LocalDateTime start, boolean template, UUID predecessorId, UUID seriesId,
                         Predicate<AgendaItem> carried) {
        requireStart(start);
        Duration length = Duration.between(source.startsAt(), source.endsAt());
        List<Participant> participants = source.participants().stream()
                .map(p -> new Participant(UUID.randomUUID(), p.personId(), p.ministryId(), p.role(), null))
                .toList();
        Meeting created = meetings.create(new Meeting(UUID.randomUUID(), null, source.formatId(), source.title(),
                source.mode(), start, start.plus(length), source.place(), source.videoLink(), source.hostLandId(),
                source.chairPersonIds(), MeetingStatus.GEPLANT, null, source.classification(),
                source.fileReference(), null, participants, source.invitedLandIds(), 0, null, template,
                predecessorId, seriesId, null));
        for (AgendaItem item : meetings.agenda(source.id())) {
            if (carried.test(item)) {
                meetings.addAgendaItem(created.id(), planningCopy(item, created.id()));
            }
        }
        return created;
    }

    private static void requireStart(LocalDateTime start) {
        if (start == null) {
            throw new ValidationException("startsAt", "validation.required");
        }
    }

    private static AgendaItem planningCopy(AgendaItem item, UUID meetingId) {
        return new AgendaItem(UUID.randomUUID(), meetingId, null, 0, item.title(), item.themeAreaId(),
                item.presenterMinistryId(), item.presenterPersonId(), item.plannedMinutes(), item.background(),
                item.proposedDecision(), item.talkingPoints(), null, null, null, null, item.classification(),
                item.initiativeIds(), List.of(), null);
    }
}
