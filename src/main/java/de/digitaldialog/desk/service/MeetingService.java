package de.digitaldialog.desk.service;

import de.digitaldialog.desk.domain.ActionItem;
import de.digitaldialog.desk.domain.Actor;
import de.digitaldialog.desk.domain.AgendaItem;
import de.digitaldialog.desk.domain.Attachment;
import de.digitaldialog.desk.domain.Decision;
import de.digitaldialog.desk.domain.DeletionKind;
import de.digitaldialog.desk.domain.DeskException;
import de.digitaldialog.desk.domain.Meeting;
import de.digitaldialog.desk.domain.MeetingSummary;
import de.digitaldialog.desk.domain.ValidationException;
import de.digitaldialog.desk.store.AttachmentRepository;
import de.digitaldialog.desk.store.Database;
import de.digitaldialog.desk.store.Store;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Meetings and what hangs on them: agenda, minutes, action items and attachments. Each change
 * is one transaction, and the meeting rules live here: status only moves along its allowed
 * steps, TOP numbers are frozen from the invitation on, minutes are recorded from the start on.
 */
public final class MeetingService {

    private static final String NUMBER_KIND = "SIT";
    private static final String UNKNOWN_MEDIA_TYPE = "application/octet-stream";

    private final Database database;
    private final CurrentUser user;

    public MeetingService(Database database, CurrentUser user) {
        this.database = database;
        this.user = user;
    }

    public List<MeetingSummary> list() {
        return database.read(store -> store.meetings().findSummaries());
    }

    public Meeting load(UUID id) {
        return database.read(store -> store.meetings().findById(id)).orElseThrow(() -> notFound(id));
    }

    /** The meeting or template with this number (SIT-BY1-0001), in any case. */
    public Optional<Meeting> findByNumber(String number) {
        return database.read(store -> store.meetings().findByNumber(number));
    }

    /** Stores a new meeting and hands out its number (SIT-BY1-0001); the draft's number is ignored. */
    public Meeting create(Meeting draft) {
        Actor actor = user.now();
        return database.inTransaction(store -> {
            String number = store.installations().nextNumber(user.installation(), NUMBER_KIND);
            return store.meetings().save(draft.withNumber(number).withAudit(null), actor);
        });
    }

    /** Saves a loaded meeting; a status change must be one of the allowed steps. */
    public Meeting save(Meeting meeting) {
        Actor actor = user.now();
        return database.inTransaction(store -> {
            Meeting stored = meeting(store, meeting.id());
            if (meeting.status() != stored.status() && !stored.status().allowedTargets().contains(meeting.status())) {
                throw new ValidationException("status", "validation.meeting.statusStep", stored.status(),
                        meeting.status());
            }
            return store.meetings().save(meeting, actor);
        });
    }

    public List<AgendaItem> agenda(UUID meetingId) {
        return database.read(store -> store.agendaItems().findByMeeting(meetingId));
    }

    /**
     * Appends a TOP to a meeting. Its number and position are assigned here (the draft's are
     * ignored): 1, 2, 3 … while the meeting is planned; once invited, the numbers already sent
     * out stay and the new TOP takes the last one's number with a letter (3a, 3b …).
     */
    public AgendaItem addAgendaItem(UUID meetingId, AgendaItem draft) {
        Actor actor = user.now();
        return database.inTransaction(store -> {
            Meeting meeting = meeting(store, meetingId);
            requireDeadlineBefore(meeting, draft);
            if (draft.outcome() != null || !draft.decisions().isEmpty()) {
                requireStarted(meeting);
            }
            List<AgendaItem> agenda = store.agendaItems().findByMeeting(meetingId);
            String number = nextAgendaNumber(agenda, store.agendaItems().numbersInUse(meetingId),
                    meeting.status().freezesAgendaNumbers());
            int position = agenda.isEmpty() ? 0 : agenda.get(agenda.size() - 1).position() + 1;
            return store.agendaItems().save(draft.withMeeting(meetingId).withPlace(number, position).withAudit(null),
                    actor);
        });
    }

    /** Saves a TOP added before; number and place change only through the agenda's own steps. */
    public AgendaItem saveAgendaItem(AgendaItem item) {
        Actor actor = user.now();
        return database.inTransaction(store -> {
            AgendaItem stored = store.agendaItems().findById(item.id()).orElseThrow(() -> notFound(item.id()));
            Meeting meeting = meeting(store, stored.meetingId());
            requireDeadlineBefore(meeting, item);
            boolean minutesChanged = item.outcome() != stored.outcome()
                    || !withoutAudit(item.decisions()).equals(withoutAudit(stored.decisions()));
            if (minutesChanged) {
                requireStarted(meeting);
            }
            return store.agendaItems().save(item, actor);
        });
    }

