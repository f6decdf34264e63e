package de.digitaldialog.desk.store;

import static de.digitaldialog.desk.store.generated.Tables.ACTION_ITEM;
import static de.digitaldialog.desk.store.generated.Tables.AGENDA_ITEM_INITIATIVE;
import static de.digitaldialog.desk.store.generated.Tables.DECISION;
import static de.digitaldialog.desk.store.generated.Tables.INITIATIVE;
import static de.digitaldialog.desk.store.generated.Tables.INITIATIVE_CONTACT;
import static de.digitaldialog.desk.store.generated.Tables.INITIATIVE_FURTHER_LAND;
import static de.digitaldialog.desk.store.generated.Tables.INITIATIVE_LEAD;
import static de.digitaldialog.desk.store.generated.Tables.INITIATIVE_PARTICIPANT;
import static de.digitaldialog.desk.store.generated.Tables.INITIATIVE_THEME_AREA;
import static de.digitaldialog.desk.store.generated.Tables.LAND;
import static de.digitaldialog.desk.store.generated.Tables.MILESTONE;
import static de.digitaldialog.desk.store.generated.Tables.MINISTRY;
import static de.digitaldialog.desk.store.generated.Tables.THEME_AREA;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.select;

import de.digitaldialog.desk.domain.Actor;
import de.digitaldialog.desk.domain.Arena;
import de.digitaldialog.desk.domain.Audit;
import de.digitaldialog.desk.domain.Classification;
import de.digitaldialog.desk.domain.Initiative;
import de.digitaldialog.desk.domain.InitiativeStatus;
import de.digitaldialog.desk.domain.InitiativeSummary;
import de.digitaldialog.desk.domain.Milestone;
import de.digitaldialog.desk.domain.TrafficLight;
import de.digitaldialog.desk.store.generated.tables.records.InitiativeRecord;
import de.digitaldialog.desk.store.generated.tables.records.MilestoneRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Param;
import org.jooq.Record;
import org.jooq.Record2;
import org.jooq.Record4;
import org.jooq.ResultQuery;
import org.jooq.TableField;
import org.jooq.impl.DSL;

/**
 * Initiatives with their link tables and milestones. Lists are assembled from a few set-based
 * queries put together in memory, so a list of 100 000 initiatives costs six queries, not 400 000.
 */
public final class InitiativeRepository {

    // the lookups of the initiative's form, rendered once (see RenderedQuery)
    private static final Param<UUID> ID = RenderedQuery.parameter(UUID.class);
    private static final RenderedQuery BY_ID = RenderedQuery.of(DSL.selectFrom(INITIATIVE)
            .where(INITIATIVE.ID.eq(ID)).and(INITIATIVE.DELETED_AT.isNull()));
    private static final RenderedQuery MILESTONES = RenderedQuery.of(DSL.selectFrom(MILESTONE)
            .where(MILESTONE.INITIATIVE_ID.eq(ID)).and(MILESTONE.DELETED_AT.isNull())
            .orderBy(MILESTONE.POSITION, MILESTONE.ID));
    /** All link rows of an initiative in one round trip: a union over the link tables, tagged by table. */
    private static final RenderedQuery LINKS = RenderedQuery.of(
            DSL.select(DSL.inline("T"), INITIATIVE_THEME_AREA.THEME_AREA_ID, DSL.inline(null, UUID.class))
                    .from(INITIATIVE_THEME_AREA).where(INITIATIVE_THEME_AREA.INITIATIVE_ID.eq(ID))
                    .unionAll(DSL.select(DSL.inline("L"), INITIATIVE_LEAD.LAND_ID, INITIATIVE_LEAD.MINISTRY_ID)
                            .from(INITIATIVE_LEAD).where(INITIATIVE_LEAD.INITIATIVE_ID.eq(ID)))
                    .unionAll(DSL.select(DSL.inline("P"), INITIATIVE_PARTICIPANT.MINISTRY_ID, DSL.inline(null, UUID.class))
                            .from(INITIATIVE_PARTICIPANT).where(INITIATIVE_PARTICIPANT.INITIATIVE_ID.eq(ID)))
                    .unionAll(DSL.select(DSL.inline("F"), INITIATIVE_FURTHER_LAND.LAND_ID, DSL.inline(null, UUID.class))
                            .from(INITIATIVE_FURTHER_LAND).where(INITIATIVE_FURTHER_LAND.INITIATIVE_ID.eq(ID)))
                    .unionAll(DSL.select(DSL.inline("C"), INITIATIVE_CONTACT.PERSON_ID, DSL.inline(null, UUID.class))
                            .from(INITIATIVE_CONTACT).where(INITIATIVE_CONTACT.INITIATIVE_ID.eq(ID))));
    private static final RenderedQuery REFERRED = RenderedQuery.of(DSL.select(DSL.field(
            DSL.exists(DSL.selectOne().from(AGENDA_ITEM_INITIATIVE).where(AGENDA_ITEM_INITIATIVE.INITIATIVE_ID.eq(ID)))
                    .or(DSL.exists(DSL.selectOne().from(DECISION).where(DECISION.INITIATIVE_ID.eq(ID))))
                    .or(DSL.exists(DSL.selectOne().from(ACTION_ITEM).where(ACTION_ITEM.INITIATIVE_ID.eq(ID)))))));

