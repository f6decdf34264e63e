package de.digitaldialog.desk.store;

import static de.digitaldialog.desk.store.generated.Tables.ACTION_ITEM;
import static de.digitaldialog.desk.store.generated.Tables.AGENDA_ITEM;
import static de.digitaldialog.desk.store.generated.Tables.ATTACHMENT;
import static de.digitaldialog.desk.store.generated.Tables.BEST_PRACTICE;
import static de.digitaldialog.desk.store.generated.Tables.DELETION;
import static de.digitaldialog.desk.store.generated.Tables.INITIATIVE;
import static de.digitaldialog.desk.store.generated.Tables.INITIATIVE_CONTACT;
import static de.digitaldialog.desk.store.generated.Tables.MEETING;
import static de.digitaldialog.desk.store.generated.Tables.MEETING_CHAIR;
import static de.digitaldialog.desk.store.generated.Tables.MEETING_PARTICIPANT;
import static de.digitaldialog.desk.store.generated.Sequences.DELETION_SEQUENCE;

import de.digitaldialog.desk.domain.Actor;
import de.digitaldialog.desk.domain.Deletion;
import de.digitaldialog.desk.domain.DeletionKind;
import de.digitaldialog.desk.domain.DeletionPart;
import de.digitaldialog.desk.domain.DeletionPreview;
import de.digitaldialog.desk.domain.DeskException;
import de.digitaldialog.desk.store.DeletionGroups.Main;
import de.digitaldialog.desk.store.DeletionGroups.Step;
import de.digitaldialog.desk.store.generated.tables.records.DeletionRecord;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Deletions as groups: a main record and what goes with it get tombstones carrying one deletion
 * id, recorded in the {@code deletion} table; a restore clears exactly those tombstones.
 */
public final class DeletionRepository {

    private final DSLContext dsl;

    DeletionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The live main record and the counts of the live rows that would go with it. */
    public DeletionPreview preview(DeletionKind kind, UUID id) {
        Main main = DeletionGroups.main(kind);
        Record2<String, String> named = dsl.select(main.number(), main.title()).from(main.table())
                .where(AuditedRows.uuid(main.table(), AuditedRows.ID).eq(id)).and(live(main.table()))
                .fetchOptional().orElseThrow(() -> new DeskException("error.notFound", id));
        Map<DeletionPart, Integer> counts = new EnumMap<>(DeletionPart.class);
        for (Step step : DeletionGroups.steps(dsl, kind, id)) {
            if (step.part() != null) {
                counts.merge(step.part(), dsl.fetchCount(step.table(), step.rows().and(live(step.table()))),
                        Integer::sum);
            }
        }
        return new DeletionPreview(kind, id, named.value1(), abbreviated(named.value2()), counts);
    }

    /**
     * Tombstones the main record, from the version it was loaded at, and every live row that goes
     * with it, all with one new deletion id.
     *
     * @throws de.digitaldialog.desk.domain.ConcurrentChangeException when the main record changed meanwhile
     */
    public Deletion delete(DeletionKind kind, UUID id, int loadedVersion, Actor actor) {
        DeletionPreview what = preview(kind, id);
        UUID deletionId = UUID.randomUUID();
        DeletionRecord row = dsl.newRecord(DELETION);
        row.setId(deletionId);
        row.setSequenceNumber(dsl.nextval(DELETION_SEQUENCE));
        row.setOriginInstallation(actor.installationId());
        row.setDeletedAt(AuditedRows.timestamp(actor.at()));
        row.setDeletedBy(actor.signature());
        row.setKind(kind.name());
        row.setRecordId(id);
        row.setRecordNumber(what.number());
        row.setRecordTitle(what.title());
        row.setAgendaItems(what.count(DeletionPart.AGENDA_ITEMS));
        row.setDecisions(what.count(DeletionPart.DECISIONS));
        row.setActionItems(what.count(DeletionPart.ACTION_ITEMS));
        row.setAttachments(what.count(DeletionPart.ATTACHMENTS));
        row.setMilestones(what.count(DeletionPart.MILESTONES));
        row.setParticipants(what.count(DeletionPart.PARTICIPANTS));
        row.insert();
        List<Step> steps = DeletionGroups.steps(dsl, kind, id);
        AuditedRows.tombstone(dsl, DeletionGroups.main(kind).table(), id, loadedVersion, actor, deletionId);
        for (Step step : steps) {
            AuditedRows.tombstoneAll(dsl, step.table(), step.rows(), actor, deletionId);
        }
        return new Deletion(deletionId, what, actor.at(), actor.signature());
    }

