package de.digitaldialog.desk.service.briefing;

import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import de.digitaldialog.desk.domain.ActionItem;
import de.digitaldialog.desk.domain.ActionItemStatus;
import de.digitaldialog.desk.domain.AgendaItem;
import de.digitaldialog.desk.domain.Classification;
import de.digitaldialog.desk.domain.DeskException;
import de.digitaldialog.desk.domain.Initiative;
import de.digitaldialog.desk.domain.Land;
import de.digitaldialog.desk.domain.Meeting;
import de.digitaldialog.desk.domain.MeetingFormat;
import de.digitaldialog.desk.domain.Ministry;
import de.digitaldialog.desk.domain.Participant;
import de.digitaldialog.desk.domain.Person;
import de.digitaldialog.desk.domain.StatusChange;
import de.digitaldialog.desk.store.Store;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A meeting's briefing (Sitzungsmappe with Sprechzettel): cover, participants by Land, ministry
 * and protocol order, the agenda with times, then each TOP on a page of its own with its
 * bookmark; a table of contents when there are more than five TOPs.
 */
final class MeetingBriefing implements BriefingDocument {

    /** More TOPs than this get a table of contents. */
    static final int TOC_THRESHOLD = 5;
    private static final int HISTORY_ENTRIES = 3;

    /** A linked initiative as a TOP page shows it: the initiative and its latest history. */
    private record Linked(Initiative initiative, List<StatusChange> latestHistory) {
    }

    /** A TOP to print, its planned start and what hangs on it. */
    private record Top(AgendaItem item, LocalDateTime startsAt, Classification classification, List<Linked> initiatives,
                       List<ActionItem> openActionItems) {
    }

    private final Meeting meeting;
    private final BriefingOptions options;
    private final Texts texts;
    private final List<Top> tops;
    private final boolean containsClassified;

    private MeetingBriefing(Meeting meeting, BriefingOptions options, Texts texts, List<Top> tops,
                            boolean containsClassified) {
        this.meeting = meeting;
        this.options = options;
        this.texts = texts;
        this.tops = tops;
        this.containsClassified = containsClassified;
    }

    /** Reads the meeting with this number and what its TOPs need. */
    static MeetingBriefing read(Store store, String number, BriefingOptions options, Texts texts) {
        // a template is no appointment to brief on
        Meeting meeting = store.meetings().findByNumber(number).filter(found -> !found.template())
                .orElseThrow(() -> new DeskException("error.briefing.unknownMeeting", number));
        UUID id = meeting.id();
        boolean include = options.includeClassified();
        if (meeting.classification() == Classification.VS_NFD && !include) {
            throw new DeskException("error.briefing.classifiedMeeting", meeting.number());
        }
        boolean classified = meeting.classification() == Classification.VS_NFD;
        ActionItemLevels actionItems = new ActionItemLevels(store);
        List<Top> tops = new ArrayList<>();
        // TOPs often share initiatives: each is read once
        Map<UUID, Linked> linkedById = new HashMap<>();
        Map<UUID, List<ActionItem>> actionsByInitiative = new HashMap<>();
        LocalDateTime start = meeting.startsAt();
        for (AgendaItem item : store.agendaItems().findByMeeting(id)) {
            LocalDateTime itemStart = start;
            start = start.plusMinutes(item.plannedMinutes() == null ? 0 : item.plannedMinutes());
            Classification level = item.effectiveClassification(meeting.classification());
            if (level == Classification.VS_NFD && !include) {
                continue;
            }
            classified |= level == Classification.VS_NFD;
            List<Linked> linked = new ArrayList<>();
            Map<UUID, ActionItem> open = new LinkedHashMap<>();
            store.actionItems().findByAgendaItem(item.id()).forEach(a -> open.put(a.id(), a));
            for (UUID initiativeId : item.initiativeIds()) {
                Linked initiative = linkedById.computeIfAbsent(initiativeId, key -> linked(store, key));
                if (initiative == null
                        || (initiative.initiative().classification() == Classification.VS_NFD && !include)) {
                    continue;
                }
                classified |= initiative.initiative().classification() == Classification.VS_NFD;
                linked.add(initiative);
                actionsByInitiative.computeIfAbsent(initiativeId, key -> store.actionItems().findByInitiative(key))
                        .forEach(a -> open.putIfAbsent(a.id(), a));
            }
            List<ActionItem> openItems = new ArrayList<>();
            for (ActionItem action : open.values()) {
                if (action.status() == ActionItemStatus.ERLEDIGT) {
                    continue;
                }
                Classification actionLevel = actionItems.classification(action);
                if (actionLevel == Classification.VS_NFD && !include) {
                    continue;
                }
                classified |= actionLevel == Classification.VS_NFD;
                openItems.add(action);
            }
            tops.add(new Top(item, itemStart, level, linked, openItems));
        }
        return new MeetingBriefing(meeting, options, texts, tops, include && classified);
    }