    /**
     * Human numbers in counter order within each installation: INI-BY1-10000 after INI-BY1-9999,
     * which plain text order would get wrong.
     */
    private static final Comparator<InitiativeSummary> BY_NUMBER = Comparator
            .comparing((InitiativeSummary s) -> s.number().substring(0, s.number().lastIndexOf('-')))
            .thenComparingInt(s -> s.number().length())
            .thenComparing(InitiativeSummary::number);

    private final DSLContext dsl;

    InitiativeRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Inserts a new initiative (no audit yet) or updates the stored one from the version it was
     * loaded at. The link tables are replaced as a whole; milestones are matched by id, so an
     * unchanged milestone keeps its version and a removed one leaves a tombstone.
     *
     * @return the initiative as stored, with its new audit and its milestones' audits
     */
    public Initiative save(Initiative initiative, Actor actor) {
        InitiativeRecord row = toRecord(initiative);
        boolean existing = initiative.audit() != null;
        Audit audit = existing
                ? AuditedRows.update(dsl, row, initiative.audit(), actor)
                : AuditedRows.insert(dsl, row, actor);
        if (existing) {
            deleteLinks(initiative.id());
        }
        insertLinks(initiative);
        List<Milestone> milestones = saveMilestones(initiative.id(), initiative.milestones(), actor);
        return initiative.withMilestones(milestones).withAudit(audit);
    }

    public Optional<Initiative> findById(UUID id) {
        return BY_ID.fetchInto(dsl, INITIATIVE, id).stream().findFirst().map(this::toInitiative);
    }

    /** The initiative with this number (INI-BY1-0042) in any case, through the number's unique index. */
    public Optional<Initiative> findByNumber(String number) {
        return dsl.selectFrom(INITIATIVE)
                .where(INITIATIVE.NUMBER.eq(number.toUpperCase(Locale.ROOT))).and(INITIATIVE.DELETED_AT.isNull())
                .fetchOptional().map(this::toInitiative);
    }

