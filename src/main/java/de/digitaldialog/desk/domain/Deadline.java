package de.digitaldialog.desk.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A date someone has to meet: the input a ministry owes for a TOP (Zulieferfrist) or an action
 * item's due date. {@code id} is the TOP's or the action item's; {@code subject} the TOP's title
 * or what the action item asks for; {@code owner} who owes it ("StMD", a person's name).
 */
public record Deadline(Kind kind, LocalDate date, UUID id, String subject, String owner, String meetingNumber,
                       String meetingTitle, LocalDateTime meetingStartsAt, String agendaNumber,
                       Classification classification) {

    public enum Kind { INPUT, ACTION_ITEM }

    public boolean isOverdue(LocalDate today) {
        return date.isBefore(today);
    }
}
