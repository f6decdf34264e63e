package de.digitaldialog.desk.domain;

import java.time.LocalDate;
import java.util.UUID;

/** A dated step of an initiative; its position is its place in the initiative's list. */
public record Milestone(UUID id, String title, LocalDate dueDate, boolean done, LocalDate doneOn,
                        Audit audit) {

    public Milestone {
        new Violations()
                .requireText("milestone.title", title, 200)
                .check(done || doneOn == null, "milestone.doneOn", "validation.milestone.doneOn")
                .throwIfAny();
    }

    public boolean isOverdue(LocalDate today) {
        return !done && dueDate != null && dueDate.isBefore(today);
    }
}
