package de.digitaldialog.desk.ui.ministry.reshuffle;

import static de.digitaldialog.desk.ui.common.form.FormModel.text;

import de.digitaldialog.desk.domain.LocalizedText;
import de.digitaldialog.desk.domain.Ministry;
import de.digitaldialog.desk.domain.MinistryRules;
import de.digitaldialog.desk.domain.ValidationException;
import de.digitaldialog.desk.domain.Violations;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.service.MinistryService;
import de.digitaldialog.desk.ui.common.BackgroundTask;
import de.digitaldialog.desk.ui.common.FormMessages;
import de.digitaldialog.desk.ui.common.TaskExecutor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * "Kabinettsumbildung": a ministry ends on its last day and is followed by new ministry rows
 * (never renamed in place) and/or existing ministries of its Land, in one transaction. New rows are
 * entered one at a time and checked as they are added (names, the abbreviation unique in the Land
 * at the time, not valid before the ending one ends). Needs no toolkit.
 */
public final class ReshuffleViewModel {

    public static final String LAST_DAY = "validTo";
    public static final String ABBREVIATION = "abbreviation";
    public static final String NAME_DE = "nameDe";
    public static final String NAME_EN = "nameEn";
    public static final String VALID_FROM = "validFrom";
    public static final String SUCCESSORS = "successors";

    private final Messages messages;
    private final TaskExecutor executor;
    private final MinistryService ministries;
    private final FormMessages feedback;
    private final ObjectProperty<LocalDate> lastDay = new SimpleObjectProperty<>(this, "lastDay");
    private final StringProperty abbreviation = new SimpleStringProperty(this, "abbreviation", "");
    private final StringProperty nameDe = new SimpleStringProperty(this, "nameDe", "");
    private final StringProperty nameEn = new SimpleStringProperty(this, "nameEn", "");
    private final ObjectProperty<LocalDate> validFrom = new SimpleObjectProperty<>(this, "validFrom");
    private final ObservableList<Ministry> newSuccessors = FXCollections.observableArrayList();
    private final ObservableList<Ministry> candidates = FXCollections.observableArrayList();
    private final ObservableList<Ministry> chosen = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private Ministry ending;
    private List<Ministry> all = List.of();

    public ReshuffleViewModel(Messages messages, TaskExecutor executor, MinistryService ministries) {
        this.messages = messages;
        this.executor = executor;
        this.ministries = ministries;
        this.feedback = new FormMessages(messages,
                List.of(LAST_DAY, ABBREVIATION, NAME_DE, NAME_EN, VALID_FROM, SUCCESSORS));
        lastDay.addListener((observable, was, now) -> {
            feedback.clear(LAST_DAY);
            if (now != null && (validFrom.get() == null || was != null && validFrom.get().equals(was.plusDays(1)))) {
                validFrom.set(now.plusDays(1));
            }
            offerCandidates();
        });
        abbreviation.addListener(observable -> feedback.clear(ABBREVIATION));
        nameDe.addListener(observable -> feedback.clear(NAME_DE));
        nameEn.addListener(observable -> feedback.clear(NAME_EN));
        validFrom.addListener(observable -> feedback.clear(VALID_FROM));
    }

    /**
     * The ministry that ends, among all stored ones: its last day is its end if it has one, else
     * today; the successors it already has are chosen.
     */
    public void start(Ministry endingMinistry, List<Ministry> stored, LocalDate today) {
        this.ending = endingMinistry;
        this.all = List.copyOf(stored);
        lastDay.set(ending.validTo() != null ? ending.validTo() : today);
        chosen.setAll(all.stream().filter(m -> ending.successorIds().contains(m.id())).toList());
    }

    /** Existing ministries of the same Land that may follow: starting no earlier than the last day. */
    private void offerCandidates() {
        if (ending == null || lastDay.get() == null) {
            return;
        }
        LocalDate after = lastDay.get().plusDays(1);
        List<Ministry> offered = all.stream()
                .filter(m -> m.landId().equals(ending.landId()) && !m.id().equals(ending.id()))
                .filter(m -> !m.validFrom().isBefore(lastDay.get()))
                .filter(m -> m.validTo() == null || !m.validTo().isBefore(after))
                .sorted(Comparator.comparing(Ministry::abbreviation, String.CASE_INSENSITIVE_ORDER))
                .toList();
        candidates.setAll(offered);
        chosen.retainAll(offered);
    }

