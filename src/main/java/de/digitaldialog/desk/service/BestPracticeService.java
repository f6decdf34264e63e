package de.digitaldialog.desk.service;

import de.digitaldialog.desk.domain.Actor;
import de.digitaldialog.desk.domain.BestPractice;
import de.digitaldialog.desk.domain.BestPracticeFilter;
import de.digitaldialog.desk.domain.BestPracticeSummary;
import de.digitaldialog.desk.domain.DeskException;
import de.digitaldialog.desk.domain.Violations;
import de.digitaldialog.desk.store.Database;
import de.digitaldialog.desk.store.Store;
import java.util.List;
import java.util.UUID;

/** The best-practice register: the practices the Länder share; each write is one transaction. */
public final class BestPracticeService {

    private final Database database;
    private final CurrentUser user;

    public BestPracticeService(Database database, CurrentUser user) {
        this.database = database;
        this.user = user;
    }

    /** Every practice not deleted, by title. */
    public List<BestPracticeSummary> list() {
        return database.read(store -> store.bestPractices().findSummaries());
    }

    /** The practices the filter lets through (theme area, Land, ministry, transferability, adoption, text). */
    public List<BestPracticeSummary> list(BestPracticeFilter filter) {
        return list().stream().filter(filter).toList();
    }

    /** Stores a new practice under the next number of this installation (BP-BY1-0001). */
    public BestPractice create(BestPractice practice) {
        if (practice.audit() != null) {
            throw new IllegalArgumentException("Best practice " + practice.id() + " is already stored");
        }
        Actor actor = user.now();
        return database.inTransaction(store -> {
            check(store, practice);
            return store.bestPractices().insert(practice, store.installations().nextNumber(user.installation(), "BP"),
                    actor);
        });
    }

    /**
     * Saves an edited practice from the version it was loaded at.
     *
     * @throws de.digitaldialog.desk.domain.ConcurrentChangeException when someone saved it meanwhile
     */
    public BestPractice save(BestPractice practice) {
        Actor actor = user.now();
        return database.inTransaction(store -> {
            find(store, practice.id());
            check(store, practice);
            return store.bestPractices().update(practice, actor);
        });
    }

    public BestPractice load(UUID id) {
        return database.read(store -> find(store, id));
    }

    /** The number (BP-BY1-0001) a stored practice was given. */
    public String number(UUID id) {
        return database.read(store -> store.bestPractices().findNumber(id))
                .orElseThrow(() -> new DeskException("error.notFound", id));
    }

    /** The owning ministry, when one is named, belongs to the owning Land. */
    private static void check(Store store, BestPractice practice) {
        if (practice.ministryId() != null) {
            boolean ofLand = store.ministries().findById(practice.ministryId())
                    .map(ministry -> ministry.landId().equals(practice.landId())).orElse(false);
            new Violations().check(ofLand, "ministry", "validation.bestPractice.ministryOfLand").throwIfAny();
        }
    }

    private static BestPractice find(Store store, UUID id) {
        return store.bestPractices().findById(id).orElseThrow(() -> new DeskException("error.notFound", id));
    }
}
