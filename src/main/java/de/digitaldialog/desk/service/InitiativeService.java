package de.digitaldialog.desk.service;

import de.digitaldialog.desk.domain.ActionItem;
import de.digitaldialog.desk.domain.Actor;
import de.digitaldialog.desk.domain.AgendaItem;
import de.digitaldialog.desk.domain.DeskException;
import de.digitaldialog.desk.domain.Initiative;
import de.digitaldialog.desk.domain.InitiativeStatus;
import de.digitaldialog.desk.domain.InitiativeSummary;
import de.digitaldialog.desk.domain.MeetingSummary;
import de.digitaldialog.desk.domain.StatusChange;
import de.digitaldialog.desk.domain.TrafficLight;
import de.digitaldialog.desk.domain.Validation;
import de.digitaldialog.desk.domain.ValidationException;
import de.digitaldialog.desk.store.Database;
import de.digitaldialog.desk.store.Store;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Creating, editing and moving initiatives. Every write is one transaction together with its
 * history entry, so an initiative's status and its Statusverlauf never disagree.
 */
public final class InitiativeService {

    private static final int REASON_MAX = 2000;

    private final Database database;
    private final CurrentUser user;

    public InitiativeService(Database database, CurrentUser user) {
        this.database = database;
        this.user = user;
    }

    public List<InitiativeSummary> list() {
        return database.read(store -> store.initiatives().findSummaries(null));
    }

    public List<InitiativeSummary> listByThemeArea(UUID themeAreaId) {
        return database.read(store -> store.initiatives().findSummaries(themeAreaId));
    }

    /** Initiatives per theme area id; every theme area is present, 0 when it has none. */
    public Map<UUID, Integer> countsByThemeArea() {
        return database.read(store -> store.initiatives().countByThemeArea());
    }

    /**
     * Stores a new initiative under the next number of this installation (INI-BY1-0042) and
     * writes the first history entry. A new initiative always starts as {@code IDEE}.
     *
     * @param reason why it was taken up; the history keeps it as text
     */
    public Initiative create(Initiative draft, String reason) {
        if (draft.audit() != null) {
            throw new IllegalArgumentException("Initiative " + draft.id() + " is already stored");
        }
        Actor actor = user.now();
        StatusChange first = entry(draft.id(), actor, StatusChange.Kind.STATUS, null,
                InitiativeStatus.IDEE.name(), reason, null);
        return database.inTransaction(store -> {
            String number = store.installations().nextNumber(user.installation(), "INI");
            Initiative saved = store.initiatives().save(
                    draft.withNumber(number).withStatus(InitiativeStatus.IDEE, null), actor);
            store.statusChanges().append(first, actor);
            return saved;
        });
    }

    public Initiative load(UUID id) {
        return database.read(store -> find(store, id));
    }

    /** The initiative with this number (INI-BY1-0042), in any case. */
    public Optional<Initiative> findByNumber(String number) {
        return database.read(store -> store.initiatives().findByNumber(number));
    }

    /**
     * Saves an edited initiative from the version it was loaded at. Number and status stay as
     * stored: the status moves only through {@link #changeStatus}, with its history entry.
     *
     * @param arenaReason why the arena changed; required exactly when it did
     * @throws de.digitaldialog.desk.domain.ConcurrentChangeException when someone saved it meanwhile
     */
    public Initiative save(Initiative edited, String arenaReason) {
        Actor actor = user.now();
        return database.inTransaction(store -> {
            Initiative stored = find(store, edited.id());
            Initiative saved = store.initiatives().save(
                    edited.withNumber(stored.number()).withStatus(stored.status(), stored.deferredFrom()), actor);
            if (stored.arena() != edited.arena()) {
                Validation.requireText("arenaReason", arenaReason, REASON_MAX);
                store.statusChanges().append(entry(edited.id(), actor, StatusChange.Kind.ARENA,
                        stored.arena().name(), edited.arena().name(), arenaReason, null), actor);
            }
            return saved;
        });
    }

    /**
     * Moves an initiative to another status if {@link InitiativeStatus#canMoveTo} allows it, and
     * records who did it and why.
     *
     * @param decisionId the Beschluss that moved it, or {@code null}
     */
    public Initiative changeStatus(UUID id, InitiativeStatus target, String reason, UUID decisionId) {
        Validation.requireText("reason", reason, REASON_MAX);
        Actor actor = user.now();
        return database.inTransaction(store -> {
            Initiative current = find(store, id);
            if (!current.status().canMoveTo(target, current.deferredFrom())) {
                throw new ValidationException("status", "validation.initiative.statusStep", current.status(), target);
            }
            InitiativeStatus deferredFrom = target == InitiativeStatus.ZURUECKGESTELLT ? current.status() : null;
            Initiative saved = store.initiatives().save(
                    current.withStatus(target, deferredFrom), actor);
            store.statusChanges().append(entry(id, actor, StatusChange.Kind.STATUS, current.status().name(),
                    target.name(), reason, decisionId), actor);
            return saved;
        });
    }

