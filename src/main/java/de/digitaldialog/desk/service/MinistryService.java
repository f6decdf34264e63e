package de.digitaldialog.desk.service;

import de.digitaldialog.desk.domain.Actor;
import de.digitaldialog.desk.domain.DeskException;
import de.digitaldialog.desk.domain.Initiative;
import de.digitaldialog.desk.domain.Ministry;
import de.digitaldialog.desk.domain.MinistryRules;
import de.digitaldialog.desk.domain.StatusChange;
import de.digitaldialog.desk.domain.Validation;
import de.digitaldialog.desk.domain.ValidationException;
import de.digitaldialog.desk.domain.Violations;
import de.digitaldialog.desk.store.Database;
import de.digitaldialog.desk.store.Store;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Ministries through a cabinet reshuffle: a ministry is never renamed in place; a new row is
 * created, the old one ends and names its successors, and what it still owes is handed over.
 * Every write is one transaction, stamped with who and when.
 */
public final class MinistryService {

    private static final int REASON_MAX = 2000;

    private final Database database;
    private final CurrentUser user;

    public MinistryService(Database database, CurrentUser user) {
        this.database = database;
        this.user = user;
    }

    /** Every ministry, ended ones included. */
    public List<Ministry> list() {
        return database.read(store -> store.ministries().findAll());
    }

    public Ministry load(UUID id) {
        return database.read(store -> find(store, id));
    }

    /** The ministries this one succeeds. */
    public List<Ministry> predecessors(UUID id) {
        return database.read(store -> store.ministries().findPredecessors(id));
    }

    /**
     * Stores a new ministry row.
     *
     * @throws ValidationException when the abbreviation is taken in the Land at the same time, or
     *                             a successor or predecessor rule is broken
     */
    public Ministry create(Ministry draft) {
        if (draft.audit() != null) {
            throw new IllegalArgumentException("Ministry " + draft.id() + " is already stored");
        }
        Actor actor = user.now();
        return database.inTransaction(store -> {
            check(store, draft);
            return store.ministries().save(draft, actor);
        });
    }

    /**
     * Saves an edited ministry (a correction, its end, its successors) from the version it was loaded at.
     *
     * @throws de.digitaldialog.desk.domain.ConcurrentChangeException when someone saved it meanwhile
     */
    public Ministry save(Ministry edited) {
        Actor actor = user.now();
        return database.inTransaction(store -> {
            check(store, edited);
            return store.ministries().save(edited, actor);
        });
    }

    /** Ends a ministry on {@code lastDay} (its last valid day), followed by {@code successorIds}. */
    public Ministry end(UUID id, LocalDate lastDay, Set<UUID> successorIds) {
        Actor actor = user.now();
        return database.inTransaction(store -> {
            Ministry ended = find(store, id).endingOn(lastDay, successorIds);
            new Violations().check(lastDay != null, "validTo", "validation.required").throwIfAny();
            check(store, ended);
            return store.ministries().save(ended, actor);
        });
    }

    /**
     * A reshuffle as one user action: stores the new ministry rows and ends {@code id} on
     * {@code lastDay}, followed by them, in one transaction. Nothing is stored when a rule is broken.
     *
     * @return the ended ministry
     */
    public Ministry replace(UUID id, LocalDate lastDay, List<Ministry> newSuccessors) {
        return reshuffle(id, lastDay, newSuccessors, Set.of());
    }

    /**
     * A reshuffle with new rows and existing ministries as successors, in one transaction: ends
     * {@code id} on {@code lastDay}, stores {@code newSuccessors} and names them and
     * {@code existingSuccessorIds} its successors. It ends first, so a new row may keep the
     * abbreviation of the one it follows. Nothing is stored when a rule is broken.
     *
     * @return the ended ministry
     */
    public Ministry reshuffle(UUID id, LocalDate lastDay, List<Ministry> newSuccessors, Set<UUID> existingSuccessorIds) {
        return database.inTransaction(store -> {
            end(id, lastDay, Set.of());
            Set<UUID> ids = new HashSet<>(existingSuccessorIds);
            for (Ministry successor : newSuccessors) {
                ids.add(create(successor).id());
            }
            return end(id, lastDay, ids);
        });
    }

    /**
     * Deletes a ministry entered by mistake, from the version it was loaded at. One that anything
     * still refers to cannot be deleted, only ended.
     *
     * @throws ValidationException {@code validation.ministry.referenced} when it is still referred to
     */
    public void delete(UUID id, int loadedVersion) {
        Actor actor = user.now();
        database.inTransaction(store -> {
            Ministry stored = find(store, id);
            List<String> referencedBy = store.ministries().referencingTables(id);
            if (!referencedBy.isEmpty()) {
                throw new ValidationException("ministry", "validation.ministry.referenced", stored.abbreviation(),
                        String.join(", ", referencedBy));
            }
            store.ministries().delete(stored.withAudit(stored.audit().atVersion(loadedVersion)), actor);
            return null;
        });
    }

