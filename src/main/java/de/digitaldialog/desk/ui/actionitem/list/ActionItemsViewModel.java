package de.digitaldialog.desk.ui.actionitem.list;

import de.digitaldialog.desk.ui.actionitem.form.ActionItemEditViewModel;
import de.digitaldialog.desk.domain.ActionItemStatus;
import de.digitaldialog.desk.domain.Deadline;
import de.digitaldialog.desk.domain.FollowUp;
import de.digitaldialog.desk.domain.FollowUpFilter;
import de.digitaldialog.desk.domain.ThemeArea;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.service.ActionItemService;
import de.digitaldialog.desk.service.ReferenceDataService;
import de.digitaldialog.desk.ui.common.Choice;
import de.digitaldialog.desk.ui.common.BackgroundTask;
import de.digitaldialog.desk.ui.dialog.ErrorReporter;
import de.digitaldialog.desk.ui.common.Formats;
import de.digitaldialog.desk.ui.common.LandNames;
import de.digitaldialog.desk.ui.common.TaskExecutor;
import de.digitaldialog.desk.ui.common.WorkspaceModel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;

/**
 * The Beschlusskontrolle: every action item, filtered in memory by ministry, Land, theme area,
 * status (not yet done, by default) and text, with the count ("3 von 5"); and the deadlines of
 * the next 14 days. Both are read in one background step; the filter uses the service's
 * {@link FollowUpFilter}, so the list and the service agree on what passes.
 */
public final class ActionItemsViewModel {

    /** What one refresh reads. */
    record Loaded(List<FollowUp> rows, List<Deadline> deadlines, LocalDate today, LandNames lands) {
    }

    private final Messages messages;
    private final TaskExecutor executor;
    private final ActionItemService actionItems;
    private final ReferenceDataService referenceData;
    private final WorkspaceModel model;
    private final ErrorReporter errors;
    private final ObservableList<FollowUp> all = FXCollections.observableArrayList();
    private final FilteredList<FollowUp> filtered = new FilteredList<>(all);
    private final SortedList<FollowUp> sorted = new SortedList<>(filtered);
    private final ObservableList<Deadline> deadlines = FXCollections.observableArrayList();

    private final ObservableList<Choice<UUID>> ministries = FXCollections.observableArrayList();
    private final ObservableList<Choice<String>> lands = FXCollections.observableArrayList();
    private final ObservableList<Choice<String>> themeAreas = FXCollections.observableArrayList();
    private final ObservableList<Choice<Set<ActionItemStatus>>> statuses = FXCollections.observableArrayList();

    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ObjectProperty<Choice<UUID>> ministry = new SimpleObjectProperty<>(this, "ministry");
    private final ObjectProperty<Choice<String>> land = new SimpleObjectProperty<>(this, "land");
    private final ObjectProperty<Choice<String>> themeArea = new SimpleObjectProperty<>(this, "themeArea");
    private final ObjectProperty<Choice<Set<ActionItemStatus>>> status = new SimpleObjectProperty<>(this, "status");
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper(this, "count", "");
    private final ReadOnlyStringWrapper deadlineCount = new ReadOnlyStringWrapper(this, "deadlineCount", "");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");

    private LocalDate today = LocalDate.now(Formats.ZONE);
    private LandNames landNames = LandNames.NONE;
    private long generation;

    public ActionItemsViewModel(Messages messages, TaskExecutor executor, ActionItemService actionItems,
                                ReferenceDataService referenceData, WorkspaceModel model, ErrorReporter errors) {
        this.messages = messages;
        this.executor = executor;
        this.actionItems = actionItems;
        this.referenceData = referenceData;
        this.model = model;
        this.errors = errors;
        statuses.setAll(List.of(
                new Choice<>(FollowUpFilter.UNFINISHED, messages.get("actionItems.filter.unfinished")),
                new Choice<>(Set.of(ActionItemStatus.values()), messages.get("actionItems.filter.allStatuses")),
                statusChoice(ActionItemStatus.OFFEN), statusChoice(ActionItemStatus.IN_ARBEIT),
                statusChoice(ActionItemStatus.ERLEDIGT)));
        clearFilter();
        model.themeAreas().addListener((ListChangeListener<ThemeArea>) change -> offerThemeAreas());
        offerThemeAreas();
        for (Observable facet : new Observable[] {text, ministry, land, themeArea, status}) {
            facet.addListener(changed -> applyFilter());
        }
        sorted.setComparator(Comparator.comparing((FollowUp row) -> row.item().dueDate(),
                Comparator.nullsLast(Comparator.<LocalDate>naturalOrder())));
        applyFilter();
    }

    private Choice<Set<ActionItemStatus>> statusChoice(ActionItemStatus value) {
        return new Choice<>(Set.of(value), messages.label(value));
    }

    /** Reads the action items and deadlines in the background, then shows them. */
    public void refresh() {
        long asked = ++generation;
        Locale locale = messages.locale();
        loading.set(true);
        BackgroundTask.wrap(() -> new Loaded(actionItems.list(FollowUpFilter.ALL),
                        actionItems.upcomingDeadlines(), actionItems.today(), LandNames.read(referenceData, locale)))
                .withMessage(messages.get("actionItems.loading"))
                .onSuccess(loaded -> {
                    if (asked == generation) {
                        show(loaded);
                    }
                })
                .onFinished(() -> {
                    if (asked == generation) {
                        loading.set(false);
                    }
                })
                .executeWith(executor);
    }

