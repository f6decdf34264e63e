package de.digitaldialog.desk.ui.trash;

import de.digitaldialog.desk.domain.DeletionKind;
import de.digitaldialog.desk.domain.DeletionPart;
import de.digitaldialog.desk.domain.DeletionPreview;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.ui.dialog.Question;
import java.util.ArrayList;
import java.util.List;

/**
 * Names a deletion in the UI language: "Sitzung SIT-BY1-0001 „Kabinettssitzung“ mit 3 TOPs,
 * 2 Beschlüssen und 4 Aufträgen löschen?". Participants are left out: they are part of the
 * meeting itself, as its chairs are. Needs no toolkit.
 */
public final class DeletionQuestion {

    private final Messages messages;

    public DeletionQuestion(Messages messages) {
        this.messages = messages;
    }

    /** The confirmation before deleting; its button says "Löschen". */
    public Question ask(DeletionPreview what) {
        String named = named(what);
        String parts = parts(what);
        String subject = parts.isEmpty() ? named : messages.get("delete.with", named, parts);
        return Question.of("deleteDialog", messages.get(questionKey(what.kind()), subject),
                messages.get("delete.confirm")).titled(messages.get("delete.title"));
    }

    /** The record as the user knows it: number (when it has one) and title. */
    public String named(DeletionPreview what) {
        return what.number() == null || what.number().isBlank() ? messages.get("delete.titled", what.title())
                : messages.get("delete.named", what.number(), what.title());
    }

    /** What goes with it, counted: "3 TOPs, 2 Beschlüssen und 4 Aufträgen"; empty when nothing. */
    public String parts(DeletionPreview what) {
        List<String> named = new ArrayList<>();
        for (DeletionPart part : DeletionPart.values()) {
            String key = partKey(part);
            if (key != null && what.count(part) > 0) {
                named.add(messages.get(key, what.count(part)));
            }
        }
        if (named.size() < 2) {
            return String.join("", named);
        }
        String last = named.remove(named.size() - 1);
        return messages.get("delete.and", String.join(", ", named), last);
    }

    private static String questionKey(DeletionKind kind) {
        return switch (kind) {
            case INITIATIVE -> "delete.question.initiative";
            case MEETING -> "delete.question.meeting";
            case AGENDA_ITEM -> "delete.question.agendaItem";
            case ACTION_ITEM -> "delete.question.actionItem";
            case ATTACHMENT -> "delete.question.attachment";
            case BEST_PRACTICE -> "delete.question.bestPractice";
            case PERSON -> "delete.question.person";
        };
    }

    private static String partKey(DeletionPart part) {
        return switch (part) {
            case AGENDA_ITEMS -> "delete.part.agendaItems";
            case DECISIONS -> "delete.part.decisions";
            case ACTION_ITEMS -> "delete.part.actionItems";
            case ATTACHMENTS -> "delete.part.attachments";
            case MILESTONES -> "delete.part.milestones";
            case PARTICIPANTS -> null;
        };
    }
}