    /** What a hand-over moved, for the confirmation. */
    public record HandOverResult(int initiatives, int actionItems, int inputDeadlines) {
    }

    /**
     * "Übergeben": moves what a ministry that ends still has open to one of its successors, in one
     * transaction: the initiatives not finished in which it leads or takes part (each records the
     * hand-over in its history), its action items not done and the inputs it still owes for
     * meetings ahead.
     *
     * @param reason why, for the initiatives' history; when empty, "StMD → StMWi" stands in
     * @throws ValidationException when {@code successorId} is not one of the ministry's successors
     */
    public HandOverResult handOver(UUID endingMinistryId, UUID successorId, String reason) {
        boolean noReason = reason == null || reason.isBlank();
        if (!noReason) {
            Validation.requireText("reason", reason, REASON_MAX);
        }
        Actor actor = user.now();
        return database.inTransaction(store -> {
            Ministry ending = find(store, endingMinistryId);
            Optional<Ministry> successor = successorId == null ? Optional.empty()
                    : store.ministries().findById(successorId);
            if (successor.isEmpty() || !ending.successorIds().contains(successorId)) {
                throw new ValidationException("successor", "validation.ministry.notASuccessor", ending.abbreviation());
            }
            String why = noReason ? ending.abbreviation() + " → " + successor.get().abbreviation() : reason.strip();
            List<UUID> initiatives = store.handOvers().openInitiatives(endingMinistryId);
            for (UUID id : initiatives) {
                Initiative current = store.initiatives().findById(id)
                        .orElseThrow(() -> new DeskException("error.notFound", id));
                store.initiatives().save(handedOver(current, endingMinistryId, successorId), actor);
                store.statusChanges().append(new StatusChange(UUID.randomUUID(), id, actor.at(), actor.signature(),
                        actor.ministry(), StatusChange.Kind.HANDOVER, endingMinistryId.toString(),
                        successorId.toString(), why, null), actor);
            }
            int actionItems = store.handOvers().moveOpenActionItems(endingMinistryId, successorId, actor);
            int deadlines = store.handOvers().moveOpenInputDeadlines(endingMinistryId, successorId, actor);
            return new HandOverResult(initiatives.size(), actionItems, deadlines);
        });
    }

    /**
     * "Übergeben" to a ministry of the same Land that is not yet named as a successor: it is named
     * one first (the successor rules apply: it starts no earlier than the ending one ends), then
     * {@link #handOver} follows, in one transaction.
     */
    public HandOverResult handOverNamingSuccessor(UUID endingMinistryId, UUID successorId, String reason) {
        return database.inTransaction(store -> {
            Ministry ending = find(store, endingMinistryId);
            if (successorId != null && !ending.successorIds().contains(successorId)) {
                Set<UUID> successors = new HashSet<>(ending.successorIds());
                successors.add(successorId);
                end(endingMinistryId, ending.validTo(), successors);
            }
            return handOver(endingMinistryId, successorId, reason);
        });
    }

    /** What a hand-over would move now: open initiatives it leads or takes part in, open action items and inputs owed. */
    public record HandOverPreview(int leading, int participating, int actionItems, int inputDeadlines) {
    }

    public HandOverPreview handOverPreview(UUID ministryId) {
        return database.read(store -> new HandOverPreview(store.handOvers().countOpenInitiativesLed(ministryId),
                store.handOvers().countOpenInitiativesParticipating(ministryId),
                store.handOvers().countOpenActionItems(ministryId),
                store.handOvers().countOpenInputDeadlines(ministryId)));
    }

    private static Initiative handedOver(Initiative initiative, UUID from, UUID to) {
        Map<UUID, UUID> leads = new HashMap<>(initiative.leadMinistryByLand());
        leads.replaceAll((land, ministry) -> ministry.equals(from) ? to : ministry);
        Set<UUID> participants = new HashSet<>(initiative.participatingMinistryIds());
        if (participants.remove(from)) {
            participants.add(to);
        }
        return initiative.withMinistries(leads, participants);
    }

    private static void check(Store store, Ministry ministry) {
        MinistryRules.check(ministry, store.ministries().findAll()).throwIfAny();
    }

    private static Ministry find(Store store, UUID id) {
        return store.ministries().findById(id).orElseThrow(() -> new DeskException("error.notFound", id));
    }
}