    /** Moves a TOP {@code offset} places up (negative) or down the agenda; returns the new agenda. */
    public List<AgendaItem> moveAgendaItem(UUID itemId, int offset) {
        return rearrange(itemId, (store, agenda, index) -> {
            AgendaItem moved = agenda.remove(index);
            agenda.add(Math.max(0, Math.min(agenda.size(), index + offset)), moved);
        });
    }

    /**
     * Makes a TOP a sub-item of the main item above it (2.1, 2.2 …) or a main item again. Only
     * while the meeting is planned: the invitation has sent the numbers out.
     */
    public List<AgendaItem> setSubItem(UUID itemId, boolean sub) {
        return rearrange(itemId, (store, agenda, index) -> {
            AgendaItem item = agenda.get(index);
            if (sub && index == 0) {
                throw new ValidationException("number", "validation.agenda.subItemFirst");
            }
            // the numbering reads the level from the number; a placeholder carries the new one
            agenda.set(index, item.withNumber(sub ? "0.1" : "0"));
        });
    }

    /**
     * Deletes a TOP as loaded at {@code loadedVersion} (its decisions, action items and attachments
     * go with it, into the Papierkorb); returns the new agenda.
     *
     * @throws de.digitaldialog.desk.domain.ConcurrentChangeException when it changed meanwhile
     */
    public List<AgendaItem> removeAgendaItem(UUID itemId, int loadedVersion) {
        Actor actor = user.now();
        return rearrange(itemId, (store, agenda, index) -> {
            AgendaItem removed = agenda.remove(index);
            store.deletions().delete(DeletionKind.AGENDA_ITEM, removed.id(), loadedVersion, actor);
        });
    }

    /** A change of the agenda's order or levels, made on the list of live TOPs in their order. */
    private interface Arrangement {
        void apply(Store store, List<AgendaItem> agenda, int index);
    }

    /**
     * Applies {@code change} to the meeting's agenda in one transaction, then numbers it again
     * (while planned) and stores numbers and places. Once invited, numbers stay and only the
     * order and deletions are taken; a change of level is refused.
     */
    private List<AgendaItem> rearrange(UUID itemId, Arrangement change) {
        return database.inTransaction(store -> {
            AgendaItem item = store.agendaItems().findById(itemId).orElseThrow(() -> notFound(itemId));
            Meeting meeting = meeting(store, item.meetingId());
            List<AgendaItem> agenda = new ArrayList<>(store.agendaItems().findByMeeting(meeting.id()));
            int index = agenda.indexOf(agenda.stream().filter(top -> top.id().equals(itemId)).findFirst()
                    .orElseThrow(() -> notFound(itemId)));
            List<String> before = agenda.stream().map(AgendaItem::number).toList();
            change.apply(store, agenda, index);
            boolean frozen = meeting.status().freezesAgendaNumbers();
            List<String> numbers = frozen ? agenda.stream().map(AgendaItem::number).toList() : AgendaNumbers.of(
                    agenda.stream().map(top -> top.number().contains(".")).toList());
            if (frozen && !before.containsAll(numbers)) {
                throw new ValidationException("number", "validation.agenda.numberFrozen", item.number());
            }
            store.agendaItems().place(meeting.id(), numbers, agenda.stream().map(AgendaItem::id).toList(), !frozen);
            return store.agendaItems().findByMeeting(meeting.id());
        });
    }

    /**
     * Saves an action item; a new one (no audit yet) is minutes, so its meeting must have started.
     * Moving an overdue item's status or due date needs a reason for the delay.
     */
    public ActionItem saveActionItem(ActionItem item) {
        Actor actor = user.now();
        return database.inTransaction(store -> {
            if (item.audit() == null) {
                AgendaItem agendaItem = store.agendaItems().findById(item.agendaItemId())
                        .orElseThrow(() -> notFound(item.agendaItemId()));
                requireStarted(meeting(store, agendaItem.meetingId()));
            } else {
                ActionItem stored = store.actionItems().findById(item.id()).orElseThrow(() -> notFound(item.id()));
                item.requireDelayReason(stored, LocalDate.now(user.clock().withZone(Meeting.ZONE)));
            }
            return store.actionItems().save(item, actor);
        });
    }

