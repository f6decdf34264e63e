package de.digitaldialog.desk.ui.initiative.list;

import de.digitaldialog.desk.domain.Arena;
import de.digitaldialog.desk.domain.InitiativeStatus;
import de.digitaldialog.desk.domain.InitiativeSummary;
import de.digitaldialog.desk.domain.Land;
import de.digitaldialog.desk.domain.Ministry;
import de.digitaldialog.desk.domain.TrafficLight;
import de.digitaldialog.desk.domain.UserProfile;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.service.InitiativeService;
import de.digitaldialog.desk.service.ReferenceDataService;
import de.digitaldialog.desk.ui.common.BackgroundTask;
import de.digitaldialog.desk.ui.common.Formats;
import de.digitaldialog.desk.ui.common.TaskExecutor;
import de.digitaldialog.desk.ui.common.WorkspaceModel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;

/**
 * The initiative list with its filter bar: all loaded rows, an in-memory index of each row's
 * lower-case search text (number, title, description, next step), the facets and the count
 * ("23 von 412"). Filtering never touches the database: each keystroke sets a new predicate on a
 * {@link FilteredList} over the loaded rows. The theme-area page uses the same model with its
 * area fixed ({@link #fixThemeArea}).
 */
public final class InitiativesViewModel {

    /**
     * A loaded row and its lower-case search text, side by side so a keystroke needs no look-up;
     * {@code matched} is the stamp of the last text search it passed (FX thread only).
     */
    static final class Indexed {

        private final InitiativeSummary row;
        private final String text;
        private int matched;

        Indexed(InitiativeSummary row, String text) {
            this.row = row;
            this.text = text;
        }

        InitiativeSummary row() {
            return row;
        }

        String text() {
            return text;
        }
    }

    /** The loaded rows, indexed off the FX thread, with what the facets offer. */
    record Loaded(List<Indexed> rows, List<Land> lands, List<Ministry> ministries) {

        static Loaded of(List<InitiativeSummary> rows, List<Land> lands, List<Ministry> ministries, Locale locale) {
            List<Indexed> indexed = new ArrayList<>(rows.size());
            for (InitiativeSummary row : rows) {
                indexed.add(new Indexed(row, searchText(row, locale)));
            }
            return new Loaded(indexed, lands, ministries);
        }
    }

    private final Messages messages;
    private final TaskExecutor executor;
    private final InitiativeService initiatives;
    private final ReferenceDataService referenceData;
    private final WorkspaceModel model;
    private final ObservableList<Indexed> all = FXCollections.observableArrayList();
    private final FilteredList<Indexed> filtered = new FilteredList<>(all);
    private final SortedList<InitiativeSummary> sorted =
            new SortedList<>(new MappedList<InitiativeSummary, Indexed>(filtered, Indexed::row));
    private final ObservableList<InitiativeSummary> allRows =
            FXCollections.unmodifiableObservableList(new MappedList<InitiativeSummary, Indexed>(all, Indexed::row));
    private final ObservableList<Land> lands = FXCollections.observableArrayList();
    private final ObservableList<Ministry> ministries = FXCollections.observableArrayList();

    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ObjectProperty<String> themeArea = new SimpleObjectProperty<>(this, "themeArea");
    private final ObjectProperty<String> land = new SimpleObjectProperty<>(this, "land");
    private final ObjectProperty<String> ministry = new SimpleObjectProperty<>(this, "ministry");
    private final ObjectProperty<Arena> arena = new SimpleObjectProperty<>(this, "arena");
    private final ObjectProperty<InitiativeStatus> status = new SimpleObjectProperty<>(this, "status");
    private final ObjectProperty<TrafficLight> trafficLight = new SimpleObjectProperty<>(this, "trafficLight");
    private final BooleanProperty overdueOnly = new SimpleBooleanProperty(this, "overdueOnly");
    private final BooleanProperty mine = new SimpleBooleanProperty(this, "mine");
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper(this, "count", "");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");