    /** The new row as typed; throws the domain's ValidationException with every rule it breaks. */
    private Ministry draft() {
        Violations violations = new Violations();
        UUID id = UUID.randomUUID();
        String typedAbbreviation = text(abbreviation.get());
        Ministry draft = null;
        try {
            draft = new Ministry(id, ending.landId(), typedAbbreviation, new LocalizedText(
                    nameDe.get() == null ? "" : nameDe.get().strip(), text(nameEn.get())), ending.kind(),
                    validFrom.get(), null, Set.of(), null);
        } catch (ValidationException refused) {
            refused.violations().forEach(v -> violations.add(v.field(), v.key(), v.arguments()));
        }
        List<Ministry> others = new ArrayList<>(all);
        // the ending one is valid until its last day here; new rows already added count too
        others.replaceAll(m -> m.id().equals(ending.id()) && lastDay.get() != null
                ? m.endingOn(lastDay.get(), Set.of()) : m);
        others.addAll(newSuccessors);
        MinistryRules.checkTyped(id, ending.landId(), typedAbbreviation, ending.kind(), validFrom.get(), null, Set.of(),
                others).list().forEach(v -> violations.add(v.field(), v.key(), v.arguments()));
        if (lastDay.get() != null && validFrom.get() != null && validFrom.get().isBefore(lastDay.get())) {
            violations.add(VALID_FROM, "validation.ministry.successorBeforeEnd", typedAbbreviation, lastDay.get());
        }
        violations.throwIfAny();
        return draft;
    }

    /** Adds the typed successor to the list, or shows at its fields why not. */
    public boolean addNew() {
        try {
            newSuccessors.add(draft());
        } catch (ValidationException refused) {
            feedback.show(refused);
            return false;
        }
        abbreviation.set("");
        nameDe.set("");
        nameEn.set("");
        feedback.clear(SUCCESSORS);
        return true;
    }

    public void removeNew(Ministry successor) {
        newSuccessors.remove(successor);
    }

    private boolean typing() {
        return text(abbreviation.get()) != null || text(nameDe.get()) != null || text(nameEn.get()) != null;
    }

    /**
     * Ends the ministry and stores the successors in the background; a successor still typed is
     * added first. {@code done} gets the ended ministry.
     *
     * @return false when refused before anything was sent (the messages are at the fields)
     */
    public boolean save(Consumer<Ministry> done) {
        feedback.problem("");
        if (typing() && !addNew()) {
            return false;
        }
        if (lastDay.get() == null) {
            feedback.set(LAST_DAY, messages.get("validation.required"));
            return false;
        }
        if (newSuccessors.isEmpty() && chosen.isEmpty()) {
            feedback.set(SUCCESSORS, messages.get("reshuffle.noSuccessor"));
            return false;
        }
        List<Ministry> created = List.copyOf(newSuccessors);
        Set<UUID> existing = chosen.stream().map(Ministry::id).collect(Collectors.toSet());
        LocalDate day = lastDay.get();
        UUID id = ending.id();
        busy.set(true);
        BackgroundTask.wrap(() -> ministries.reshuffle(id, day, created, existing))
                .onSuccess(done)
                .onFailure(feedback::failed)
                .onFinished(() -> busy.set(false))
                .executeWith(executor);
        return true;
    }

    public String heading() {
        return messages.get("reshuffle.header", ending.abbreviation(), ending.name().in(messages.locale()));
    }

    public String label(Ministry ministry) {
        return ministry.abbreviation() + " – " + ministry.name().in(messages.locale());
    }

    public void onUnexpected(Consumer<Throwable> handler) {
        feedback.onUnexpected(handler);
    }

    public ObjectProperty<LocalDate> lastDayProperty() {
        return lastDay;
    }

    public StringProperty abbreviationProperty() {
        return abbreviation;
    }

    public StringProperty nameDeProperty() {
        return nameDe;
    }

    public StringProperty nameEnProperty() {
        return nameEn;
    }

    public ObjectProperty<LocalDate> validFromProperty() {
        return validFrom;
    }

    /** The new rows that follow, in the order added. */
    public ObservableList<Ministry> newSuccessors() {
        return newSuccessors;
    }

    /** Existing ministries that may follow. */
    public ObservableList<Ministry> candidates() {
        return candidates;
    }

    public ObservableList<Ministry> chosen() {
        return chosen;
    }

    public ReadOnlyStringProperty errorProperty(String field) {
        return feedback.errorProperty(field);
    }

    public ReadOnlyStringProperty problemProperty() {
        return feedback.problemProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