    /**
     * One row per initiative, ordered by number.
     *
     * @param themeAreaId only initiatives of this theme area, or all when {@code null}
     */
    public List<InitiativeSummary> findSummaries(UUID themeAreaId) {
        // every part is read whole, without joins, and put together in memory: on H2 scanning a
        // table is several times faster than joining, sorting or filtering it through an index,
        // and large sorted results even spill to disk
        Map<UUID, List<UUID>> themeAreas = links(INITIATIVE_THEME_AREA.INITIATIVE_ID,
                INITIATIVE_THEME_AREA.THEME_AREA_ID);
        Map<UUID, List<UUID>> leads = links(INITIATIVE_LEAD.INITIATIVE_ID, INITIATIVE_LEAD.MINISTRY_ID);
        Map<UUID, List<UUID>> participants = links(INITIATIVE_PARTICIPANT.INITIATIVE_ID,
                INITIATIVE_PARTICIPANT.MINISTRY_ID);
        Map<UUID, List<UUID>> lands = links(INITIATIVE_LEAD.INITIATIVE_ID, INITIATIVE_LEAD.LAND_ID);
        links(INITIATIVE_FURTHER_LAND.INITIATIVE_ID, INITIATIVE_FURTHER_LAND.LAND_ID).forEach((id, further) ->
                lands.merge(id, further, (lead, more) -> {
                    List<UUID> all = new ArrayList<>(lead);
                    more.stream().filter(land -> !all.contains(land)).forEach(all::add);
                    return all;
                }));
        Names landCodes = Names.of(dsl.select(LAND.ID, LAND.CODE).from(LAND).orderBy(LAND.SORT_ORDER));
        Names themeCodes = Names.of(dsl.select(THEME_AREA.ID, THEME_AREA.CODE).from(THEME_AREA)
                .orderBy(THEME_AREA.SORT_ORDER));
        Names abbreviations = Names.of(dsl.select(MINISTRY.ID, MINISTRY.ABBREVIATION).from(MINISTRY)
                .join(LAND).on(LAND.ID.eq(MINISTRY.LAND_ID))
                .orderBy(LAND.SORT_ORDER, MINISTRY.SORT_ORDER));
        Map<UUID, NextMilestone> nextMilestones = nextOpenMilestones();
        Predicate<UUID> listed = themeAreaId == null ? id -> true
                : id -> themeAreas.getOrDefault(id, List.of()).contains(themeAreaId);
        List<InitiativeSummary> summaries = dsl.select(INITIATIVE.ID, INITIATIVE.NUMBER, INITIATIVE.TITLE,
                        INITIATIVE.ARENA, INITIATIVE.STATUS, INITIATIVE.TRAFFIC_LIGHT, INITIATIVE.CLASSIFICATION,
                        INITIATIVE.TARGET_DATE, INITIATIVE.UPDATED_AT, INITIATIVE.UPDATED_BY,
                        INITIATIVE.DESCRIPTION, INITIATIVE.NEXT_STEP, INITIATIVE.VERSION)
                .from(INITIATIVE)
                .where(INITIATIVE.DELETED_AT.isNull())
                .collect(Collectors.filtering(row -> listed.test(row.value1()), Collectors.mapping(row -> {
                    UUID id = row.value1();
                    NextMilestone next = nextMilestones.get(id);
                    return new InitiativeSummary(id, row.value2(), row.value3(),
                            themeCodes.of(themeAreas.get(id)), abbreviations.of(leads.get(id)),
                            Arena.valueOf(row.value4()), InitiativeStatus.valueOf(row.value5()),
                            trafficLight(row.value6()), Classification.valueOf(row.value7()),
                            next == null ? null : next.title(), next == null ? null : next.due(),
                            row.value8(), AuditedRows.instant(row.value9()), row.value10(),
                            row.value11(), row.value12(), abbreviations.of(participants.get(id)),
                            landCodes.of(lands.get(id)), row.value13());
                }, Collectors.toCollection(ArrayList::new))));
        summaries.sort(BY_NUMBER);
        return summaries;
    }

    /** Initiatives per theme area, every theme area present (0 when it has none). */
    public Map<UUID, Integer> countByThemeArea() {
        Map<UUID, Integer> counts = new LinkedHashMap<>();
        dsl.select(THEME_AREA.ID).from(THEME_AREA).where(THEME_AREA.DELETED_AT.isNull())
                .orderBy(THEME_AREA.SORT_ORDER)
                .forEach(row -> counts.put(row.value1(), 0));
        // excluding the few deleted initiatives is much cheaper on H2 than joining all live ones
        Field<Integer> initiatives = count();
        dsl.select(INITIATIVE_THEME_AREA.THEME_AREA_ID, initiatives)
                .from(INITIATIVE_THEME_AREA)
                .where(INITIATIVE_THEME_AREA.INITIATIVE_ID.notIn(
                        select(INITIATIVE.ID).from(INITIATIVE).where(INITIATIVE.DELETED_AT.isNotNull())))
                .groupBy(INITIATIVE_THEME_AREA.THEME_AREA_ID)
                .forEach(row -> counts.computeIfPresent(row.value1(), (id, none) -> row.value2()));
        return counts;
    }

    /** Marks the initiative deleted; its milestones and links are only reached through it. */
    public void delete(Initiative initiative, Actor actor) {
        AuditedRows.tombstone(dsl, INITIATIVE, initiative.id(), initiative.audit(), actor);
    }

    /** A whole link table, grouped by initiative. */
    private Map<UUID, List<UUID>> links(TableField<?, UUID> initiativeId, TableField<?, UUID> target) {
        return dsl.select(initiativeId, target).from(initiativeId.getTable())
                .collect(Collectors.groupingBy(Record2::value1,
                        Collectors.mapping(Record2::value2, Collectors.toList())));
    }

    /** The first open milestone of each initiative, in list order, picked from one scan. */
    private Map<UUID, NextMilestone> nextOpenMilestones() {
        return dsl.select(MILESTONE.INITIATIVE_ID, MILESTONE.POSITION, MILESTONE.TITLE, MILESTONE.DUE_DATE)
                .from(MILESTONE)
                .where(MILESTONE.DONE.isFalse())
                .and(MILESTONE.DELETED_AT.isNull())
                .collect(Collectors.toMap(Record4::value1,
                        row -> new NextMilestone(row.value2(), row.value3(), row.value4()), NextMilestone::earlier));
    }

