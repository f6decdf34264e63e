package de.digitaldialog.desk.service;

import de.digitaldialog.desk.domain.Actor;
import de.digitaldialog.desk.domain.AgendaItem;
import de.digitaldialog.desk.domain.Deletion;
import de.digitaldialog.desk.domain.DeletionKind;
import de.digitaldialog.desk.domain.DeletionPreview;
import de.digitaldialog.desk.domain.DeskException;
import de.digitaldialog.desk.domain.Meeting;
import de.digitaldialog.desk.domain.ParentDeletedException;
import de.digitaldialog.desk.store.Database;
import de.digitaldialog.desk.store.Store;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Delete and restore (the Papierkorb): a record and what goes with it are deleted in one
 * transaction under one deletion id; a restore brings back exactly that group.
 */
public final class TrashService {

    private final Database database;
    private final CurrentUser user;

    public TrashService(Database database, CurrentUser user) {
        this.database = database;
        this.user = user;
    }

    /** What goes with the record if it is deleted now. */
    public DeletionPreview preview(DeletionKind kind, UUID id) {
        return database.read(store -> store.deletions().preview(kind, id));
    }

    /**
     * Deletes the record as loaded at {@code loadedVersion} with what goes with it. A person still
     * referenced is refused: they can be retired (active until) instead.
     *
     * @throws de.digitaldialog.desk.domain.ConcurrentChangeException when it changed meanwhile
     */
    public Deletion delete(DeletionKind kind, UUID id, int loadedVersion) {
        Actor actor = user.now();
        return database.inTransaction(store -> {
            if (kind == DeletionKind.PERSON && store.deletions().isReferenced(id)) {
                throw new DeskException("error.person.referenced", store.deletions().preview(kind, id).number());
            }
            return store.deletions().delete(kind, id, loadedVersion, actor);
        });
    }

    /** The Papierkorb: deletions that can still be restored, newest first. */
    public List<Deletion> list() {
        return database.read(store -> store.deletions().findOpen());
    }

    /**
     * Restores a deletion. When what it belongs to is still deleted, it is refused
     * ({@link ParentDeletedException}) unless {@code alsoParents}: then the parents' deletions
     * come back first, each whole.
     */
    public void restore(UUID deletionId, boolean alsoParents) {
        Actor actor = user.now();
        database.inTransaction(store -> {
            restore(store, deletionId, alsoParents, actor);
            return null;
        });
    }

    /** "Endgültig löschen": blanks the content of a deletion's rows, keeping their tombstones. */
    public void purge(UUID deletionId) {
        Actor actor = user.now();
        database.inTransaction(store -> {
            open(store, deletionId);
            store.deletions().purge(deletionId, actor);
            return null;
        });
    }

    private void restore(Store store, UUID deletionId, boolean alsoParents, Actor actor) {
        Deletion deletion = open(store, deletionId);
        List<Optional<UUID>> parents = store.deletions().deletedParents(deletion);
        while (!parents.isEmpty()) {
            Deletion parent = parents.get(0).flatMap(id -> store.deletions().findOpen(id))
                    .orElseThrow(() -> new DeskException("error.trash.parentGone", deletion.what().number()));
            if (!alsoParents) {
                throw new ParentDeletedException(parent.what());
            }
            restore(store, parent.id(), true, actor);
            parents = store.deletions().deletedParents(deletion);
        }
        store.deletions().restore(deletionId, actor);
        if (deletion.what().kind() == DeletionKind.AGENDA_ITEM) {
            renumberIfReleased(store, deletion.what().recordId());
        }
    }

    /**
     * A TOP deleted before the invitation gave its number up ("~…"); restored, it goes to the
     * end of its meeting's agenda with a new number.
     */
    private static void renumberIfReleased(Store store, UUID topId) {
        AgendaItem top = store.agendaItems().findById(topId).orElseThrow();
        if (!top.number().startsWith("~")) {
            return;
        }
        Meeting meeting = store.meetings().findById(top.meetingId()).orElseThrow();
        List<AgendaItem> agenda = new ArrayList<>(store.agendaItems().findByMeeting(meeting.id()));
        agenda.removeIf(item -> item.id().equals(topId));
        agenda.add(top);
        boolean frozen = meeting.status().freezesAgendaNumbers();
        List<String> numbers;
        if (frozen) {
            numbers = new ArrayList<>(agenda.stream().map(AgendaItem::number).toList());
            numbers.set(numbers.size() - 1, Integer.toString(lastMainNumber(numbers) + 1));
        } else {
            numbers = AgendaNumbers.of(agenda.stream().map(item -> item.number().contains(".")).toList());
        }
        store.agendaItems().place(meeting.id(), numbers, agenda.stream().map(AgendaItem::id).toList(), !frozen);
    }

    private static int lastMainNumber(List<String> numbers) {
        return numbers.stream().map(number -> number.replaceAll("^(\\d+).*", "$1"))
                .filter(number -> number.matches("\\d+")).mapToInt(Integer::parseInt).max().orElse(0);
    }

    private static Deletion open(Store store, UUID deletionId) {
        return store.deletions().findOpen(deletionId)
                .orElseThrow(() -> new DeskException("error.notFound", deletionId));
    }
}