    private Supplier<LocalDate> today = () -> LocalDate.now(Formats.ZONE);
    private UUID fixedThemeAreaId;
    /** The count while nothing is filtered: "412 Initiativen", on an area's page "5 Initiativen" or "keine". */
    private String summaryKey = "initiatives.summary";
    /** The text of the last search over all rows, and its stamp on the rows it matched. */
    private String lastNeedle = "";
    private int stamp;
    private long generation;

    public InitiativesViewModel(Messages messages, TaskExecutor executor, InitiativeService initiatives,
                                ReferenceDataService referenceData, WorkspaceModel model) {
        this.messages = messages;
        this.executor = executor;
        this.initiatives = initiatives;
        this.referenceData = referenceData;
        this.model = model;
        Observable[] facets = {text, themeArea, land, ministry, arena, status, trafficLight, overdueOnly, mine,
                model.profileProperty()};
        for (Observable facet : facets) {
            facet.addListener(changed -> applyFilter());
        }
        applyFilter();
    }

    /** The lower-case text the free-text filter searches: number, title, description, next step. */
    static String searchText(InitiativeSummary row, Locale locale) {
        StringBuilder text = new StringBuilder(256).append(row.number()).append('\n').append(row.title());
        if (row.description() != null) {
            text.append('\n').append(row.description());
        }
        if (row.nextStep() != null) {
            text.append('\n').append(row.nextStep());
        }
        return text.toString().toLowerCase(locale);
    }

    /** Shows only the initiatives of this theme area; its facet is no longer the user's to change. */
    public void fixThemeArea(UUID id, String code) {
        if (!Objects.equals(fixedThemeAreaId, id)) {
            generation++;
            show(Loaded.of(List.of(), List.copyOf(lands), List.copyOf(ministries), messages.locale()));
        }
        fixedThemeAreaId = id;
        summaryKey = "themeArea.summary";
        themeArea.set(code);
    }

    public boolean isThemeAreaFixed() {
        return fixedThemeAreaId != null;
    }