    private void deleteLinks(UUID id) {
        dsl.deleteFrom(INITIATIVE_THEME_AREA).where(INITIATIVE_THEME_AREA.INITIATIVE_ID.eq(id)).execute();
        dsl.deleteFrom(INITIATIVE_LEAD).where(INITIATIVE_LEAD.INITIATIVE_ID.eq(id)).execute();
        dsl.deleteFrom(INITIATIVE_PARTICIPANT).where(INITIATIVE_PARTICIPANT.INITIATIVE_ID.eq(id)).execute();
        dsl.deleteFrom(INITIATIVE_FURTHER_LAND).where(INITIATIVE_FURTHER_LAND.INITIATIVE_ID.eq(id)).execute();
        dsl.deleteFrom(INITIATIVE_CONTACT).where(INITIATIVE_CONTACT.INITIATIVE_ID.eq(id)).execute();
    }

    private void insertLinks(Initiative initiative) {
        UUID id = initiative.id();
        insertPairs(INITIATIVE_THEME_AREA.INITIATIVE_ID, INITIATIVE_THEME_AREA.THEME_AREA_ID, id,
                initiative.themeAreaIds());
        insertPairs(INITIATIVE_PARTICIPANT.INITIATIVE_ID, INITIATIVE_PARTICIPANT.MINISTRY_ID, id,
                initiative.participatingMinistryIds());
        insertPairs(INITIATIVE_FURTHER_LAND.INITIATIVE_ID, INITIATIVE_FURTHER_LAND.LAND_ID, id,
                initiative.furtherLandIds());
        insertPairs(INITIATIVE_CONTACT.INITIATIVE_ID, INITIATIVE_CONTACT.PERSON_ID, id,
                initiative.contactPersonIds());
        // one statement, so a lead of the wrong Land is reported by its constraint's name
        var leads = dsl.insertInto(INITIATIVE_LEAD, INITIATIVE_LEAD.INITIATIVE_ID, INITIATIVE_LEAD.LAND_ID,
                INITIATIVE_LEAD.MINISTRY_ID);
        initiative.leadMinistryByLand().forEach((land, ministry) -> leads.values(id, land, ministry));
        leads.execute();
    }

    private <R extends Record> void insertPairs(TableField<R, UUID> owner, TableField<R, UUID> target, UUID id,
                                                Set<UUID> targets) {
        if (targets.isEmpty()) {
            return;
        }
        var insert = dsl.insertInto(owner.getTable(), owner, target);
        targets.forEach(value -> insert.values(id, value));
        insert.execute();
    }

    private List<Milestone> saveMilestones(UUID initiativeId, List<Milestone> milestones, Actor actor) {
        Map<UUID, MilestoneRecord> stored = dsl.selectFrom(MILESTONE)
                .where(MILESTONE.INITIATIVE_ID.eq(initiativeId)).and(MILESTONE.DELETED_AT.isNull())
                .fetchMap(MILESTONE.ID);
        List<Milestone> saved = new ArrayList<>();
        for (int position = 0; position < milestones.size(); position++) {
            Milestone milestone = milestones.get(position);
            saved.add(saveMilestone(initiativeId, milestone, position, stored.remove(milestone.id()), actor));
        }
        for (MilestoneRecord removed : stored.values()) {
            AuditedRows.tombstone(dsl, MILESTONE, removed.getId(), AuditedRows.audit(removed), actor);
        }
        return saved;
    }

    private Milestone saveMilestone(UUID initiativeId, Milestone milestone, int position, MilestoneRecord stored,
                                    Actor actor) {
        if (stored != null && unchanged(stored, milestone, position)) {
            return toMilestone(stored);
        }
        UUID id = milestone.id() == null ? UUID.randomUUID() : milestone.id();
        MilestoneRecord row = dsl.newRecord(MILESTONE);
        row.setId(id);
        row.setInitiativeId(initiativeId);
        row.setTitle(milestone.title());
        row.setDueDate(milestone.dueDate());
        row.setDone(milestone.done());
        row.setDoneOn(milestone.doneOn());
        row.setPosition(position);
        Audit audit = milestone.audit() == null
                ? AuditedRows.insert(dsl, row, actor)
                : AuditedRows.update(dsl, row, milestone.audit(), actor);
        return new Milestone(id, milestone.title(), milestone.dueDate(), milestone.done(), milestone.doneOn(), audit);
    }

