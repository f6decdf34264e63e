package de.digitaldialog.desk.store;

import static de.digitaldialog.desk.store.generated.Tables.AGENDA_ITEM;
import static de.digitaldialog.desk.store.generated.Tables.AGENDA_ITEM_INITIATIVE;
import static de.digitaldialog.desk.store.generated.Tables.DECISION;
import static de.digitaldialog.desk.store.generated.Tables.MEETING;

import de.digitaldialog.desk.domain.Actor;
import de.digitaldialog.desk.domain.AgendaItem;
import de.digitaldialog.desk.domain.AgendaOutcome;
import de.digitaldialog.desk.domain.Audit;
import de.digitaldialog.desk.domain.Classification;
import de.digitaldialog.desk.domain.Decision;
import de.digitaldialog.desk.store.generated.tables.records.AgendaItemRecord;
import de.digitaldialog.desk.store.generated.tables.records.DecisionRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Result;
import org.jooq.impl.DSL;

/**
 * Agenda items (TOPs) with their linked initiatives and decisions. Links are replaced with the
 * item; decisions are rows of their own, kept by id and ordered by their place in the list.
 */
public final class AgendaItemRepository {

    private final DSLContext dsl;

    AgendaItemRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A meeting's agenda in order; links and decisions of all items come in two more queries. */
    public List<AgendaItem> findByMeeting(UUID meetingId) {
        return toItems(dsl.selectFrom(AGENDA_ITEM)
                .where(AGENDA_ITEM.MEETING_ID.eq(meetingId)).and(AGENDA_ITEM.DELETED_AT.isNull())
                .orderBy(AGENDA_ITEM.POSITION, AGENDA_ITEM.NUMBER).fetch());
    }

    /**
     * The live TOPs of live meetings (not templates) that link the initiative or carry a decision
     * about it, by meeting and position; one query for the items, two more for their links and decisions.
     */
    public List<AgendaItem> findByInitiative(UUID initiativeId) {
        return toItems(dsl.selectFrom(AGENDA_ITEM)
                .where(AGENDA_ITEM.ID.in(dsl.select(AGENDA_ITEM_INITIATIVE.AGENDA_ITEM_ID).from(AGENDA_ITEM_INITIATIVE)
                                .where(AGENDA_ITEM_INITIATIVE.INITIATIVE_ID.eq(initiativeId)))
                        .or(AGENDA_ITEM.ID.in(dsl.select(DECISION.AGENDA_ITEM_ID).from(DECISION)
                                .where(DECISION.INITIATIVE_ID.eq(initiativeId)).and(DECISION.DELETED_AT.isNull()))))
                .and(AGENDA_ITEM.DELETED_AT.isNull())
                .and(AGENDA_ITEM.MEETING_ID.in(dsl.select(MEETING.ID).from(MEETING)
                        .where(MEETING.DELETED_AT.isNull()).and(MEETING.IS_TEMPLATE.isFalse())))
                .orderBy(AGENDA_ITEM.MEETING_ID, AGENDA_ITEM.POSITION, AGENDA_ITEM.NUMBER).fetch());
    }

    public Optional<AgendaItem> findById(UUID id) {
        return toItems(dsl.selectFrom(AGENDA_ITEM).where(AGENDA_ITEM.ID.eq(id)).and(AGENDA_ITEM.DELETED_AT.isNull())
                .fetch()).stream().findFirst();
    }

    /**
     * Every number a meeting's TOPs use, deleted ones included: a deleted TOP keeps its number,
     * so a new one must not take it.
     */
    public Set<String> numbersInUse(UUID meetingId) {
        return dsl.select(AGENDA_ITEM.NUMBER).from(AGENDA_ITEM).where(AGENDA_ITEM.MEETING_ID.eq(meetingId))
                .fetchSet(AGENDA_ITEM.NUMBER);
    }

