package de.digitaldialog.desk.service;

import de.digitaldialog.desk.domain.BestPractice;
import de.digitaldialog.desk.domain.BestPracticeSummary;
import de.digitaldialog.desk.domain.DeskException;
import de.digitaldialog.desk.store.Database;
import java.util.List;
import java.util.UUID;

/** The practices the Länder share; each write is one transaction. */
public final class BestPracticeService {

    private final Database database;
    private final CurrentUser user;

    public BestPracticeService(Database database, CurrentUser user) {
        this.database = database;
        this.user = user;
    }

    public List<BestPracticeSummary> list() {
        return database.read(store -> store.bestPractices().findSummaries());
    }

    /** Stores a new practice under the next number of this installation (BP-BY1-0001). */
    public BestPractice create(BestPractice practice) {
        if (practice.audit() != null) {
            throw new IllegalArgumentException("Best practice " + practice.id() + " is already stored");
        }
        var actor = user.now();
        return database.inTransaction(store -> store.bestPractices().insert(practice,
                store.installations().nextNumber(user.installation(), "BP"), actor));
    }

    /**
     * Saves an edited practice from the version it was loaded at.
     *
     * @throws de.digitaldialog.desk.domain.ConcurrentChangeException when someone saved it meanwhile
     */
    public BestPractice save(BestPractice practice) {
        var actor = user.now();
        return database.inTransaction(store -> store.bestPractices().update(practice, actor));
    }

    public BestPractice load(UUID id) {
        return database.read(store -> store.bestPractices().findById(id))
                .orElseThrow(() -> new DeskException("error.notFound", id));
    }
}
