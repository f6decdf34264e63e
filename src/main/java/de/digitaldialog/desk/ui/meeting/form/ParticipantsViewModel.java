package de.digitaldialog.desk.ui.meeting.form;

import de.digitaldialog.desk.domain.Land;
import de.digitaldialog.desk.domain.Meeting;
import de.digitaldialog.desk.domain.Ministry;
import de.digitaldialog.desk.domain.Participant;
import de.digitaldialog.desk.domain.ParticipantRole;
import de.digitaldialog.desk.domain.Person;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.ui.common.FormMessages;
import de.digitaldialog.desk.ui.common.PersonOptions;
import de.digitaldialog.desk.ui.common.form.FormModel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import javafx.beans.Observable;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Who takes part: the chairs in their order, and the participants (persons, or ministries taking
 * part as such) with their roles, listed by Land and protocol order. The list shows the chairs
 * first, as "Vorsitz" (they stay stored as the meeting's chairs, not as participants). Pickers
 * offer the persons active today; records keep showing those who left. Needs no toolkit.
 */
public final class ParticipantsViewModel {

    /** Who can be added as a participant: a person, or a ministry taking part as such. */
    public record Candidate(Person person, Ministry ministry, String label) {
    }

    private final Messages messages;
    private final FormMessages feedback;
    private final ObservableList<Person> personOptions = FXCollections.observableArrayList();
    private final ObservableList<Candidate> candidates = FXCollections.observableArrayList();
    private final ObservableList<Person> chairs = FXCollections.observableArrayList();
    private final ObservableList<ParticipantRow> participants = FXCollections.observableArrayList();
    private final ObservableList<ParticipantRow> rows = FXCollections.observableArrayList();
    private final Map<UUID, Land> landsById = new HashMap<>();
    private final Map<UUID, Ministry> ministriesById = new HashMap<>();
    private final Map<UUID, Person> personsById = new HashMap<>();

    ParticipantsViewModel(Messages messages, FormMessages feedback) {
        this.messages = messages;
        this.feedback = feedback;
        chairs.addListener((Observable changed) -> showRows());
        participants.addListener((Observable changed) -> showRows());
    }

    /** The chairs in their order, then the participants; a chair also stored as a participant shows once. */
    private void showRows() {
        List<ParticipantRow> shown = new ArrayList<>(chairs.stream().map(this::chairRow).toList());
        List<UUID> chairIds = chairIds();
        participants.stream().filter(row -> !chairIds.contains(row.participant().personId())).forEach(shown::add);
        rows.setAll(shown);
    }

    /** Everything the user edits here. */
    List<Observable> values() {
        return List.of(chairs, participants);
    }

    /** Who can chair or take part, and what names the rows. */
    void options(List<Land> lands, List<Ministry> ministries, List<Person> persons) {
        landsById.clear();
        lands.forEach(land -> landsById.put(land.id(), land));
        ministriesById.clear();
        ministries.forEach(ministry -> ministriesById.put(ministry.id(), ministry));
        personsById.clear();
        persons.forEach(person -> personsById.put(person.id(), person));
        List<Person> offered = PersonOptions.offered(persons, Set.of());
        personOptions.setAll(offered);
        candidates.setAll(candidates(lands, ministries, offered));
    }

    /** Persons and ministries of the partner Länder and the Bund, persons first, each by name. */
    private List<Candidate> candidates(List<Land> lands, List<Ministry> ministries, List<Person> persons) {
        Set<UUID> eligible = new HashSet<>();
        lands.stream().filter(land -> land.partner() || land.federal()).forEach(land -> eligible.add(land.id()));
        LocalDate today = LocalDate.now();
        List<Candidate> result = new ArrayList<>();
        persons.stream()
                .filter(p -> p.ministryId() == null || eligible.contains(landOf(p.ministryId())))
                .forEach(p -> result.add(new Candidate(p, null, personLabel(p))));
        ministries.stream()
                .filter(m -> eligible.contains(m.landId()) && m.isValidOn(today))
                .sorted(Comparator.comparing(Ministry::abbreviation, String.CASE_INSENSITIVE_ORDER))
                .forEach(m -> result.add(new Candidate(null, m, ministryLabel(m))));
        return result;
    }

    private UUID landOf(UUID ministryId) {
        Ministry ministry = ministriesById.get(ministryId);
        return ministry == null ? null : ministry.landId();
    }

    /** Those of this meeting; nobody for a new one. */
    void fill(Meeting meeting) {
        if (meeting == null) {
            chairs.clear();
            participants.clear();
            return;
        }
        chairs.setAll(meeting.chairPersonIds().stream().map(personsById::get).filter(Objects::nonNull).toList());
        participants.setAll(meeting.participants().stream().map(this::row).sorted(ParticipantRow.ORDER).toList());
    }

    /** The values as the dirty check compares them. */
    List<Object> state() {
        return List.of(chairIds(), participants.stream()
                .map(row -> row.participant().id() + ":" + row.participant().role()).toList());
    }

    List<UUID> chairIds() {
        return chairs.stream().map(Person::id).toList();
    }

    List<Participant> list() {
        return participants.stream().map(ParticipantRow::participant).toList();
    }

    // --- editing ----------------------------------------------------------------------------

    /** A person just created from a picker: offered from now on, and the candidate that names them. */
    public Candidate personCreated(Person person) {
        personsById.put(person.id(), person);
        personOptions.add(person);
        Candidate candidate = new Candidate(person, null, personLabel(person));
        candidates.add(0, candidate);
        return candidate;
    }

    /** A person just created from the chair picker chairs the meeting. */
    public void chairCreated(Person person) {
        personCreated(person);
        addChair(person);
    }

    /**
     * Adds a chair at the end; one already chairing stays where it is. A participant who becomes
     * a chair is a chair only: the chairs are the one source.
     */
    public void addChair(Person person) {
        if (person != null && chairs.stream().noneMatch(c -> c.id().equals(person.id()))) {
            participants.removeIf(row -> person.id().equals(row.participant().personId()));
            chairs.add(person);
        }
    }

    public void removeChair(Person person) {
        chairs.remove(person);
    }

    /** Adds a person or ministry with a role; false (with the message) when it takes part already. */
    public boolean addParticipant(Candidate candidate, ParticipantRole role) {
        feedback.clear(MeetingFormViewModel.PARTICIPANT);
        if (candidate == null) {
            feedback.set(MeetingFormViewModel.PARTICIPANT, messages.get("validation.required"));
            return false;
        }
        UUID personId = candidate.person() == null ? null : candidate.person().id();
        UUID ministryId = candidate.ministry() == null ? null : candidate.ministry().id();
        boolean twice = participants.stream().map(ParticipantRow::participant)
                .anyMatch(p -> Objects.equals(p.personId(), personId) && Objects.equals(p.ministryId(), ministryId))
                || personId != null && chairIds().contains(personId);
        if (twice) {
            feedback.set(MeetingFormViewModel.PARTICIPANT,
                    messages.get("validation.meeting.participantTwice", candidate.label()));
            return false;
        }
        put(new Participant(UUID.randomUUID(), personId, ministryId, role, null));
        return true;
    }

    /** Gives a participant another role; returns the row that replaces it. A chair stays Vorsitz. */
    public ParticipantRow changeRole(ParticipantRow row, ParticipantRole role) {
        if (row.isChair()) {
            return row;
        }
        Participant p = row.participant();
        participants.remove(row);
        return put(new Participant(p.id(), p.personId(), p.ministryId(), role, p.audit()));
    }

    /** Removes a participant; a chair's row removes the chair. */
    public void removeParticipant(ParticipantRow row) {
        if (row.isChair()) {
            removeChair(row.chair());
        }
        participants.remove(row);
        feedback.clear(MeetingFormViewModel.PARTICIPANT);
    }

    private ParticipantRow put(Participant participant) {
        ParticipantRow added = row(participant);
        List<ParticipantRow> rows = new ArrayList<>(participants);
        rows.add(added);
        rows.sort(ParticipantRow.ORDER);
        participants.setAll(rows);
        return added;
    }

    private ParticipantRow row(Participant participant) {
        Person person = participant.personId() == null ? null : personsById.get(participant.personId());
        return row(participant, null, person, participant.ministryId());
    }

    private ParticipantRow chairRow(Person chair) {
        return row(null, chair, chair, null);
    }

    private ParticipantRow row(Participant participant, Person chair, Person person, UUID ownMinistryId) {
        UUID ministryId = ownMinistryId != null ? ownMinistryId : person == null ? null : person.ministryId();
        Ministry ministry = ministryId == null ? null : ministriesById.get(ministryId);
        UUID landId = ministry != null ? ministry.landId() : person == null ? null : person.landId();
        Land land = landId == null ? null : landsById.get(landId);
        String name;
        String detail;
        if (person != null) {
            name = person.displayName();
            detail = joined(person.functionTitle(), ministry == null ? null : ministry.abbreviation());
        } else {
            name = ministry == null ? "?" : ministry.abbreviation();
            detail = ministry == null ? "" : ministry.name().in(messages.locale());
        }
        return new ParticipantRow(participant, chair, landName(land),
                land == null ? Integer.MAX_VALUE : land.sortOrder(),
                person == null ? null : person.protocolRank(), name, detail);
    }

    private static String joined(String first, String second) {
        String a = FormModel.text(first);
        String b = FormModel.text(second);
        return a == null ? (b == null ? "" : b) : b == null ? a : a + ", " + b;
    }

    // --- labels -----------------------------------------------------------------------------

    /** "Dr. Anna Schmidt (StMD)": a person with the ministry's abbreviation. */
    public String personLabel(Person person) {
        if (person == null) {
            return "";
        }
        Ministry ministry = person.ministryId() == null ? null : ministriesById.get(person.ministryId());
        return person.displayName() + (ministry == null ? "" : " (" + ministry.abbreviation() + ")");
    }

    /** "StMD – Staatsministerium für Digitales (Bayern)": a ministry as a participant. */
    private String ministryLabel(Ministry ministry) {
        Land land = landsById.get(ministry.landId());
        return ministry.abbreviation() + " – " + ministry.name().in(messages.locale())
                + (land == null ? "" : " (" + landName(land) + ")");
    }

    private String landName(Land land) {
        return land == null ? "" : land.name().in(messages.locale());
    }

    // --- properties -------------------------------------------------------------------------

    public ObservableList<Person> personOptions() {
        return personOptions;
    }

    public ObservableList<Candidate> candidates() {
        return candidates;
    }

    public ObservableList<Person> chairs() {
        return chairs;
    }

    /** The chairs, then the participants by Land and protocol order; change them with the methods above. */
    public ObservableList<ParticipantRow> rows() {
        return rows;
    }
}