    /** The initiative with its latest history, newest first; null when it is gone. */
    private static Linked linked(Store store, UUID id) {
        Initiative initiative = store.initiatives().findById(id).orElse(null);
        if (initiative == null) {
            return null;
        }
        List<StatusChange> history = store.statusChanges().findByInitiative(id);
        List<StatusChange> latest = new ArrayList<>(
                history.subList(Math.max(0, history.size() - HISTORY_ENTRIES), history.size()));
        Collections.reverse(latest);
        return new Linked(initiative, latest);
    }

    @Override
    public String title() {
        return texts.get("briefing.meeting.title") + ": " + meeting.title();
    }

    @Override
    public String subject() {
        return texts.get("briefing.meeting.subject", meeting.number(), texts.date(meeting.startsAt().toLocalDate()));
    }

    @Override
    public String fileReference() {
        return meeting.fileReference();
    }

    @Override
    public boolean containsClassified() {
        return containsClassified;
    }

    @Override
    public long steps() {
        return tops.size() + 3L;
    }

    @Override
    public void write(Layout layout, Progress progress) {
        layout.title(texts.get("briefing.meeting.title"), meeting.title());
        if (options.has(Section.COVER)) {
            cover(layout);
        }
        progress.step();
        List<PdfTemplate> tocSlots = options.has(Section.TOPS) && tops.size() > TOC_THRESHOLD ? toc(layout) : List.of();
        if (options.has(Section.PARTICIPANTS)) {
            participants(layout);
        }
        progress.step();
        if (options.has(Section.AGENDA)) {
            agenda(layout);
        }
        progress.step();
        if (options.has(Section.TOPS)) {
            for (int i = 0; i < tops.size(); i++) {
                top(layout, tops.get(i), i, tocSlots.isEmpty() ? null : tocSlots.get(i));
                progress.step();
            }
        }
    }

    private void cover(Layout layout) {
        layout.section(texts.get(Section.COVER.key()));
        MeetingFormat format = texts.formats.get(meeting.formatId());
        Layout.Fields fields = layout.fields()
                .add(texts.get("briefing.meeting.number"), meeting.number())
                .add(texts.get("briefing.meeting.format"), format == null ? null : texts.name(format.name()))
                .add(texts.get("briefing.meeting.mode"), texts.label(meeting.mode()))
                .add(texts.get("briefing.meeting.date"), texts.longDate(meeting.startsAt()))
                .add(texts.get("briefing.meeting.time"), texts.timeSpan(meeting.startsAt(), meeting.endsAt()));
        if (meeting.place() != null && !meeting.place().isBlank()) {
            fields.add(texts.get("briefing.meeting.place"), meeting.place());
        }
        if (meeting.videoLink() != null && !meeting.videoLink().isBlank()) {
            fields.add(texts.get("briefing.meeting.videoLink"), meeting.videoLink());
        }
        fields.add(texts.get("briefing.meeting.host"), texts.land(meeting.hostLandId()))
                .add(texts.get("briefing.meeting.chairs"), String.join("\n",
                        meeting.chairPersonIds().stream().map(texts::personWithMinistry).toList()))
                .add(texts.get("briefing.meeting.status"), texts.label(meeting.status()))
                .add(texts.get("briefing.classification"), texts.label(meeting.classification()));
        if (!meeting.invitedLandIds().isEmpty()) {
            fields.add(texts.get("briefing.meeting.invited"), String.join(", ",
                    meeting.invitedLandIds().stream().map(texts::land).sorted().toList()));
        }
        fields.done();
    }

