package de.digitaldialog.desk.ui.initiative.form;

import de.digitaldialog.desk.domain.Arena;
import de.digitaldialog.desk.domain.InitiativeStatus;
import de.digitaldialog.desk.domain.Ministry;
import de.digitaldialog.desk.domain.StatusChange;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.service.InitiativeService;
import de.digitaldialog.desk.ui.common.Formats;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The read-only parts of the initiative form: its status history, and the meetings, agenda
 * items, decisions and action items that refer to it. Needs no toolkit.
 */
public final class HistoryViewModel {

    /** A line of the references list; it opens its meeting when it has one. */
    public record Reference(String text, UUID meetingId) {
    }

    private final Messages messages;
    private final ObservableList<StatusChange> history = FXCollections.observableArrayList();
    private final ObservableList<Reference> references = FXCollections.observableArrayList();
    private Map<UUID, String> abbreviations = Map.of();

    HistoryViewModel(Messages messages) {
        this.messages = messages;
    }

    /**
     * Shows the history and references of the initiative with this id (null: a new one, which has
     * none); {@code ministries}, ended ones included, name the two sides of a hand-over.
     */
    void fill(UUID id, List<StatusChange> entries, InitiativeService.References found, List<Ministry> ministries) {
        abbreviations = ministries.stream().collect(Collectors.toMap(Ministry::id, Ministry::abbreviation, (a, b) -> a));
        history.setAll(entries);
        references.setAll(id == null ? List.of() : lines(id, found));
    }

    /** One line per meeting, TOP, decision and action item that refers to the initiative. */
    private List<Reference> lines(UUID id, InitiativeService.References found) {
        Formats formats = Formats.of(messages.locale());
        Map<UUID, String> meetingNumbers = new HashMap<>();
        List<Reference> lines = new ArrayList<>();
        for (var meeting : found.meetings()) {
            meetingNumbers.put(meeting.id(), meeting.number());
            lines.add(new Reference(messages.get("initiativeForm.ref.meeting", meeting.number(), meeting.title(),
                    formats.dateTime(meeting.startsAt())), meeting.id()));
        }
        for (var item : found.agendaItems()) {
            lines.add(new Reference(messages.get("initiativeForm.ref.agendaItem", item.number(), item.title(),
                    meetingNumbers.getOrDefault(item.meetingId(), "")), item.meetingId()));
            item.decisions().stream().filter(d -> id.equals(d.initiativeId()))
                    .forEach(d -> lines.add(new Reference(messages.get("initiativeForm.ref.decision", d.text(),
                            item.number()), item.meetingId())));
        }
        for (var action : found.actionItems()) {
            lines.add(new Reference(messages.get("initiativeForm.ref.actionItem", action.description(),
                    formats.date(action.dueDate()), messages.label(action.status())),
                    found.meetingOfAgendaItem().get(action.agendaItemId())));
        }
        return lines;
    }

    /** The "from" or "to" of a history entry as the UI language says it. */
    public String value(StatusChange entry, String value) {
        if (value == null) {
            return "";
        }
        try {
            return switch (entry.kind()) {
                case ARENA -> messages.label(Arena.valueOf(value));
                case STATUS -> messages.label(InitiativeStatus.valueOf(value));
                case HANDOVER -> abbreviations.getOrDefault(UUID.fromString(value), value);
            };
        } catch (IllegalArgumentException unknown) {
            return value;
        }
    }

    /** The "to" column: a hand-over says whom it went to ("Übergeben an StMDx"). */
    public String target(StatusChange entry) {
        String value = value(entry, entry.toValue());
        return entry.kind() == StatusChange.Kind.HANDOVER ? messages.get("initiativeForm.history.handOver", value) : value;
    }

    public ObservableList<StatusChange> history() {
        return history;
    }

    /** Meetings, agenda items, decisions and action items that refer to the initiative. */
    public ObservableList<Reference> references() {
        return references;
    }
}
