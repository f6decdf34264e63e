package de.digitaldialog.desk.robustness;

import de.digitaldialog.desk.domain.ActionItem;
import de.digitaldialog.desk.domain.ActionItemStatus;
import de.digitaldialog.desk.domain.AgendaItem;
import de.digitaldialog.desk.domain.Arena;
import de.digitaldialog.desk.domain.Classification;
import de.digitaldialog.desk.domain.DeletionKind;
import de.digitaldialog.desk.domain.Initiative;
import de.digitaldialog.desk.domain.InitiativeStatus;
import de.digitaldialog.desk.domain.InitiativeSummary;
import de.digitaldialog.desk.domain.Meeting;
import de.digitaldialog.desk.domain.MeetingFormat;
import de.digitaldialog.desk.domain.MeetingMode;
import de.digitaldialog.desk.domain.MeetingStatus;
import de.digitaldialog.desk.domain.MeetingSummary;
import de.digitaldialog.desk.domain.Milestone;
import de.digitaldialog.desk.domain.Person;
import de.digitaldialog.desk.domain.Salutation;
import de.digitaldialog.desk.testsupport.ReferenceIds;
import de.digitaldialog.desk.workspace.Workspace;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * Writes through the services the window uses, one random use case per call, each one
 * transaction, logging before and after it what it promises ({@link CommitLog}). Every record a
 * transaction writes carries that transaction's token in its title, so a reader can tell whether
 * all of it or none of it arrived (an initiative's milestones are named after the initiative).
 */
final class RandomWriter {

    /** Keeps the data small, so reopening and checking after each kill stays cheap. */
    private static final int MAX_INITIATIVES = 40;
    private static final LocalDate DUE = LocalDate.of(2030, 6, 30);

    private final Workspace workspace;
    private final CommitLog log;
    private final Random random;
    private final String run;
    private final UUID landBy;
    private final UUID stmd;
    private final UUID themeArea;
    private final UUID format;
    private final List<UUID> initiatives = new ArrayList<>();
    private final List<UUID> meetings = new ArrayList<>();
    /** TOP and action item ids, each with its meeting's. */
    private final Map<UUID, UUID> agendaItems = new HashMap<>();
    private final Map<UUID, UUID> actionItems = new HashMap<>();
    private final Map<UUID, UUID> actionItemTop = new HashMap<>();
    private final List<UUID> persons = new ArrayList<>();
    private long op;

    RandomWriter(Workspace workspace, CommitLog log, Random random, String run) {
        this.workspace = workspace;
        this.log = log;
        this.random = random;
        this.run = run;
        ReferenceIds ids = new ReferenceIds(workspace);
        this.landBy = ids.land("DE-BY");
        this.stmd = ids.ministry("DE-BY", "StMD");
        this.themeArea = ids.themeArea("EGOV");
        this.format = workspace.referenceData().meetingFormats().stream().map(MeetingFormat::id).findFirst()
                .orElseThrow();
        workspace.initiatives().list().stream().map(InitiativeSummary::id).forEach(initiatives::add);
        for (MeetingSummary meeting : workspace.meetings().list()) {
            meetings.add(meeting.id());
            workspace.meetings().agenda(meeting.id()).forEach(top -> agendaItems.put(top.id(), meeting.id()));
            workspace.meetings().actionItems(meeting.id()).values().stream().flatMap(List::stream)
                    .forEach(item -> {
                        actionItems.put(item.id(), meeting.id());
                        actionItemTop.put(item.id(), item.agendaItemId());
                    });
        }
        workspace.persons().list().stream().map(Person::id).forEach(persons::add);
    }

    /** One random use case, committed and logged. */
    void step() {
        op++;
        int pick = random.nextInt(100);
        boolean full = initiatives.size() >= MAX_INITIATIVES;
        if (initiatives.isEmpty() || pick < 18 && !full) {
            createInitiative();
        } else if (pick < 30) {
            editInitiative();
        } else if (pick < 44) {
            stepStatus();
        } else if (pick < 50 || full && pick < 60) {
            deleteInitiative();
        } else if (pick < 54) {
            bulkStatus();
        } else if (meetings.isEmpty() || pick < 60) {
            createMeeting();
        } else if (pick < 65) {
            editMeeting();
        } else if (agendaItems.isEmpty() || pick < 74) {
            addAgendaItem();
        } else if (pick < 78) {
            removeAgendaItem();
        } else if (actionItems.isEmpty() || pick < 86) {
            addActionItem();
        } else if (pick < 90) {
            editActionItem();
        } else if (persons.isEmpty() || pick < 95) {
            createPerson();
        } else {
            editPerson();
        }
    }

    private String token(String kind) {
        return kind + run + "-" + op;
    }

    private <T> T any(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private List<Milestone> milestones(String title) {
        return IntStream.range(0, random.nextInt(4)).mapToObj(i -> new Milestone(UUID.randomUUID(),
                title + ".m" + i, DUE.plusDays(i), false, null, null)).toList();
    }

    private void createInitiative() {
        UUID id = UUID.randomUUID();
        String title = token("I");
        List<Milestone> milestones = milestones(title);
        log.begin(op, List.of(Fact.initiative(id, Fact.ANY, title, InitiativeStatus.IDEE, milestones.size(), 1)));
        Initiative saved = workspace.initiatives().create(new Initiative(id, null, title, null, Set.of(themeArea),
                Map.of(landBy, stmd), Set.of(), Set.of(), Set.of(), Arena.BILATERAL, InitiativeStatus.IDEE, null,
                null, null, null, null, null, null, null, milestones, null), "Angelegt");
        initiatives.add(id);
        log.commit(op, List.of(initiativeFact(saved, 1)));
    }

    private void editInitiative() {
        Initiative loaded = workspace.initiatives().load(any(initiatives));
        String title = token("I");
        int history = workspace.initiatives().history(loaded.id()).size();
        Initiative edited = new Initiative(loaded.id(), loaded.number(), title, "Stand " + op,
                loaded.themeAreaIds(), loaded.leadMinistryByLand(), loaded.participatingMinistryIds(),
                loaded.furtherLandIds(), loaded.contactPersonIds(), loaded.arena(), loaded.status(),
                loaded.deferredFrom(), loaded.trafficLight(), loaded.trafficLightReason(), loaded.classification(),
                loaded.fileReference(), loaded.startDate(), loaded.targetDate(), "Nächster Schritt " + op,
                milestones(title), loaded.audit());
        log.begin(op, List.of(initiativeFact(edited, history)));
        log.commit(op, List.of(initiativeFact(workspace.initiatives().save(edited, null), history)));
    }

    private void stepStatus() {
        Initiative loaded = workspace.initiatives().load(any(initiatives));
        InitiativeStatus target = any(List.copyOf(loaded.status().allowedTargets(loaded.deferredFrom())));
        int history = workspace.initiatives().history(loaded.id()).size() + 1;
        log.begin(op, List.of(initiativeFact(moved(loaded, target), history)));
        log.commit(op, List.of(initiativeFact(
                workspace.initiatives().changeStatus(loaded.id(), target, "Schritt " + op, null), history)));
    }

    /** Several initiatives moved in one transaction: all of them or none. */
    private void bulkStatus() {
        InitiativeStatus target = any(List.of(InitiativeStatus.values()));
        List<Initiative> moved = new ArrayList<>();
        List<Integer> histories = new ArrayList<>();
        for (UUID id : IntStream.range(0, 3).mapToObj(i -> any(initiatives)).distinct().toList()) {
            Initiative loaded = workspace.initiatives().load(id);
            if (loaded.status().canMoveTo(target, loaded.deferredFrom())) {
                moved.add(loaded);
                histories.add(workspace.initiatives().history(id).size() + 1);
            }
        }
        List<Fact> promised = IntStream.range(0, moved.size()).mapToObj(i -> initiativeFact(
                moved(moved.get(i), target), histories.get(i))).toList();
        log.begin(op, promised);
        workspace.initiatives().changeStatus(moved.stream().map(Initiative::id).toList(), target, "Sammel " + op);
        log.commit(op, IntStream.range(0, moved.size()).mapToObj(i -> initiativeFact(
                workspace.initiatives().load(moved.get(i).id()), histories.get(i))).toList());
    }

    private void deleteInitiative() {
        Initiative loaded = workspace.initiatives().load(any(initiatives));
        List<Fact> gone = List.of(Fact.gone("INI", loaded.id(), null));
        log.begin(op, gone);
        workspace.trash().delete(DeletionKind.INITIATIVE, loaded.id(), loaded.audit().version());
        initiatives.remove(loaded.id());
        log.commit(op, gone);
    }

    private static Initiative moved(Initiative loaded, InitiativeStatus target) {
        return loaded.withStatus(target, target == InitiativeStatus.ZURUECKGESTELLT ? loaded.status() : null);
    }

    private static Fact initiativeFact(Initiative initiative, int history) {
        int version = initiative.audit() == null ? Fact.ANY : initiative.audit().version();
        return Fact.initiative(initiative.id(), version, initiative.title(), initiative.status(),
                initiative.milestones().size(), history);
    }

    private Meeting meeting(UUID id, String title, Meeting loaded) {
        LocalDateTime start = loaded != null ? loaded.startsAt()
                : LocalDateTime.of(2019, 3, 12, 10, 0).plusDays(random.nextInt(300));
        return new Meeting(id, loaded == null ? null : loaded.number(), format, title, MeetingMode.PRAESENZ, start,
                start.plusHours(3), "Residenz München", null, landBy, List.of(), MeetingStatus.GEPLANT, null,
                Classification.OFFEN, null, null, List.of(), Set.of(), 0, null, false, null, null,
                loaded == null ? null : loaded.audit());
    }

    private void createMeeting() {
        UUID id = UUID.randomUUID();
        String title = token("S");
        log.begin(op, List.of(new Fact("SIT", id, Fact.ANY, null, title)));
        Meeting saved = workspace.meetings().create(meeting(id, title, null));
        meetings.add(id);
        log.commit(op, List.of(new Fact("SIT", id, saved.audit().version(), null, title)));
    }

    private void editMeeting() {
        Meeting loaded = workspace.meetings().load(any(meetings));
        String title = token("S");
        log.begin(op, List.of(new Fact("SIT", loaded.id(), Fact.ANY, null, title)));
        Meeting saved = workspace.meetings().save(meeting(loaded.id(), title, loaded));
        log.commit(op, List.of(new Fact("SIT", loaded.id(), saved.audit().version(), null, title)));
    }

    private void addAgendaItem() {
        UUID meeting = any(meetings);
        UUID id = UUID.randomUUID();
        String title = token("T");
        log.begin(op, List.of(new Fact("TOP", id, Fact.ANY, meeting, title)));
        AgendaItem saved = workspace.meetings().addAgendaItem(meeting, new AgendaItem(id, meeting, null, 0, title,
                themeArea, null, null, 30, null, null, null, null, null, null, null, null, Set.of(), List.of(),
                null));
        agendaItems.put(id, meeting);
        log.commit(op, List.of(new Fact("TOP", id, saved.audit().version(), meeting, title)));
    }

    /** A TOP goes with its action items, and the TOPs after it are numbered anew, in one transaction. */
    private void removeAgendaItem() {
        UUID id = any(List.copyOf(agendaItems.keySet()));
        UUID meeting = agendaItems.get(id);
        AgendaItem loaded = workspace.meetings().agenda(meeting).stream().filter(top -> top.id().equals(id))
                .findFirst().orElseThrow();
        List<Fact> gone = new ArrayList<>(List.of(Fact.gone("TOP", id, meeting)));
        actionItemTop.forEach((item, top) -> {
            if (top.equals(id)) {
                gone.add(Fact.gone("AUF", item, meeting));
            }
        });
        log.begin(op, gone);
        List<AgendaItem> agenda = workspace.meetings().removeAgendaItem(id, loaded.audit().version());
        agendaItems.remove(id);
        gone.stream().filter(fact -> fact.kind().equals("AUF")).forEach(fact -> {
            actionItems.remove(fact.id());
            actionItemTop.remove(fact.id());
        });
        List<Fact> stored = new ArrayList<>(gone);
        agenda.forEach(top -> stored.add(new Fact("TOP", top.id(), top.audit().version(), meeting, top.title())));
        log.commit(op, stored);
    }

    private void addActionItem() {
        UUID top = any(List.copyOf(agendaItems.keySet()));
        UUID meeting = agendaItems.get(top);
        UUID id = UUID.randomUUID();
        String text = token("A");
        log.begin(op, List.of(new Fact("AUF", id, Fact.ANY, meeting, text)));
        ActionItem saved = workspace.meetings().saveActionItem(new ActionItem(id, top, text, stmd, null, DUE,
                ActionItemStatus.OFFEN, null, null, null));
        actionItems.put(id, meeting);
        actionItemTop.put(id, top);
        log.commit(op, List.of(new Fact("AUF", id, saved.audit().version(), meeting, text)));
    }

    private void editActionItem() {
        UUID id = any(List.copyOf(actionItems.keySet()));
        UUID meeting = actionItems.get(id);
        ActionItem loaded = workspace.meetings().actionItems(meeting).values().stream().flatMap(List::stream)
                .filter(item -> item.id().equals(id)).findFirst().orElseThrow();
        String text = token("A");
        log.begin(op, List.of(new Fact("AUF", id, Fact.ANY, meeting, text)));
        ActionItem saved = workspace.meetings().saveActionItem(new ActionItem(id, loaded.agendaItemId(), text,
                loaded.ownerMinistryId(), null, DUE, any(List.of(ActionItemStatus.values())), null, null,
                loaded.audit()));
        log.commit(op, List.of(new Fact("AUF", id, saved.audit().version(), meeting, text)));
    }

    private void createPerson() {
        UUID id = UUID.randomUUID();
        String name = token("P");
        log.begin(op, List.of(new Fact("PER", id, Fact.ANY, null, name)));
        Person saved = workspace.persons().create(new Person(id, Salutation.FRAU, null, "Anna", name, null, null,
                stmd, null, null, null));
        persons.add(id);
        log.commit(op, List.of(new Fact("PER", id, saved.audit().version(), null, name)));
    }

    private void editPerson() {
        Person loaded = workspace.persons().load(any(persons));
        String name = token("P");
        log.begin(op, List.of(new Fact("PER", loaded.id(), Fact.ANY, null, name)));
        Person saved = workspace.persons().save(new Person(loaded.id(), loaded.number(), loaded.salutation(),
                loaded.academicTitle(), loaded.firstName(), name, loaded.functionTitle(), loaded.protocolRank(),
                loaded.ministryId(), loaded.landId(), loaded.email(), loaded.phone(), loaded.activeFrom(),
                loaded.activeTo(), loaded.audit()));
        log.commit(op, List.of(new Fact("PER", loaded.id(), saved.audit().version(), null, name)));
    }
}
