package de.digitaldialog.desk.store;

import static de.digitaldialog.desk.store.generated.Tables.ACTION_ITEM;
import static de.digitaldialog.desk.store.generated.Tables.AGENDA_ITEM;
import static de.digitaldialog.desk.store.generated.Tables.ATTACHMENT;
import static de.digitaldialog.desk.store.generated.Tables.BEST_PRACTICE;
import static de.digitaldialog.desk.store.generated.Tables.DECISION;
import static de.digitaldialog.desk.store.generated.Tables.INITIATIVE;
import static de.digitaldialog.desk.store.generated.Tables.MEETING;
import static de.digitaldialog.desk.store.generated.Tables.MEETING_PARTICIPANT;
import static de.digitaldialog.desk.store.generated.Tables.MILESTONE;
import static de.digitaldialog.desk.store.generated.Tables.PERSON;
import static de.digitaldialog.desk.store.generated.Tables.STATUS_CHANGE;

import de.digitaldialog.desk.domain.DeletionKind;
import de.digitaldialog.desk.domain.DeletionPart;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.UpdateSetMoreStep;
import org.jooq.impl.DSL;

/**
 * What a deletion takes with its main record, and how "Endgültig löschen" blanks a group's rows.
 * Link tables (chairs, linked initiatives, contacts) stay: their rows are only reached through
 * the tombstoned records, and a restore needs them back as they were.
 */
final class DeletionGroups {

    /** Stands in for a text that must not be empty once its content is purged. */
    static final String PURGED = "–";

    /** Every table whose tombstones carry a deletion id. */
    static final List<Table<?>> TABLES = List.of(INITIATIVE, MILESTONE, STATUS_CHANGE, MEETING,
            MEETING_PARTICIPANT, AGENDA_ITEM, DECISION, ACTION_ITEM, ATTACHMENT, BEST_PRACTICE, PERSON);

    private static final String EMPTY_SHA256 = AttachmentRepository.sha256(new byte[0]);

    private DeletionGroups() {
    }

    /** The main record's table and the columns that name it in the Papierkorb. */
    record Main(Table<?> table, Field<String> number, Field<String> title) {
    }

    /** Rows of one table that go with the main record, counted as {@code part} (null: not counted). */
    record Step(Table<?> table, DeletionPart part, Condition rows) {
    }

    static Main main(DeletionKind kind) {
        return switch (kind) {
            case INITIATIVE -> new Main(INITIATIVE, INITIATIVE.NUMBER, INITIATIVE.TITLE);
            case MEETING -> new Main(MEETING, MEETING.NUMBER, MEETING.TITLE);
            case AGENDA_ITEM -> new Main(AGENDA_ITEM, AGENDA_ITEM.NUMBER, AGENDA_ITEM.TITLE);
            case ACTION_ITEM -> new Main(ACTION_ITEM, DSL.inline((String) null), ACTION_ITEM.DESCRIPTION);
            case ATTACHMENT -> new Main(ATTACHMENT, DSL.inline((String) null), ATTACHMENT.FILE_NAME);
            case BEST_PRACTICE -> new Main(BEST_PRACTICE, BEST_PRACTICE.NUMBER, BEST_PRACTICE.TITLE);
            case PERSON -> new Main(PERSON, PERSON.NUMBER, DSL.trim(DSL.concat(
                    DSL.coalesce(PERSON.FIRST_NAME, ""), DSL.inline(" "), PERSON.LAST_NAME)));
        };
    }

    /** The live rows that go with the main record (its TOPs' children are found by the TOPs' ids). */
    static List<Step> steps(DSLContext dsl, DeletionKind kind, UUID id) {
        List<Step> steps = new ArrayList<>();
        switch (kind) {
            case INITIATIVE -> {
                steps.add(new Step(MILESTONE, DeletionPart.MILESTONES, MILESTONE.INITIATIVE_ID.eq(id)));
                steps.add(new Step(STATUS_CHANGE, null, STATUS_CHANGE.INITIATIVE_ID.eq(id)));
                steps.add(new Step(ATTACHMENT, DeletionPart.ATTACHMENTS, ATTACHMENT.INITIATIVE_ID.eq(id)));
            }
            case MEETING -> {
                Set<UUID> tops = dsl.select(AGENDA_ITEM.ID).from(AGENDA_ITEM)
                        .where(AGENDA_ITEM.MEETING_ID.eq(id)).and(AGENDA_ITEM.DELETED_AT.isNull())
                        .fetchSet(AGENDA_ITEM.ID);
                steps.add(new Step(MEETING_PARTICIPANT, DeletionPart.PARTICIPANTS,
                        MEETING_PARTICIPANT.MEETING_ID.eq(id)));
                steps.add(new Step(AGENDA_ITEM, DeletionPart.AGENDA_ITEMS, AGENDA_ITEM.ID.in(tops)));
                addTopChildren(steps, tops, ATTACHMENT.MEETING_ID.eq(id));
            }
            case AGENDA_ITEM -> addTopChildren(steps, Set.of(id), DSL.falseCondition());
            default -> {
                // action items, attachments, best practices and persons go alone
            }
        }
        return steps;
    }