    /** The deletions that can still be restored, newest first; within one instant the later drawn first. */
    public List<Deletion> findOpen() {
        return dsl.selectFrom(DELETION).where(open())
                .orderBy(DELETION.DELETED_AT.desc(), DELETION.SEQUENCE_NUMBER.desc().nullsLast(), DELETION.ID)
                .fetch(DeletionRepository::toDeletion);
    }

    public Optional<Deletion> findOpen(UUID deletionId) {
        return dsl.selectFrom(DELETION).where(DELETION.ID.eq(deletionId)).and(open())
                .fetchOptional(DeletionRepository::toDeletion);
    }

    /**
     * The deletion ids of the records a deletion's main record belongs to that are deleted
     * themselves, outermost first; empty when a parent's tombstone has no deletion id (deleted
     * before deletions were grouped).
     */
    public List<Optional<UUID>> deletedParents(Deletion deletion) {
        UUID id = deletion.what().recordId();
        List<Optional<UUID>> parents = new ArrayList<>();
        switch (deletion.what().kind()) {
            case AGENDA_ITEM -> addIfDeleted(parents, MEETING, parentOf(AGENDA_ITEM, AGENDA_ITEM.MEETING_ID, id));
            case ACTION_ITEM -> addTopAndMeeting(parents, parentOf(ACTION_ITEM, ACTION_ITEM.AGENDA_ITEM_ID, id));
            case ATTACHMENT -> {
                addIfDeleted(parents, INITIATIVE, parentOf(ATTACHMENT, ATTACHMENT.INITIATIVE_ID, id));
                addIfDeleted(parents, MEETING, parentOf(ATTACHMENT, ATTACHMENT.MEETING_ID, id));
                addTopAndMeeting(parents, parentOf(ATTACHMENT, ATTACHMENT.AGENDA_ITEM_ID, id));
            }
            default -> {
                // initiatives, meetings, best practices and persons belong to nothing deletable
            }
        }
        return parents;
    }

    /** Brings back exactly the rows of this deletion and records who restored it. */
    public void restore(UUID deletionId, Actor actor) {
        for (Table<?> table : DeletionGroups.TABLES) {
            AuditedRows.revive(dsl, table, DeletionGroups.deletionId(table).eq(deletionId), actor);
        }
        dsl.update(DELETION).set(DELETION.RESTORED_AT, AuditedRows.timestamp(actor.at()))
                .set(DELETION.RESTORED_BY, actor.signature()).where(DELETION.ID.eq(deletionId)).execute();
    }

    /** Blanks the content of this deletion's rows; the tombstones and their deletion id stay. */
    public void purge(UUID deletionId, Actor actor) {
        DeletionGroups.purge(dsl, deletionId);
        dsl.update(DELETION).set(DELETION.RECORD_TITLE, DeletionGroups.PURGED)
                .set(DELETION.PURGED_AT, AuditedRows.timestamp(actor.at()))
                .set(DELETION.PURGED_BY, actor.signature()).where(DELETION.ID.eq(deletionId)).execute();
    }