    private List<PdfTemplate> toc(Layout layout) {
        layout.section(texts.get("briefing.toc"));
        PdfPTable table = new PdfPTable(new float[] {12, 76, 12});
        table.setWidthPercentage(100);
        List<PdfTemplate> slots = new ArrayList<>();
        for (int i = 0; i < tops.size(); i++) {
            PdfTemplate slot = layout.pageSlot();
            slots.add(slot);
            for (var cell : layout.tocLine(topLabel(tops.get(i).item()), tops.get(i).item().title(),
                    destination(i), slot)) {
                table.addCell(cell);
            }
        }
        layout.add(table);
        return slots;
    }

    private void participants(Layout layout) {
        layout.section(texts.get(Section.PARTICIPANTS.key()));
        if (layout.noneIf(meeting.participants().isEmpty())) {
            return;
        }
        Layout.Table table = layout.table(new float[] {34, 36, 14, 16}, texts.get("briefing.column.name"),
                texts.get("briefing.column.function"), texts.get("briefing.column.ministry"),
                texts.get("briefing.column.role"));
        Map<UUID, List<Participant>> byLand = new LinkedHashMap<>();
        texts.lands.values().stream()
                .sorted(Comparator.comparing((Land land) -> !land.partner()).thenComparingInt(Land::sortOrder))
                .forEach(land -> byLand.put(land.id(), new ArrayList<>()));
        List<Participant> withoutLand = new ArrayList<>();
        for (Participant participant : meeting.participants()) {
            Ministry ministry = texts.ministries.get(ministryOf(participant));
            (ministry == null ? withoutLand : byLand.get(ministry.landId())).add(participant);
        }
        byLand.forEach((landId, people) -> group(table, texts.land(landId), people));
        group(table, texts.get("briefing.meeting.otherParticipants"), withoutLand);
        table.finish();
    }

    private void group(Layout.Table table, String heading, List<Participant> people) {
        if (people.isEmpty()) {
            return;
        }
        table.group(heading);
        people.stream().sorted(Comparator.comparing(this::rank).thenComparing(p -> texts.ministry(ministryOf(p)))
                        .thenComparing(p -> texts.person(p.personId())))
                .forEach(p -> {
                    Person person = p.personId() == null ? null : texts.persons.get(p.personId());
                    table.row(person == null ? texts.ministryInFull(p.ministryId()) : person.displayName(),
                            person == null ? null : person.functionTitle(), texts.ministry(ministryOf(p)),
                            texts.label(p.role()));
                });
    }

    private int rank(Participant participant) {
        Person person = participant.personId() == null ? null : texts.persons.get(participant.personId());
        return person == null || person.protocolRank() == null ? Integer.MAX_VALUE : person.protocolRank();
    }

    private UUID ministryOf(Participant participant) {
        if (participant.ministryId() != null) {
            return participant.ministryId();
        }
        Person person = texts.persons.get(participant.personId());
        return person == null ? null : person.ministryId();
    }

    private void agenda(Layout layout) {
        layout.section(texts.get(Section.AGENDA.key()));
        if (layout.noneIf(tops.isEmpty())) {
            return;
        }
        Layout.Table table = layout.table(new float[] {9, 11, 54, 14, 12}, texts.get("briefing.column.top"),
                texts.get("briefing.column.time"), texts.get("briefing.column.title"),
                texts.get("briefing.column.presenter"), texts.get("briefing.column.minutes"));
        for (Top top : tops) {
            AgendaItem item = top.item();
            table.row(layout.strong(item.number()), texts.time(top.startsAt()), titleOf(top),
                    texts.ministry(item.presenterMinistryId()),
                    item.plannedMinutes() == null ? null : texts.get("briefing.minutes", item.plannedMinutes()));
        }
        table.finish();
    }

