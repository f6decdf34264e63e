package de.digitaldialog.desk.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitaldialog.desk.domain.ActionItem;
import de.digitaldialog.desk.domain.DeskException;
import de.digitaldialog.desk.domain.Initiative;
import de.digitaldialog.desk.domain.Meeting;
import de.digitaldialog.desk.domain.Milestone;
import de.digitaldialog.desk.domain.Person;
import de.digitaldialog.desk.workspace.Workspace;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * What a data folder must hold after the writers so far: the last logged state of every record.
 * {@link #check} compares a reopened workspace with it and takes the one transaction a kill left
 * pending as whatever arrived — all of it or none of it, never a part.
 */
final class ExpectedState {

    /** Whether a killed writer's last, unconfirmed transaction had arrived. */
    enum Pending { NONE, ARRIVED, LOST }

    private final Map<UUID, Fact> facts = new LinkedHashMap<>();
    private int commits;

    int commits() {
        return commits;
    }

    Pending check(Workspace workspace, List<CommitLog.Entry> entries) {
        Set<Long> committed = new HashSet<>();
        entries.stream().filter(CommitLog.Entry::committed).forEach(entry -> committed.add(entry.op()));
        CommitLog.Entry pending = null;
        for (CommitLog.Entry entry : entries) {
            if (entry.committed()) {
                commits++;
                entry.facts().forEach(fact -> facts.put(fact.id(), fact));
            } else if (!committed.contains(entry.op())) {
                assertThat(pending).as("only the last transaction can be unconfirmed").isNull();
                pending = entry;
            }
        }
        Set<UUID> open = new HashSet<>();
        if (pending != null) {
            pending.facts().forEach(fact -> open.add(fact.id()));
        }
        for (Fact fact : facts.values()) {
            if (!open.contains(fact.id())) {
                assertThat(observe(workspace, fact)).as("logged commit of %s", fact).satisfies(observed ->
                        assertThat(fact.matches(observed)).as("%s found as %s", fact, observed).isTrue());
            }
        }
        Pending outcome = pending == null ? Pending.NONE : resolve(workspace, pending);
        assertThat(workspace.initiatives().list()).as("initiatives").hasSize(live("INI"));
        assertThat(workspace.meetings().list()).as("meetings").hasSize(live("SIT"));
        assertThat(workspace.persons().list()).as("persons").hasSize(live("PER"));
        return outcome;
    }

    /** The pending transaction is in the database whole or not at all; its records then count as found. */
    private Pending resolve(Workspace workspace, CommitLog.Entry pending) {
        boolean allNew = true;
        boolean allOld = true;
        Map<UUID, Fact> found = new LinkedHashMap<>();
        for (Fact promised : pending.facts()) {
            Fact observed = observe(workspace, promised);
            Fact absent = Fact.gone(promised.kind(), promised.id(), promised.meeting());
            Fact prior = facts.getOrDefault(promised.id(), absent);
            boolean isNew = promised.matches(observed);
            boolean isOld = prior.matches(observed);
            assertThat(isNew || isOld).as("%s is neither as before (%s) nor as promised (%s)", observed, prior,
                    promised).isTrue();
            allNew &= isNew;
            allOld &= isOld;
            found.put(promised.id(), observed == null ? absent : observed);
        }
        assertThat(allNew || allOld).as("transaction %d half applied: %s", pending.op(), found.values()).isTrue();
        if (allOld) {
            return Pending.LOST;
        }
        facts.putAll(found);
        return Pending.ARRIVED;
    }

    private int live(String kind) {
        return (int) facts.values().stream().filter(fact -> fact.kind().equals(kind) && !fact.isGone()).count();
    }

    /** The record as the database holds it now, or {@code null} when it is not there (deleted or never stored). */
    static Fact observe(Workspace workspace, Fact expected) {
        UUID id = expected.id();
        return switch (expected.kind()) {
            case "INI" -> find(() -> initiative(workspace, workspace.initiatives().load(id)));
            case "SIT" -> find(() -> {
                Meeting meeting = workspace.meetings().load(id);
                return new Fact("SIT", id, meeting.audit().version(), null, meeting.title());
            });
            case "TOP" -> workspace.meetings().agenda(expected.meeting()).stream()
                    .filter(top -> top.id().equals(id)).findFirst()
                    .map(top -> new Fact("TOP", id, top.audit().version(), expected.meeting(), top.title()))
                    .orElse(null);
            case "AUF" -> workspace.meetings().actionItems(expected.meeting()).values().stream()
                    .flatMap(List::stream).filter(item -> item.id().equals(id)).findFirst()
                    .map(item -> actionItem(item, expected.meeting())).orElse(null);
            case "PER" -> find(() -> {
                Person person = workspace.persons().load(id);
                return new Fact("PER", id, person.audit().version(), null, person.lastName());
            });
            default -> throw new IllegalArgumentException(expected.kind());
        };
    }

    private static Fact actionItem(ActionItem item, UUID meeting) {
        return new Fact("AUF", item.id(), item.audit().version(), meeting, item.description());
    }

    /** An initiative whose milestones are not all of the transaction that wrote its title is half applied. */
    private static Fact initiative(Workspace workspace, Initiative initiative) {
        for (Milestone milestone : initiative.milestones()) {
            assertThat(milestone.title()).as("milestone of %s", initiative.title())
                    .startsWith(initiative.title() + ".m");
        }
        return Fact.initiative(initiative.id(), initiative.audit().version(), initiative.title(),
                initiative.status(), initiative.milestones().size(),
                workspace.initiatives().history(initiative.id()).size());
    }

    private static Fact find(Supplier<Fact> lookup) {
        try {
            return lookup.get();
        } catch (DeskException e) {
            if (e.key().equals("error.notFound")) {
                return null;
            }
            throw e;
        }
    }
}
