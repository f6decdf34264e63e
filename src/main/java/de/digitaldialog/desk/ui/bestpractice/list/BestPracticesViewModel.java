package de.digitaldialog.desk.ui.bestpractice.list;

import de.digitaldialog.desk.domain.Adoption;
import de.digitaldialog.desk.domain.BestPracticeFilter;
import de.digitaldialog.desk.domain.BestPracticeSummary;
import de.digitaldialog.desk.domain.Transferability;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.service.BestPracticeExport;
import de.digitaldialog.desk.service.BestPracticeService;
import de.digitaldialog.desk.service.InitiativeExport;
import de.digitaldialog.desk.service.ReferenceDataService;
import de.digitaldialog.desk.ui.common.Choice;
import de.digitaldialog.desk.ui.common.BackgroundTask;
import de.digitaldialog.desk.ui.common.Formats;
import de.digitaldialog.desk.ui.common.LandNames;
import de.digitaldialog.desk.ui.common.TaskExecutor;
import de.digitaldialog.desk.ui.common.WorkspaceModel;
import de.digitaldialog.desk.ui.dialog.FileRequest;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;

/**
 * The best-practice register: the practices the Länder share, filtered by theme area, Land,
 * ministry, transferability, adoption and text, with the count ("3 von 5"); exports the filtered
 * rows.
 */
public final class BestPracticesViewModel {

    /** What one refresh reads. */
    record Loaded(List<BestPracticeSummary> rows, LandNames lands) {
    }

    private final Messages messages;
    private final TaskExecutor executor;
    private final WorkspaceModel model;
    private final BestPracticeService bestPractices;
    private final BestPracticeExport export;
    private final ReferenceDataService referenceData;
    private final ObservableList<BestPracticeSummary> all = FXCollections.observableArrayList();
    private final FilteredList<BestPracticeSummary> filtered = new FilteredList<>(all);
    private final SortedList<BestPracticeSummary> sorted = new SortedList<>(filtered);

    private final ObservableList<Choice<String>> themeAreas = FXCollections.observableArrayList();
    private final ObservableList<Choice<String>> lands = FXCollections.observableArrayList();
    private final ObservableList<Choice<UUID>> ministries = FXCollections.observableArrayList();
    private final ObservableList<Choice<Transferability>> transferabilities = FXCollections.observableArrayList();
    private final ObservableList<Choice<Adoption>> adoptions = FXCollections.observableArrayList();

    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ObjectProperty<Choice<String>> themeArea = new SimpleObjectProperty<>(this, "themeArea");
    private final ObjectProperty<Choice<String>> land = new SimpleObjectProperty<>(this, "land");
    private final ObjectProperty<Choice<UUID>> ministry = new SimpleObjectProperty<>(this, "ministry");
    private final ObjectProperty<Choice<Transferability>> transferability =
            new SimpleObjectProperty<>(this, "transferability");
    private final ObjectProperty<Choice<Adoption>> adoption = new SimpleObjectProperty<>(this, "adoption");
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper(this, "count", "");

    private LandNames landNames = LandNames.NONE;

    public BestPracticesViewModel(Messages messages, TaskExecutor executor, WorkspaceModel model,
                                  BestPracticeService bestPractices, BestPracticeExport export,
                                  ReferenceDataService referenceData) {
        this.messages = messages;
        this.executor = executor;
        this.model = model;
        this.bestPractices = bestPractices;
        this.export = export;
        this.referenceData = referenceData;
        transferabilities.add(all("bestPractices.filter.allTransferabilities"));
        for (Transferability value : Transferability.values()) {
            transferabilities.add(new Choice<>(value, messages.label(value)));
        }
        adoptions.add(all("bestPractices.filter.allAdoptions"));
        for (Adoption value : Adoption.values()) {
            adoptions.add(new Choice<>(value, messages.label(value)));
        }
        clearFilter();
        for (Observable facet : new Observable[] {text, themeArea, land, ministry, transferability, adoption}) {
            facet.addListener(changed -> applyFilter());
        }
        applyFilter();
    }

    /** Reads the practices in the background, then shows them. */
    public void refresh() {
        Locale locale = messages.locale();
        BackgroundTask.wrap(() -> new Loaded(bestPractices.list(), LandNames.read(referenceData, locale)))
                .onSuccess(this::show)
                .executeWith(executor);
    }

    void show(Loaded loaded) {
        landNames = loaded.lands();
        offerChoices(loaded.rows());
        all.setAll(loaded.rows());
        applyFilter();
    }