    private void top(Layout layout, Top top, int index, PdfTemplate tocSlot) {
        AgendaItem item = top.item();
        layout.chapter(topLabel(item) + ": " + titleOf(top), destination(index), tocSlot);
        Layout.Fields fields = layout.fields()
                .add(texts.get("briefing.top.time"), texts.time(top.startsAt()) + (item.plannedMinutes() == null ? ""
                        : " (" + texts.get("briefing.minutes", item.plannedMinutes()) + ")"))
                .add(texts.get("briefing.top.presenter"), presenter(item));
        if (item.themeAreaId() != null) {
            fields.add(texts.get("briefing.top.themeArea"), texts.themeArea(item.themeAreaId()));
        }
        if (item.inputDeadline() != null) {
            fields.add(texts.get("briefing.top.inputDeadline"), texts.date(item.inputDeadline())
                    + (item.inputOwnerMinistryId() == null ? "" : " (" + texts.ministry(item.inputOwnerMinistryId()) + ")")
                    + (item.inputReceivedAt() == null ? ""
                    : " – " + texts.get("briefing.top.inputReceived", texts.date(item.inputReceivedAt()))));
        }
        fields.done();

        layout.subheading(texts.get("briefing.top.background"));
        layout.paragraph(item.background());

        layout.subheading(texts.get("briefing.top.initiatives"));
        layout.noneIf(top.initiatives().isEmpty());
        for (Linked linked : top.initiatives()) {
            initiative(layout, linked);
        }

        layout.subheading(texts.get("briefing.top.actionItems"));
        if (!layout.noneIf(top.openActionItems().isEmpty())) {
            ActionItemTable.write(layout, top.openActionItems());
        }

        layout.subheading(texts.get("briefing.top.proposedDecision"));
        layout.paragraph(item.proposedDecision());

        layout.subheading(texts.get("briefing.top.talkingPoints"));
        List<String> points = points(item.talkingPoints());
        if (!layout.noneIf(points.isEmpty())) {
            layout.bullets(points);
        }
    }

    private void initiative(Layout layout, Linked linked) {
        Initiative initiative = linked.initiative();
        Layout.Fields fields = layout.fields()
                .add(texts.get("briefing.initiative.number"), initiative.number() + " – " + initiative.title()
                        + texts.classifiedSuffix(initiative.classification()))
                .add(texts.get("briefing.initiative.status"), texts.label(initiative.status()))
                .add(texts.get("briefing.initiative.trafficLight"), layout.trafficLight(initiative.trafficLight()))
                .add(texts.get("briefing.initiative.nextMilestone"), initiative.nextOpenMilestone()
                        .map(m -> m.title() + (m.dueDate() == null ? "" : " (" + texts.date(m.dueDate()) + ")"))
                        .orElse(null));
        fields.add(texts.get("briefing.initiative.history"), String.join("\n",
                linked.latestHistory().stream().map(texts::historyLine).toList()));
        fields.done();
    }

    private String presenter(AgendaItem item) {
        if (item.presenterPersonId() != null) {
            return texts.personWithMinistry(item.presenterPersonId());
        }
        return texts.ministryInFull(item.presenterMinistryId());
    }

    private String titleOf(Top top) {
        return top.item().title() + texts.classifiedSuffix(top.classification());
    }

    private String topLabel(AgendaItem item) {
        return texts.get("briefing.top.label", item.number());
    }

    private static String destination(int index) {
        return "top-" + index;
    }

    /** Talking points are kept one per line; bullets typed by hand are dropped. */
    private static List<String> points(String text) {
        if (text == null) {
            return List.of();
        }
        return text.lines().map(line -> line.strip().replaceFirst("^[-•*–]\\s*", ""))
                .filter(line -> !line.isEmpty()).toList();
    }
}