    /** The action items recorded on a meeting's TOPs, by TOP id. */
    public Map<UUID, List<ActionItem>> actionItems(UUID meetingId) {
        return database.read(store -> {
            Map<UUID, List<ActionItem>> byItem = new HashMap<>();
            for (AgendaItem item : store.agendaItems().findByMeeting(meetingId)) {
                byItem.put(item.id(), store.actionItems().findByAgendaItem(item.id()));
            }
            return byItem;
        });
    }

    public List<ActionItem> openActionItems() {
        return database.read(store -> store.actionItems().findOpen());
    }

    /**
     * Keeps a file on exactly one owner (meeting, TOP or initiative; the other two are null).
     * Size and SHA-256 are taken from the content itself.
     */
    public Attachment attach(UUID meetingId, UUID agendaItemId, UUID initiativeId, String fileName,
                             String mediaType, byte[] content) {
        Attachment attachment = new Attachment(UUID.randomUUID(), meetingId, agendaItemId, initiativeId, fileName,
                mediaType == null || mediaType.isBlank() ? UNKNOWN_MEDIA_TYPE : mediaType.strip(), content.length,
                AttachmentRepository.sha256(content), null);
        Actor actor = user.now();
        return database.inTransaction(store -> store.attachments().save(attachment, content, actor));
    }

    /** The files kept on the meeting itself (not on its TOPs), oldest first. */
    public List<Attachment> attachments(UUID meetingId) {
        return database.read(store -> store.attachments().findByMeeting(meetingId));
    }

    /** The files kept on a TOP, e.g. the input that arrived, oldest first. */
    public List<Attachment> agendaItemAttachments(UUID agendaItemId) {
        return database.read(store -> store.attachments().findByAgendaItem(agendaItemId));
    }

    /** Writes a kept file back to disk, all at once or not at all. */
    public Path exportAttachment(UUID id, Path target) {
        byte[] content = attachmentContent(id);
        return AtomicFile.write(target, "error.export.write", out -> out.write(content));
    }

    public byte[] attachmentContent(UUID id) {
        return database.read(store -> store.attachments().content(id));
    }

    private static Meeting meeting(Store store, UUID id) {
        return store.meetings().findById(id).orElseThrow(() -> notFound(id));
    }

    /** The input is for preparing the meeting: it is due before the meeting's day at the latest. */
    private static void requireDeadlineBefore(Meeting meeting, AgendaItem item) {
        LocalDate day = meeting.startsAt().toLocalDate();
        if (item.inputDeadline() != null && item.inputDeadline().isAfter(day)) {
            throw new ValidationException("inputDeadline", "validation.agenda.deadlineAfterMeeting", day);
        }
    }

    private void requireStarted(Meeting meeting) {
        if (LocalDateTime.now(user.clock().withZone(Meeting.ZONE)).isBefore(meeting.startsAt())) {
            throw new ValidationException("minutes", "validation.minutes.beforeStart", meeting.startsAt());
        }
    }

    private static List<Decision> withoutAudit(List<Decision> decisions) {
        return decisions.stream()
                .map(d -> new Decision(d.id(), d.text(), d.initiativeId(), d.classification(), null)).toList();
    }

    private static DeskException notFound(UUID id) {
        return new DeskException("error.notFound", id);
    }

    /**
     * The number of a TOP appended to {@code agenda}. {@code taken} holds every number of the
     * meeting, deleted TOPs included, since those keep theirs.
     */
    private static String nextAgendaNumber(List<AgendaItem> agenda, Set<String> taken, boolean frozen) {
        if (frozen && !agenda.isEmpty()) {
            String base = leadingDigits(agenda.get(agenda.size() - 1).number());
            int suffix = 1;
            while (taken.contains(base + letters(suffix))) {
                suffix++;
            }
            return base + letters(suffix);
        }
        long next = agenda.stream().mapToLong(item -> leadingNumber(item.number())).max().orElse(0) + 1;
        while (taken.contains(Long.toString(next))) {
            next++;
        }
        return Long.toString(next);
    }

    /** "a" … "z", then "aa", "ab" …, like spreadsheet columns. */
    private static String letters(int n) {
        StringBuilder letters = new StringBuilder();
        for (int rest = n; rest > 0; rest = (rest - 1) / 26) {
            letters.insert(0, (char) ('a' + (rest - 1) % 26));
        }
        return letters.toString();
    }

    /** "3" of "3", "3a" or "3.1". */
    private static String leadingDigits(String number) {
        int end = 0;
        while (end < number.length() && number.charAt(end) >= '0' && number.charAt(end) <= '9') {
            end++;
        }
        return number.substring(0, end);
    }

    private static long leadingNumber(String number) {
        String digits = leadingDigits(number);
        return digits.isEmpty() ? 0 : Long.parseLong(digits);
    }
}