    /** The theme areas, Länder and ministries of the rows, so every choice finds something. */
    private void offerChoices(List<BestPracticeSummary> rows) {
        List<Choice<String>> areaChoices = new ArrayList<>(List.of(all("bestPractices.filter.allAreas")));
        model.themeAreas().forEach(area -> areaChoices.add(new Choice<>(area.code(),
                area.name().in(messages.locale()))));
        Map<String, Choice<String>> byLand = new LinkedHashMap<>();
        Map<UUID, Choice<UUID>> byMinistry = new LinkedHashMap<>();
        rows.stream()
                .sorted(Comparator.comparing(BestPracticeSummary::landCode))
                .forEach(row -> {
                    byLand.putIfAbsent(row.landCode(), new Choice<>(row.landCode(), landName(row.landCode())));
                    if (row.ministryId() != null) {
                        byMinistry.putIfAbsent(row.ministryId(), new Choice<>(row.ministryId(),
                                row.ministryAbbreviation() + " – " + landName(row.landCode())));
                    }
                });
        List<Choice<String>> landChoices = new ArrayList<>(List.of(all("bestPractices.filter.allLands")));
        landChoices.addAll(byLand.values());
        List<Choice<UUID>> ministryChoices = new ArrayList<>(List.of(all("bestPractices.filter.allMinistries")));
        ministryChoices.addAll(byMinistry.values());
        Choice.offer(themeAreas, areaChoices, themeArea);
        Choice.offer(lands, landChoices, land);
        Choice.offer(ministries, ministryChoices, ministry);
    }

    private <T> Choice<T> all(String key) {
        return new Choice<>(null, messages.get(key));
    }

    /** Every facet back to "all". */
    public void clearFilter() {
        text.set("");
        themeArea.set(all("bestPractices.filter.allAreas"));
        land.set(all("bestPractices.filter.allLands"));
        ministry.set(all("bestPractices.filter.allMinistries"));
        transferability.set(transferabilities.get(0));
        adoption.set(adoptions.get(0));
    }

    /** The filter the facets stand for. */
    public BestPracticeFilter filter() {
        return new BestPracticeFilter(valueOf(themeArea), valueOf(land), valueOf(ministry), valueOf(transferability),
                valueOf(adoption), text.get());
    }

    private static <T> T valueOf(ObjectProperty<Choice<T>> facet) {
        return facet.get() == null ? null : facet.get().value();
    }

    private void applyFilter() {
        filtered.setPredicate(filter());
        count.set(messages.get("bestPractices.count", filtered.size(), all.size()));
    }

    /** The rows an export writes: the filtered rows in the table's order. */
    public List<BestPracticeSummary> exportRows() {
        return List.copyOf(sorted);
    }

    /** The file chooser of an export: CSV or Excel, proposing {@code best-practices-2026-12-03.csv}. */
    public FileRequest exportFile() {
        return FileRequest.of(messages.get("bestPractices.export.title"))
                .named("best-practices-" + LocalDate.now(Formats.ZONE) + "." + InitiativeExport.Format.CSV.extension())
                .ofType(messages.get("initiatives.export.csv"), InitiativeExport.Format.CSV.extension())
                .ofType(messages.get("initiatives.export.xlsx"), InitiativeExport.Format.XLSX.extension());
    }

    /**
     * Writes the rows to the file in the background (the status bar shows it runs), in the format
     * its name asks for; a failure goes to the error dialog.
     *
     * @param done hears what was written, on the FX thread
     */
    public void export(List<BestPracticeSummary> rows, Path file, boolean includeClassified, Consumer<String> done) {
        List<BestPracticeSummary> copy = List.copyOf(rows);
        InitiativeExport.Format format = InitiativeExport.Format.ofFileName(file.getFileName().toString())
                .orElse(InitiativeExport.Format.CSV);
        Locale locale = messages.locale();
        BackgroundTask.wrapWithProgress(progress -> export.export(copy, file, format, includeClassified, locale,
                        progress::update, progress::isCancelled))
                .withMessage(messages.get("initiatives.export.running"))
                .onSuccess(written -> done.accept(messages.get("initiatives.export.done", written,
                        file.getFileName().toString())))
                .executeWith(executor);
    }

    public String landName(String code) {
        return landNames.name(code);
    }

    /** The names of the row's theme areas, in their order. */
    public String themeAreaNames(BestPracticeSummary row) {
        return String.join(", ", row.themeAreaCodes().stream().map(code -> model.themeAreaByCode(code)
                .map(area -> area.name().in(messages.locale())).orElse(code)).toList());
    }

    public SortedList<BestPracticeSummary> rows() {
        return sorted;
    }

    public ObservableList<Choice<String>> themeAreas() {
        return themeAreas;
    }

    public ObservableList<Choice<String>> lands() {
        return lands;
    }

    public ObservableList<Choice<UUID>> ministries() {
        return ministries;
    }

    public ObservableList<Choice<Transferability>> transferabilities() {
        return transferabilities;
    }

    public ObservableList<Choice<Adoption>> adoptions() {
        return adoptions;
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObjectProperty<Choice<String>> themeAreaProperty() {
        return themeArea;
    }

    public ObjectProperty<Choice<String>> landProperty() {
        return land;
    }

    public ObjectProperty<Choice<UUID>> ministryProperty() {
        return ministry;
    }

    public ObjectProperty<Choice<Transferability>> transferabilityProperty() {
        return transferability;
    }

    public ObjectProperty<Choice<Adoption>> adoptionProperty() {
        return adoption;
    }

    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }
}