    /** Inserts a new item (no audit yet) or updates it from the version it was loaded at. */
    public AgendaItem save(AgendaItem item, Actor actor) {
        AgendaItemRecord row = dsl.newRecord(AGENDA_ITEM);
        row.setId(item.id());
        row.setMeetingId(item.meetingId());
        row.setNumber(item.number());
        row.setPosition(item.position());
        row.setTitle(item.title());
        row.setThemeAreaId(item.themeAreaId());
        row.setPresenterMinistryId(item.presenterMinistryId());
        row.setPresenterPersonId(item.presenterPersonId());
        row.setPlannedMinutes(item.plannedMinutes());
        row.setBackground(item.background());
        row.setProposedDecision(item.proposedDecision());
        row.setTalkingPoints(item.talkingPoints());
        row.setInputDeadline(item.inputDeadline());
        row.setInputOwnerMinistryId(item.inputOwnerMinistryId());
        row.setInputReceivedAt(AuditedRows.timestamp(item.inputReceivedAt()));
        row.setOutcome(item.outcome() == null ? null : item.outcome().name());
        row.setClassification(item.classification().name());
        Audit audit;
        String number = item.number();
        int position = item.position();
        if (item.audit() == null) {
            audit = AuditedRows.insert(dsl, row, actor);
        } else {
            // number and place belong to the agenda as a whole: only place() moves them
            row.changed(AGENDA_ITEM.NUMBER, false);
            row.changed(AGENDA_ITEM.POSITION, false);
            audit = AuditedRows.update(dsl, row, item.audit(), actor);
            var placed = dsl.select(AGENDA_ITEM.NUMBER, AGENDA_ITEM.POSITION).from(AGENDA_ITEM)
                    .where(AGENDA_ITEM.ID.eq(item.id())).fetchOne();
            number = placed.value1();
            position = placed.value2();
        }
        dsl.deleteFrom(AGENDA_ITEM_INITIATIVE).where(AGENDA_ITEM_INITIATIVE.AGENDA_ITEM_ID.eq(item.id())).execute();
        for (UUID initiativeId : item.initiativeIds()) {
            dsl.insertInto(AGENDA_ITEM_INITIATIVE)
                    .set(AGENDA_ITEM_INITIATIVE.AGENDA_ITEM_ID, item.id())
                    .set(AGENDA_ITEM_INITIATIVE.INITIATIVE_ID, initiativeId)
                    .execute();
        }
        List<Decision> decisions = saveDecisions(item, actor);
        return item.withPlace(number, position).withDecisions(decisions).withAudit(audit);
    }

    /**
     * Gives the live TOPs of a meeting their numbers and places, in the order given. Numbers are
     * unique per meeting, so changed ones pass through a temporary number first ("#" and the
     * place), and TOPs deleted before the invitation give theirs up ("~" and part of their id).
     * Number and place are the agenda's layout, not an edit of the TOP: its version stays.
     */
    public void place(UUID meetingId, List<String> numbers, List<UUID> ordered, boolean releaseDeleted) {
        if (releaseDeleted) {
            dsl.update(AGENDA_ITEM)
                    .set(AGENDA_ITEM.NUMBER, DSL.concat(DSL.inline("~"),
                            DSL.substring(AGENDA_ITEM.ID.cast(String.class), 1, 9)))
                    .where(AGENDA_ITEM.MEETING_ID.eq(meetingId)).and(AGENDA_ITEM.DELETED_AT.isNotNull())
                    .and(AGENDA_ITEM.NUMBER.notLike("~%"))
                    .execute();
        }
        for (int i = 0; i < ordered.size(); i++) {
            dsl.update(AGENDA_ITEM).set(AGENDA_ITEM.NUMBER, "#" + i)
                    .where(AGENDA_ITEM.ID.eq(ordered.get(i))).execute();
        }
        for (int i = 0; i < ordered.size(); i++) {
            dsl.update(AGENDA_ITEM).set(AGENDA_ITEM.NUMBER, numbers.get(i)).set(AGENDA_ITEM.POSITION, i)
                    .where(AGENDA_ITEM.ID.eq(ordered.get(i))).execute();
        }
    }

    /** Marks the item deleted; it keeps its number, and its decisions and action items go with it. */
    public void delete(AgendaItem item, Actor actor) {
        AuditedRows.tombstone(dsl, AGENDA_ITEM, item.id(), item.audit(), actor);
    }