    /** An initiative a bulk change left as it was: its number and the status it still has. */
    public record Unchanged(UUID id, String number, InitiativeStatus status) {
    }

    /** What a bulk change did: how many initiatives it moved and which it left unchanged. */
    public record BulkResult(int changed, List<Unchanged> unchanged) {
        public BulkResult {
            unchanged = List.copyOf(unchanged);
        }
    }

    /**
     * Moves every one of the initiatives for which {@link InitiativeStatus#canMoveTo} allows the
     * step, each with its history entry, all in one transaction; the others stay as they are and
     * come back in {@link BulkResult#unchanged()}.
     */
    public BulkResult changeStatus(List<UUID> ids, InitiativeStatus target, String reason) {
        Validation.requireText("reason", reason, REASON_MAX);
        Objects.requireNonNull(target, "target");
        return database.inTransaction(store -> {
            int changed = 0;
            List<Unchanged> unchanged = new ArrayList<>();
            for (UUID id : new LinkedHashSet<>(ids)) {
                Initiative current = find(store, id);
                if (current.status().canMoveTo(target, current.deferredFrom())) {
                    changeStatus(id, target, reason, null);
                    changed++;
                } else {
                    unchanged.add(new Unchanged(id, current.number(), current.status()));
                }
            }
            return new BulkResult(changed, unchanged);
        });
    }

    /** Sets the traffic light (with its reason) of all these initiatives, in one transaction. */
    public void setTrafficLight(List<UUID> ids, TrafficLight light, String reason) {
        Objects.requireNonNull(light, "light");
        Validation.requireText("reason", reason, REASON_MAX);
        Actor actor = user.now();
        database.inTransaction(store -> {
            for (UUID id : new LinkedHashSet<>(ids)) {
                Initiative current = find(store, id);
                store.initiatives().save(current.withTrafficLight(light, reason.strip()), actor);
            }
            return null;
        });
    }

    /** The Statusverlauf, oldest entry first. */
    public List<StatusChange> history(UUID id) {
        return database.read(store -> store.statusChanges().findByInitiative(id));
    }

    /** What the meeting planner holds about an initiative: its meetings, TOPs (with decisions) and follow-ups. */
    public record References(List<MeetingSummary> meetings, List<AgendaItem> agendaItems,
                             List<ActionItem> actionItems, Map<UUID, UUID> meetingOfAgendaItem) {

        public static final References NONE = new References(List.of(), List.of(), List.of(), Map.of());

        public References {
            meetingOfAgendaItem = Map.copyOf(meetingOfAgendaItem);
        }
    }

    /** The meetings, agenda items, decisions and action items that refer to the initiative, in one read. */
    public References references(UUID id) {
        return database.read(store -> references(store, id));
    }

    /** Everything the initiative's form shows of it. */
    public record Details(Initiative initiative, List<StatusChange> history, References references) {
    }

    /** The initiative with its history and references, read over one connection in few round trips. */
    public Details details(UUID id) {
        return database.read(store -> new Details(find(store, id), store.statusChanges().findByInitiative(id),
                references(store, id)));
    }

    private static References references(Store store, UUID id) {
        if (!store.initiatives().hasMeetingReferences(id)) {
            return References.NONE;
        }
        var items = new ArrayList<>(store.agendaItems().findByInitiative(id));
        var actions = store.actionItems().findByInitiative(id);
        Map<UUID, UUID> meetingOf = new HashMap<>();
        items.forEach(item -> meetingOf.put(item.id(), item.meetingId()));
        // an action item about the initiative may come from a TOP that is not linked to it
        actions.stream().map(ActionItem::agendaItemId)
                .filter(itemId -> !meetingOf.containsKey(itemId)).distinct()
                .forEach(itemId -> store.agendaItems().findById(itemId)
                        .ifPresent(item -> meetingOf.put(item.id(), item.meetingId())));
        return new References(store.meetings().findSummaries(new HashSet<>(meetingOf.values())), items,
                actions, meetingOf);
    }

    private static Initiative find(Store store, UUID id) {
        return store.initiatives().findById(id).orElseThrow(() -> new DeskException("error.notFound", id));
    }

    private static StatusChange entry(UUID initiativeId, Actor actor, StatusChange.Kind kind, String from,
                                      String to, String reason, UUID decisionId) {
        return new StatusChange(UUID.randomUUID(), initiativeId, actor.at(), actor.signature(), actor.ministry(),
                kind, from, to, reason == null ? null : reason.strip(), decisionId);
    }
}