    /** Reads the rows (and the Länder and ministries the facets offer) in the background, then filters them. */
    public void refresh() {
        UUID area = fixedThemeAreaId;
        long asked = ++generation;
        Locale locale = messages.locale();
        loading.set(true);
        BackgroundTask.wrap(() -> Loaded.of(
                        area == null ? initiatives.list() : initiatives.listByThemeArea(area),
                        referenceData.lands(), referenceData.ministries(), locale))
                .withMessage(messages.get("initiatives.loading"))
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

    /** Shows rows read elsewhere (tests, benchmarks), indexing them here. */
    void show(List<InitiativeSummary> rows, List<Land> offeredLands, List<Ministry> offeredMinistries) {
        show(Loaded.of(rows, offeredLands, offeredMinistries, messages.locale()));
    }

    void show(Loaded loaded) {
        lastNeedle = "";
        if (!lands.equals(loaded.lands())) {
            lands.setAll(loaded.lands());
        }
        if (!ministries.equals(loaded.ministries())) {
            ministries.setAll(loaded.ministries());
        }
        all.setAll(loaded.rows());
        applyFilter();
    }

    void today(Supplier<LocalDate> clock) {
        this.today = clock;
        applyFilter();
    }

    LocalDate today() {
        return today.get();
    }

    /** Sets every facet back to "all" (the fixed theme area stays). */
    public void clearFilter() {
        text.set("");
        if (fixedThemeAreaId == null) {
            themeArea.set(null);
        }
        land.set(null);
        ministry.set(null);
        arena.set(null);
        status.set(null);
        trafficLight.set(null);
        overdueOnly.set(false);
        mine.set(false);
    }

    /** The predicate of the current facets; {@code null} when nothing is filtered. */
    Predicate<Indexed> predicate() {
        Predicate<Indexed> test = null;
        String needle = text.get() == null ? "" : text.get().strip().toLowerCase(messages.locale());
        if (needle.isEmpty()) {
            lastNeedle = "";
        } else {
            // typing on: a row the shorter text did not match cannot match the longer one
            boolean narrowing = !lastNeedle.isEmpty() && needle.contains(lastNeedle);
            int previous = stamp;
            int current = ++stamp;
            lastNeedle = needle;
            test = indexed -> {
                if (narrowing && indexed.matched != previous) {
                    return false;
                }
                if (indexed.text.contains(needle)) {
                    indexed.matched = current;
                    return true;
                }
                return false;
            };
        }
        String area = themeArea.get();
        if (area != null) {
            test = and(test, row -> row.themeAreaCodes().contains(area));
        }
        String landCode = land.get();
        if (landCode != null) {
            test = and(test, row -> row.landCodes().contains(landCode));
        }
        String abbreviation = ministry.get();
        if (abbreviation != null) {
            test = and(test, row -> involves(row, abbreviation));
        }
        Arena chosenArena = arena.get();
        if (chosenArena != null) {
            test = and(test, row -> row.arena() == chosenArena);
        }
        InitiativeStatus chosenStatus = status.get();
        if (chosenStatus != null) {
            test = and(test, row -> row.status() == chosenStatus);
        }
        TrafficLight light = trafficLight.get();
        if (light != null) {
            test = and(test, row -> row.trafficLight() == light);
        }
        if (overdueOnly.get()) {
            LocalDate day = today.get();
            test = and(test, row -> row.isOverdue(day));
        }
        if (mine.get()) {
            String own = ownMinistry();
            test = and(test, own == null ? row -> false : row -> involves(row, own));
        }
        return test;
    }

    private String ownMinistry() {
        UserProfile profile = model.profileProperty().get();
        return profile == null || profile.ministry() == null || profile.ministry().isBlank()
                ? null : profile.ministry().strip();
    }

    private static boolean involves(InitiativeSummary row, String abbreviation) {
        return row.leadMinistries().contains(abbreviation) || row.participatingMinistries().contains(abbreviation);
    }

    private static Predicate<Indexed> and(Predicate<Indexed> first, Predicate<InitiativeSummary> facet) {
        Predicate<Indexed> second = indexed -> facet.test(indexed.row());
        return first == null ? second : first.and(second);
    }

    private void applyFilter() {
        filtered.setPredicate(predicate());
        int shown = filtered.size();
        int total = all.size();
        count.set(shown == total
                ? messages.get(summaryKey, total)
                : messages.get("initiatives.filter.count", shown, total));
    }

    /** The rows an export writes: the filtered rows in the table's order. */
    public List<InitiativeSummary> exportRows() {
        return List.copyOf(sorted);
    }

    /**
     * The rows an export of a selection writes: the selected rows that pass the filter, in the
     * table's order; all filtered rows when nothing is selected.
     */
    public List<InitiativeSummary> exportRows(Collection<InitiativeSummary> selected) {
        if (selected == null || selected.isEmpty()) {
            return exportRows();
        }
        Set<UUID> chosen = new HashSet<>();
        selected.forEach(row -> chosen.add(row.id()));
        return sorted.stream().filter(row -> chosen.contains(row.id())).toList();
    }

    /** The rows that pass the filter, in the table's order (bind its comparator to the table's). */
    public SortedList<InitiativeSummary> initiatives() {
        return sorted;
    }

    /** All loaded rows, unfiltered. */
    public ObservableList<InitiativeSummary> all() {
        return allRows;
    }

    public ObservableList<Land> lands() {
        return lands;
    }

    public ObservableList<Ministry> ministries() {
        return ministries;
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObjectProperty<String> themeAreaProperty() {
        return themeArea;
    }

    public ObjectProperty<String> landProperty() {
        return land;
    }

    public ObjectProperty<String> ministryProperty() {
        return ministry;
    }

    public ObjectProperty<Arena> arenaProperty() {
        return arena;
    }

    public ObjectProperty<InitiativeStatus> statusProperty() {
        return status;
    }

    public ObjectProperty<TrafficLight> trafficLightProperty() {
        return trafficLight;
    }

    public BooleanProperty overdueOnlyProperty() {
        return overdueOnly;
    }

    public BooleanProperty mineProperty() {
        return mine;
    }

    /** "23 von 412" while filtered, else "412 Initiativen". */
    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    /** Kept for the page header: the same text as {@link #countProperty()}. */
    public ReadOnlyStringProperty summaryProperty() {
        return count.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }
}