    /**
     * Position is the index in the list. Unchanged decisions in their old place are left alone,
     * so their version only moves when they do; those no longer listed get a tombstone.
     */
    private List<Decision> saveDecisions(AgendaItem item, Actor actor) {
        Map<UUID, DecisionRecord> stored = new HashMap<>();
        liveDecisions(Set.of(item.id())).forEach(row -> stored.put(row.getId(), row));
        List<Decision> saved = new ArrayList<>();
        Set<UUID> kept = new HashSet<>();
        for (int position = 0; position < item.decisions().size(); position++) {
            Decision decision = item.decisions().get(position);
            kept.add(decision.id());
            DecisionRecord before = stored.get(decision.id());
            if (before != null && before.getPosition() == position && unchanged(toDecision(before), decision)) {
                saved.add(decision);
                continue;
            }
            DecisionRecord row = dsl.newRecord(DECISION);
            row.setId(decision.id());
            row.setAgendaItemId(item.id());
            row.setPosition(position);
            row.setText(decision.text());
            row.setInitiativeId(decision.initiativeId());
            row.setClassification(decision.classification().name());
            Audit audit = decision.audit() == null
                    ? AuditedRows.insert(dsl, row, actor)
                    : AuditedRows.update(dsl, row, decision.audit(), actor);
            saved.add(new Decision(decision.id(), decision.text(), decision.initiativeId(),
                    decision.classification(), audit));
        }
        for (DecisionRecord removed : stored.values()) {
            if (!kept.contains(removed.getId())) {
                AuditedRows.tombstone(dsl, DECISION, removed.getId(), AuditedRows.audit(removed), actor);
            }
        }
        return saved;
    }

    /** Same content, saved from the version stored (audit times may differ in precision). */
    private static boolean unchanged(Decision before, Decision now) {
        return now.audit() != null && now.audit().version() == before.audit().version()
                && now.text().equals(before.text()) && Objects.equals(now.initiativeId(), before.initiativeId())
                && now.classification() == before.classification();
    }

    private Result<DecisionRecord> liveDecisions(Set<UUID> itemIds) {
        return dsl.selectFrom(DECISION)
                .where(DECISION.AGENDA_ITEM_ID.in(itemIds)).and(DECISION.DELETED_AT.isNull())
                .orderBy(DECISION.AGENDA_ITEM_ID, DECISION.POSITION, DECISION.CREATED_AT)
                .fetch();
    }

    private List<AgendaItem> toItems(Result<AgendaItemRecord> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Set<UUID> ids = rows.intoSet(AGENDA_ITEM.ID);
        Map<UUID, Set<UUID>> initiatives = new HashMap<>();
        dsl.selectFrom(AGENDA_ITEM_INITIATIVE).where(AGENDA_ITEM_INITIATIVE.AGENDA_ITEM_ID.in(ids))
                .forEach(link -> initiatives.computeIfAbsent(link.getAgendaItemId(), id -> new HashSet<>())
                        .add(link.getInitiativeId()));
        Map<UUID, List<Decision>> decisions = new HashMap<>();
        liveDecisions(ids).forEach(row -> decisions.computeIfAbsent(row.getAgendaItemId(), id -> new ArrayList<>())
                .add(toDecision(row)));
        return rows.map(row -> new AgendaItem(row.getId(), row.getMeetingId(), row.getNumber(), row.getPosition(),
                row.getTitle(), row.getThemeAreaId(), row.getPresenterMinistryId(), row.getPresenterPersonId(),
                row.getPlannedMinutes(), row.getBackground(), row.getProposedDecision(), row.getTalkingPoints(),
                row.getInputDeadline(), row.getInputOwnerMinistryId(), AuditedRows.instant(row.getInputReceivedAt()),
                row.getOutcome() == null ? null : AgendaOutcome.valueOf(row.getOutcome()),
                Classification.valueOf(row.getClassification()), initiatives.getOrDefault(row.getId(), Set.of()),
                decisions.getOrDefault(row.getId(), List.of()), AuditedRows.audit(row)));
    }

    private static Decision toDecision(DecisionRecord row) {
        return new Decision(row.getId(), row.getText(), row.getInitiativeId(),
                Classification.valueOf(row.getClassification()), AuditedRows.audit(row));
    }
}