    private static boolean unchanged(MilestoneRecord stored, Milestone milestone, int position) {
        return stored.getPosition() == position && stored.getTitle().equals(milestone.title())
                && Objects.equals(stored.getDueDate(), milestone.dueDate()) && stored.getDone() == milestone.done()
                && Objects.equals(stored.getDoneOn(), milestone.doneOn());
    }

    private InitiativeRecord toRecord(Initiative initiative) {
        InitiativeRecord row = dsl.newRecord(INITIATIVE);
        row.setId(initiative.id());
        row.setNumber(initiative.number());
        row.setTitle(initiative.title());
        row.setDescription(initiative.description());
        row.setArena(initiative.arena().name());
        row.setStatus(initiative.status().name());
        row.setStatusBeforeDeferral(initiative.deferredFrom() == null ? null : initiative.deferredFrom().name());
        row.setTrafficLight(initiative.trafficLight().name());
        row.setTrafficLightReason(initiative.trafficLightReason());
        row.setClassification(initiative.classification().name());
        row.setFileReference(initiative.fileReference());
        row.setStartDate(initiative.startDate());
        row.setTargetDate(initiative.targetDate());
        row.setNextStep(initiative.nextStep());
        return row;
    }

    private Initiative toInitiative(InitiativeRecord row) {
        UUID id = row.getId();
        Links links = links(id);
        List<Milestone> milestones = MILESTONES.fetchInto(dsl, MILESTONE, id).map(InitiativeRepository::toMilestone);
        String deferredFrom = row.getStatusBeforeDeferral();
        return new Initiative(id, row.getNumber(), row.getTitle(), row.getDescription(), links.themeAreas(),
                links.leads(), links.participants(), links.furtherLands(), links.contacts(), Arena.valueOf(row.getArena()),
                InitiativeStatus.valueOf(row.getStatus()),
                deferredFrom == null ? null : InitiativeStatus.valueOf(deferredFrom),
                trafficLight(row.getTrafficLight()), row.getTrafficLightReason(),
                Classification.valueOf(row.getClassification()), row.getFileReference(), row.getStartDate(),
                row.getTargetDate(), row.getNextStep(), milestones, AuditedRows.audit(row));
    }

    /**
     * Whether any TOP, decision or action item refers to the initiative (deleted ones included):
     * most initiatives are referred to by none, and one cheap question then saves the real reads.
     */
    public boolean hasMeetingReferences(UUID id) {
        return REFERRED.fetch(dsl, id, id, id).get(0).get(0, Boolean.class);
    }

    /** The rows of the five link tables of one initiative. */
    private record Links(Set<UUID> themeAreas, Map<UUID, UUID> leads, Set<UUID> participants,
                         Set<UUID> furtherLands, Set<UUID> contacts) {
    }

    private Links links(UUID id) {
        var rows = LINKS.fetch(dsl, id, id, id, id, id);
        Links links = new Links(new HashSet<>(), new HashMap<>(), new HashSet<>(), new HashSet<>(), new HashSet<>());
        for (var row : rows) {
            UUID value = row.get(1, UUID.class);
            switch (row.get(0, String.class)) {
                case "T" -> links.themeAreas().add(value);
                case "L" -> links.leads().put(value, row.get(2, UUID.class));
                case "P" -> links.participants().add(value);
                case "F" -> links.furtherLands().add(value);
                default -> links.contacts().add(value);
            }
        }
        return links;
    }

    private static Milestone toMilestone(MilestoneRecord row) {
        return new Milestone(row.getId(), row.getTitle(), row.getDueDate(), row.getDone(), row.getDoneOn(),
                AuditedRows.audit(row));
    }

    /** The column is nullable; a missing light reads as green, as in the domain. */
    private static TrafficLight trafficLight(String code) {
        return code == null ? TrafficLight.GRUEN : TrafficLight.valueOf(code);
    }

    /** The labels of a small reference table in display order, to name link rows in memory. */
    private record Names(Map<UUID, Integer> rank, List<String> labels) {

        static Names of(ResultQuery<Record2<UUID, String>> rows) {
            Map<UUID, Integer> rank = new HashMap<>();
            List<String> labels = new ArrayList<>();
            for (Record2<UUID, String> row : rows) {
                rank.put(row.value1(), labels.size());
                labels.add(row.value2());
            }
            return new Names(rank, labels);
        }

        List<String> of(List<UUID> ids) {
            return ids == null ? List.of() : ids.stream().map(rank::get).sorted().map(labels::get).toList();
        }
    }

    private record NextMilestone(int position, String title, LocalDate due) {

        NextMilestone earlier(NextMilestone other) {
            return position <= other.position ? this : other;
        }
    }
}