    void show(Loaded loaded) {
        today = loaded.today();
        landNames = loaded.lands();
        offerOwners(loaded.rows());
        all.setAll(loaded.rows());
        deadlines.setAll(loaded.deadlines());
        deadlineCount.set(messages.get("deadlines.summary", loaded.deadlines().size(),
                loaded.deadlines().stream().filter(deadline -> deadline.isOverdue(today)).count()));
        applyFilter();
    }

    /** The ministries and Länder that own items, so every choice finds something. */
    private void offerOwners(List<FollowUp> rows) {
        Map<UUID, Choice<UUID>> byMinistry = new LinkedHashMap<>();
        Map<String, Choice<String>> byLand = new LinkedHashMap<>();
        rows.stream()
                .filter(row -> row.ministryId() != null)
                .sorted(Comparator.comparing(FollowUp::landCode, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(FollowUp::ministryAbbreviation, String.CASE_INSENSITIVE_ORDER))
                .forEach(row -> {
                    String landName = landNames.name(row.landCode());
                    byMinistry.putIfAbsent(row.ministryId(), new Choice<>(row.ministryId(),
                            row.ministryAbbreviation() + " – " + landName));
                    byLand.putIfAbsent(row.landCode(), new Choice<>(row.landCode(), landName));
                });
        List<Choice<UUID>> ministryChoices = new ArrayList<>();
        ministryChoices.add(new Choice<>(null, messages.get("actionItems.filter.allMinistries")));
        ministryChoices.addAll(byMinistry.values());
        List<Choice<String>> landChoices = new ArrayList<>();
        landChoices.add(new Choice<>(null, messages.get("actionItems.filter.allLands")));
        landChoices.addAll(byLand.values());
        Choice.offer(ministries, ministryChoices, ministry);
        Choice.offer(lands, landChoices, land);
    }

    private void offerThemeAreas() {
        List<Choice<String>> choices = new ArrayList<>();
        choices.add(new Choice<>(null, messages.get("actionItems.filter.allAreas")));
        model.themeAreas().forEach(area -> choices.add(new Choice<>(area.code(), area.name().in(messages.locale()))));
        Choice.offer(themeAreas, choices, themeArea);
    }

    /** Every facet back to "all", the status to "not yet done". */
    public void clearFilter() {
        text.set("");
        ministry.set(new Choice<>(null, messages.get("actionItems.filter.allMinistries")));
        land.set(new Choice<>(null, messages.get("actionItems.filter.allLands")));
        themeArea.set(new Choice<>(null, messages.get("actionItems.filter.allAreas")));
        status.set(statuses.get(0));
    }

    /** The filter the facets stand for. */
    public FollowUpFilter filter() {
        return new FollowUpFilter(valueOf(ministry), valueOf(land), valueOf(themeArea),
                status.get() == null ? FollowUpFilter.UNFINISHED : status.get().value(), text.get());
    }

    private static <T> T valueOf(ObjectProperty<Choice<T>> facet) {
        return facet.get() == null ? null : facet.get().value();
    }

    private void applyFilter() {
        filtered.setPredicate(filter());
        int shown = filtered.size();
        int total = all.size();
        count.set(shown == total
                ? messages.get("actionItems.summary", total)
                : messages.get("actionItems.count", shown, total));
    }

    /** The editor of a row of the list. */
    public ActionItemEditViewModel edit(FollowUp row) {
        return ActionItemEditViewModel.update(row, today, messages, executor, actionItems, errors, () -> {
            model.changed();
            refresh();
        });
    }

    /** The editor of the action item a deadline stands for; empty for an input deadline. */
    public Optional<ActionItemEditViewModel> edit(Deadline deadline) {
        if (deadline.kind() != Deadline.Kind.ACTION_ITEM) {
            return Optional.empty();
        }
        return all.stream().filter(row -> row.item().id().equals(deadline.id())).findFirst().map(this::edit);
    }

    public LocalDate today() {
        return today;
    }

    /** "Bayern" for DE-BY. */
    public String landName(String code) {
        return landNames.name(code);
    }

    /** The rows that pass the filter, in the table's order (bind its comparator to the table's). */
    public SortedList<FollowUp> rows() {
        return sorted;
    }

    public ObservableList<Deadline> deadlines() {
        return deadlines;
    }

    public ObservableList<Choice<UUID>> ministries() {
        return ministries;
    }

    public ObservableList<Choice<String>> lands() {
        return lands;
    }

    public ObservableList<Choice<String>> themeAreas() {
        return themeAreas;
    }

    public ObservableList<Choice<Set<ActionItemStatus>>> statuses() {
        return statuses;
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObjectProperty<Choice<UUID>> ministryProperty() {
        return ministry;
    }

    public ObjectProperty<Choice<String>> landProperty() {
        return land;
    }

    public ObjectProperty<Choice<String>> themeAreaProperty() {
        return themeArea;
    }

    public ObjectProperty<Choice<Set<ActionItemStatus>>> statusProperty() {
        return status;
    }

    /** "3 von 5" while filtered, else "5 Aufträge". */
    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    /** "4 Fristen, davon 1 überschritten". */
    public ReadOnlyStringProperty deadlineCountProperty() {
        return deadlineCount.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }
}
