package de.digitaldialog.desk.ui.ministry.list;

import de.digitaldialog.desk.domain.DeskException;
import de.digitaldialog.desk.domain.Land;
import de.digitaldialog.desk.domain.Ministry;
import de.digitaldialog.desk.domain.ValidationException;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.service.MinistryService;
import de.digitaldialog.desk.service.ReferenceDataService;
import de.digitaldialog.desk.ui.common.BackgroundTask;
import de.digitaldialog.desk.ui.common.Formats;
import de.digitaldialog.desk.ui.common.TaskExecutor;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/** The ministries of all Länder, ended ones on request, filtered by Land. */
public final class MinistriesViewModel {

    private record Read(List<Ministry> ministries, List<Land> lands) {
    }

    private static final String REFERENCED = "validation.ministry.referenced";

    private final Messages messages;
    private final TaskExecutor executor;
    private final MinistryService ministries;
    private final ReferenceDataService referenceData;
    private final Formats formats;
    private final ObservableList<Ministry> all = FXCollections.observableArrayList();
    private final FilteredList<Ministry> shown = new FilteredList<>(all);
    private final ObservableList<Land> lands = FXCollections.observableArrayList();
    private final ObjectProperty<Land> land = new SimpleObjectProperty<>(this, "land");
    private final BooleanProperty withEnded = new SimpleBooleanProperty(this, "withEnded");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private Map<UUID, Ministry> byId = Map.of();
    private Map<UUID, Land> landById = Map.of();

    public MinistriesViewModel(Messages messages, TaskExecutor executor, MinistryService ministries,
                               ReferenceDataService referenceData) {
        this.messages = messages;
        this.executor = executor;
        this.ministries = ministries;
        this.referenceData = referenceData;
        this.formats = Formats.of(messages.locale());
        land.addListener((observable, was, now) -> filter());
        withEnded.addListener((observable, was, now) -> filter());
    }

    public void refresh() {
        BackgroundTask.wrap(() -> new Read(ministries.list(), referenceData.lands()))
                .onSuccess(this::show)
                .executeWith(executor);
    }

    private void show(Read read) {
        byId = read.ministries().stream().collect(Collectors.toMap(Ministry::id, Function.identity()));
        landById = read.lands().stream().collect(Collectors.toMap(Land::id, Function.identity()));
        lands.setAll(read.lands());
        all.setAll(read.ministries().stream()
                .sorted(Comparator.comparing((Ministry ministry) -> landName(ministry.landId()))
                        .thenComparing(Ministry::abbreviation, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(Ministry::validFrom))
                .toList());
        filter();
    }

    private void filter() {
        LocalDate today = LocalDate.now(Formats.ZONE);
        Land chosen = land.get();
        shown.setPredicate(ministry -> (chosen == null || chosen.id().equals(ministry.landId()))
                && (withEnded.get() || ministry.validTo() == null || !ministry.validTo().isBefore(today)));
        summary.set(messages.get("ministries.summary", shown.size()));
    }

    public ObservableList<Ministry> ministries() {
        return shown;
    }

    /** Every stored ministry, ended ones and other Länder included (for the reshuffle's choices and rules). */
    public List<Ministry> all() {
        return List.copyOf(all);
    }

    /** Only a ministry with a last day hands over what it has open. */
    public boolean canHandOver(Ministry ministry) {
        return ministry != null && ministry.validTo() != null;
    }

    /**
     * Deletes a ministry entered by mistake, from the version listed; one still referred to is
     * refused with a message saying it can only be ended ({@code refused} gets it).
     */
    public void delete(Ministry ministry, Consumer<String> refused, Consumer<Throwable> failed) {
        BackgroundTask.wrap(() -> ministries.delete(ministry.id(), ministry.audit().version()))
                .onSuccess(done -> refresh())
                .onFailure(error -> {
                    if (error instanceof ValidationException rule && REFERENCED.equals(rule.key())) {
                        refused.accept(messages.get("ministries.delete.referenced", ministry.abbreviation()));
                    } else if (error instanceof DeskException known) {
                        refused.accept(messages.of(known));
                    } else {
                        failed.accept(error);
                    }
                })
                .executeWith(executor);
    }

    public String deleteQuestion(Ministry ministry) {
        return messages.get("ministries.delete.text", ministry.abbreviation(), ministry.name().in(messages.locale()));
    }

    /** The Länder to filter by; none chosen shows all. */
    public ObservableList<Land> lands() {
        return lands;
    }

    public ObjectProperty<Land> landProperty() {
        return land;
    }

    /** Also the ministries whose last day has passed. */
    public BooleanProperty withEndedProperty() {
        return withEnded;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public String landName(UUID landId) {
        Land found = landById.get(landId);
        return found == null ? "" : found.name().in(messages.locale());
    }

    public String landLabel(Land value) {
        return value.name().in(messages.locale());
    }

    public String name(Ministry ministry) {
        return ministry.name().in(messages.locale());
    }

    public String kind(Ministry ministry) {
        return messages.label(ministry.kind());
    }

    public String date(LocalDate day) {
        return day == null ? "" : formats.date(day);
    }

    /** The successors' abbreviations, comma-separated. */
    public String successors(Ministry ministry) {
        return ministry.successorIds().stream()
                .map(byId::get)
                .filter(Objects::nonNull)
                .map(Ministry::abbreviation)
                .sorted()
                .collect(Collectors.joining(", "));
    }
}