    private static void addTopChildren(List<Step> steps, Collection<UUID> tops, Condition otherAttachments) {
        steps.add(new Step(DECISION, DeletionPart.DECISIONS, DECISION.AGENDA_ITEM_ID.in(tops)));
        steps.add(new Step(ACTION_ITEM, DeletionPart.ACTION_ITEMS, ACTION_ITEM.AGENDA_ITEM_ID.in(tops)));
        steps.add(new Step(ATTACHMENT, DeletionPart.ATTACHMENTS,
                ATTACHMENT.AGENDA_ITEM_ID.in(tops).or(otherAttachments)));
    }

    /**
     * Blanks the content of a deletion's rows: texts become empty or the placeholder where the
     * schema demands text, files lose their bytes. Ids, numbers and tombstones stay.
     */
    static void purge(DSLContext dsl, UUID deletionId) {
        Map<Table<?>, Map<Field<?>, Object>> blanks = Map.ofEntries(
                Map.entry(INITIATIVE, Map.of(INITIATIVE.TITLE, PURGED, INITIATIVE.DESCRIPTION, DSL.inline((String) null),
                        INITIATIVE.TRAFFIC_LIGHT_REASON, DSL.inline((String) null),
                        INITIATIVE.FILE_REFERENCE, DSL.inline((String) null),
                        INITIATIVE.NEXT_STEP, DSL.inline((String) null))),
                Map.entry(MILESTONE, Map.of(MILESTONE.TITLE, PURGED)),
                Map.entry(STATUS_CHANGE, Map.of(STATUS_CHANGE.REASON, PURGED,
                        STATUS_CHANGE.CHANGED_BY_MINISTRY, DSL.inline((String) null))),
                Map.entry(MEETING, Map.of(MEETING.TITLE, PURGED, MEETING.PLACE, DSL.inline((String) null),
                        MEETING.VIDEO_LINK, DSL.inline((String) null), MEETING.NOTES, DSL.inline((String) null),
                        MEETING.FILE_REFERENCE, DSL.inline((String) null),
                        // a cancelled meeting must keep a reason
                        MEETING.CANCEL_REASON, DSL.when(MEETING.CANCEL_REASON.isNotNull(), DSL.inline(PURGED)))),
                Map.entry(AGENDA_ITEM, Map.of(AGENDA_ITEM.TITLE, PURGED,
                        AGENDA_ITEM.BACKGROUND, DSL.inline((String) null),
                        AGENDA_ITEM.PROPOSED_DECISION, DSL.inline((String) null),
                        AGENDA_ITEM.TALKING_POINTS, DSL.inline((String) null))),
                Map.entry(DECISION, Map.of(DECISION.TEXT, PURGED)),
                Map.entry(ACTION_ITEM, Map.of(ACTION_ITEM.DESCRIPTION, PURGED,
                        ACTION_ITEM.DELAY_REASON, DSL.inline((String) null))),
                Map.entry(ATTACHMENT, Map.of(ATTACHMENT.FILE_NAME, PURGED, ATTACHMENT.CONTENT, new byte[0],
                        ATTACHMENT.SIZE_BYTES, 0L, ATTACHMENT.SHA256, EMPTY_SHA256)),
                Map.entry(BEST_PRACTICE, Map.of(BEST_PRACTICE.TITLE, PURGED,
                        BEST_PRACTICE.DESCRIPTION, DSL.inline((String) null),
                        BEST_PRACTICE.LINK, DSL.inline((String) null))),
                Map.entry(PERSON, Map.of(PERSON.LAST_NAME, PURGED, PERSON.FIRST_NAME, DSL.inline((String) null),
                        PERSON.ACADEMIC_TITLE, DSL.inline((String) null),
                        PERSON.FUNCTION_TITLE, DSL.inline((String) null),
                        PERSON.EMAIL, DSL.inline((String) null), PERSON.PHONE, DSL.inline((String) null))));
        blanks.forEach((table, values) -> {
            UpdateSetMoreStep<?> update = dsl.update(table).set(values);
            update.where(deletionId(table).eq(deletionId)).execute();
        });
    }

    static Field<UUID> deletionId(Table<?> table) {
        return table.field("DELETION_ID", UUID.class);
    }
}
