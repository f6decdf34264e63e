package de.digitaldialog.desk.ui.ministry.handover;

import de.digitaldialog.desk.domain.Ministry;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.service.MinistryService;
import de.digitaldialog.desk.service.MinistryService.HandOverPreview;
import de.digitaldialog.desk.service.MinistryService.HandOverResult;
import de.digitaldialog.desk.ui.common.BackgroundTask;
import de.digitaldialog.desk.ui.common.FormMessages;
import de.digitaldialog.desk.ui.common.TaskExecutor;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * "Übergeben …": what a ministry that ends (or has ended) still has open goes to one successor —
 * its named successors first, then any other ministry of its Land that may still follow it (it
 * starts no earlier than the last day; it is then named a successor too) — with a reason for the initiatives' history. Says before
 * what moves and after what moved. Needs no toolkit.
 */
public final class HandOverViewModel {

    public static final String SUCCESSOR = "successor";
    public static final String REASON = "reason";

    private record Read(Ministry ending, List<Ministry> all, HandOverPreview preview) {
    }

    private final Messages messages;
    private final TaskExecutor executor;
    private final MinistryService ministries;
    private final FormMessages feedback;
    private final ObservableList<Ministry> candidates = FXCollections.observableArrayList();
    private final ObjectProperty<Ministry> successor = new SimpleObjectProperty<>(this, "successor");
    private final StringProperty reason = new SimpleStringProperty(this, "reason", "");
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "");
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper(this, "preview", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", true);
    private Ministry ending;
    private HandOverPreview counts;

    public HandOverViewModel(Messages messages, TaskExecutor executor, MinistryService ministries) {
        this.messages = messages;
        this.executor = executor;
        this.ministries = ministries;
        this.feedback = new FormMessages(messages, List.of(SUCCESSOR, REASON));
        successor.addListener(observable -> feedback.clear(SUCCESSOR));
    }

    /** Reads the ministry, its possible successors and what would move, in the background. */
    public void load(UUID endingId) {
        busy.set(true);
        BackgroundTask.wrap(() -> new Read(ministries.load(endingId), ministries.list(),
                        ministries.handOverPreview(endingId)))
                .onSuccess(this::show)
                .onFailure(feedback::failed)
                .onFinished(() -> busy.set(false))
                .executeWith(executor);
    }

    private void show(Read read) {
        ending = read.ending();
        counts = read.preview();
        LocalDate after = ending.validTo() == null ? null : ending.validTo().plusDays(1);
        Comparator<Ministry> byAbbreviation = Comparator.comparing(Ministry::abbreviation, String.CASE_INSENSITIVE_ORDER);
        List<Ministry> named = read.all().stream().filter(m -> ending.successorIds().contains(m.id()))
                .sorted(byAbbreviation).toList();
        List<Ministry> others = read.all().stream()
                .filter(m -> m.landId().equals(ending.landId()) && !m.id().equals(ending.id()) && !named.contains(m))
                .filter(m -> after != null && !m.validFrom().isBefore(ending.validTo()))
                .filter(m -> m.validTo() == null || !m.validTo().isBefore(after))
                .sorted(byAbbreviation).toList();
        candidates.setAll(Stream.concat(named.stream(), others.stream()).toList());
        successor.set(named.isEmpty() ? null : named.get(0));
        heading.set(messages.get("handOver.header", ending.abbreviation(), ending.name().in(messages.locale())));
        preview.set(messages.get("handOver.preview", counts.leading(), counts.participating(), counts.actionItems(),
                counts.inputDeadlines()));
    }

    /** Successors named by the reshuffle are marked as such in the choice. */
    public String label(Ministry ministry) {
        String label = ministry.abbreviation() + " – " + ministry.name().in(messages.locale());
        return ending != null && ending.successorIds().contains(ministry.id())
                ? messages.get("handOver.named", label) : label;
    }

    /** The confirmation's text: from whom to whom, and what moves. */
    public String confirmation() {
        return messages.get("handOver.confirm.text", ending.abbreviation(), successor.get().abbreviation(),
                counts.leading(), counts.participating(), counts.actionItems(), counts.inputDeadlines());
    }

    /** Nothing to confirm without a successor: its field says so. */
    public boolean ready() {
        if (successor.get() == null) {
            feedback.set(SUCCESSOR, messages.get("validation.required"));
            return false;
        }
        return true;
    }

    /** Hands over in the background (one transaction); {@code done} gets what moved. */
    public void handOver(Consumer<HandOverResult> done) {
        UUID from = ending.id();
        UUID to = successor.get().id();
        String why = reason.get();
        busy.set(true);
        BackgroundTask.wrap(() -> ministries.handOverNamingSuccessor(from, to, why))
                .onSuccess(done)
                .onFailure(feedback::failed)
                .onFinished(() -> busy.set(false))
                .executeWith(executor);
    }

    /** What moved, for the message afterwards. */
    public String result(HandOverResult result) {
        return messages.get("handOver.done", result.initiatives(), result.actionItems(), result.inputDeadlines(),
                successor.get().abbreviation());
    }

    public BooleanBinding cannotHandOver() {
        return Bindings.createBooleanBinding(() -> busy.get() || successor.get() == null, busy, successor);
    }

    public void onUnexpected(Consumer<Throwable> handler) {
        feedback.onUnexpected(handler);
    }

    public ObservableList<Ministry> candidates() {
        return candidates;
    }

    public ObjectProperty<Ministry> successorProperty() {
        return successor;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty(String field) {
        return feedback.errorProperty(field);
    }

    public ReadOnlyStringProperty problemProperty() {
        return feedback.problemProperty();
    }
}