    /**
     * Whether a record still refers to the person: a meeting's chair or participant, a TOP's
     * presenter, an initiative's contact, an action item's owner, a best practice's contact. A
     * record in the Papierkorb counts too, since restoring it would bring the reference back;
     * only a purged or ungrouped tombstone no longer does.
     */
    public boolean isReferenced(UUID personId) {
        return dsl.fetchExists(MEETING_CHAIR, MEETING_CHAIR.PERSON_ID.eq(personId)
                        .and(MEETING_CHAIR.MEETING_ID.in(DSL.select(MEETING.ID).from(MEETING).where(present(MEETING)))))
                || dsl.fetchExists(MEETING_PARTICIPANT,
                        MEETING_PARTICIPANT.PERSON_ID.eq(personId).and(present(MEETING_PARTICIPANT)))
                || dsl.fetchExists(AGENDA_ITEM, AGENDA_ITEM.PRESENTER_PERSON_ID.eq(personId).and(present(AGENDA_ITEM)))
                || dsl.fetchExists(INITIATIVE_CONTACT, INITIATIVE_CONTACT.PERSON_ID.eq(personId)
                        .and(INITIATIVE_CONTACT.INITIATIVE_ID.in(
                                DSL.select(INITIATIVE.ID).from(INITIATIVE).where(present(INITIATIVE)))))
                || dsl.fetchExists(ACTION_ITEM, ACTION_ITEM.OWNER_PERSON_ID.eq(personId).and(present(ACTION_ITEM)))
                || dsl.fetchExists(BEST_PRACTICE,
                        BEST_PRACTICE.CONTACT_PERSON_ID.eq(personId).and(present(BEST_PRACTICE)));
    }

    /** Live, or in a deletion that can still be restored. */
    private static Condition present(Table<?> table) {
        return live(table).or(DeletionGroups.deletionId(table).in(
                DSL.select(DELETION.ID).from(DELETION).where(open())));
    }

    private UUID parentOf(Table<?> table, Field<UUID> parent, UUID id) {
        return dsl.select(parent).from(table).where(AuditedRows.uuid(table, AuditedRows.ID).eq(id)).fetchOne(parent);
    }

    private void addTopAndMeeting(List<Optional<UUID>> parents, UUID topId) {
        if (topId != null) {
            addIfDeleted(parents, MEETING, parentOf(AGENDA_ITEM, AGENDA_ITEM.MEETING_ID, topId));
            addIfDeleted(parents, AGENDA_ITEM, topId);
        }
    }

    private void addIfDeleted(List<Optional<UUID>> parents, Table<?> table, UUID id) {
        if (id == null) {
            return;
        }
        dsl.select(DeletionGroups.deletionId(table)).from(table)
                .where(AuditedRows.uuid(table, AuditedRows.ID).eq(id)).and(live(table).not())
                .fetchOptional().ifPresent(row -> parents.add(Optional.ofNullable(row.value1())));
    }

    private static Condition live(Table<?> table) {
        return table.field(AuditedRows.DELETED_AT).isNull();
    }

    private static Condition open() {
        return DELETION.RESTORED_AT.isNull().and(DELETION.PURGED_AT.isNull());
    }

    private static String abbreviated(String title) {
        return title.length() <= 300 ? title : title.substring(0, 299) + "…";
    }

    private static Deletion toDeletion(DeletionRecord row) {
        Map<DeletionPart, Integer> counts = new EnumMap<>(DeletionPart.class);
        counts.put(DeletionPart.AGENDA_ITEMS, row.getAgendaItems());
        counts.put(DeletionPart.DECISIONS, row.getDecisions());
        counts.put(DeletionPart.ACTION_ITEMS, row.getActionItems());
        counts.put(DeletionPart.ATTACHMENTS, row.getAttachments());
        counts.put(DeletionPart.MILESTONES, row.getMilestones());
        counts.put(DeletionPart.PARTICIPANTS, row.getParticipants());
        DeletionPreview what = new DeletionPreview(DeletionKind.valueOf(row.getKind()), row.getRecordId(),
                row.getRecordNumber(), row.getRecordTitle(), counts);
        OffsetDateTime at = row.getDeletedAt();
        return new Deletion(row.getId(), what, AuditedRows.instant(at), row.getDeletedBy());
    }
}
