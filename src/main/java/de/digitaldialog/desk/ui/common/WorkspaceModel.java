package de.digitaldialog.desk.ui.common;

import de.digitaldialog.desk.domain.Installation;
import de.digitaldialog.desk.domain.ThemeArea;
import de.digitaldialog.desk.domain.UserProfile;
import de.digitaldialog.desk.service.InfoService;
import de.digitaldialog.desk.service.InitiativeService;
import de.digitaldialog.desk.service.ReferenceDataService;
import de.digitaldialog.desk.service.SettingsService;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What several parts of the window show at once: the theme areas with their initiative counts,
 * whether the database holds any work, the user and this installation. Loaded in one background
 * step once the workspace is open; {@link #changed()} reloads it after a write and tells the pages
 * through {@link #revisionProperty()}. It holds no services: views get those through their
 * constructors.
 */
public final class WorkspaceModel {

    /** Everything this model shows, read in one go off the FX thread. */
    public record Snapshot(List<ThemeArea> themeAreas, Map<UUID, Integer> counts, boolean holdsNoWork,
                           Optional<UserProfile> profile, Installation installation) {

        public Snapshot {
            themeAreas = List.copyOf(themeAreas);
            counts = Map.copyOf(counts);
        }

        /** Reads the snapshot; runs on a background thread. */
        public static Snapshot read(ReferenceDataService referenceData, InitiativeService initiatives,
                                    InfoService info, SettingsService settings) {
            return new Snapshot(referenceData.themeAreas(), initiatives.countsByThemeArea(), info.holdsNoWork(),
                    settings.userProfile(), settings.localInstallation());
        }
    }

    private final TaskExecutor executor;
    private final Path folder;
    private Supplier<Snapshot> reload;
    private final ObservableList<ThemeArea> themeAreas = FXCollections.observableArrayList();
    // one wrapper for all: listeners on a throw-away wrapper would be collected with it
    private final ObservableList<ThemeArea> publicThemeAreas = FXCollections.unmodifiableObservableList(themeAreas);
    private final ReadOnlyObjectWrapper<Map<UUID, Integer>> counts =
            new ReadOnlyObjectWrapper<>(this, "counts", Map.of());
    private final ReadOnlyBooleanWrapper holdsNoWork = new ReadOnlyBooleanWrapper(this, "holdsNoWork");
    private final ReadOnlyObjectWrapper<UserProfile> profile = new ReadOnlyObjectWrapper<>(this, "profile");
    private final ReadOnlyObjectWrapper<Installation> installation =
            new ReadOnlyObjectWrapper<>(this, "installation");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    public WorkspaceModel(TaskExecutor executor, Path folder) {
        this.executor = executor;
        this.folder = folder;
    }

    /** The workspace has opened and its first snapshot is read: the window fills in. */
    public void ready(Snapshot snapshot, Supplier<Snapshot> reader) {
        reload = reader;
        apply(snapshot);
    }

    /** The workspace could not be opened: the window says why instead of "opening …". */
    public void failed(String message) {
        problem.set(message == null ? "" : message);
    }

    /** Why the workspace could not be opened; empty while all is well. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Data changed (e.g. example data loaded, a profile saved): reload and tell the pages. */
    public void changed() {
        Supplier<Snapshot> reader = reload;
        if (reader == null) {
            return;  // still opening: the first snapshot is on its way
        }
        BackgroundTask.wrap(reader::get)
                .onSuccess(this::apply)
                .executeWith(executor);
    }

    private void apply(Snapshot snapshot) {
        if (!themeAreas.equals(snapshot.themeAreas())) {
            themeAreas.setAll(snapshot.themeAreas());
        }
        counts.set(snapshot.counts());
        holdsNoWork.set(snapshot.holdsNoWork());
        profile.set(snapshot.profile().orElse(null));
        installation.set(snapshot.installation());
        loaded.set(true);
        revision.set(revision.get() + 1);
    }

    public Path folder() {
        return folder;
    }

    public ObservableList<ThemeArea> themeAreas() {
        return publicThemeAreas;
    }

    public Optional<ThemeArea> themeArea(UUID id) {
        return themeAreas.stream().filter(area -> area.id().equals(id)).findFirst();
    }

    public Optional<ThemeArea> themeAreaByCode(String code) {
        return themeAreas.stream().filter(area -> area.code().equals(code)).findFirst();
    }

    public ReadOnlyObjectProperty<Map<UUID, Integer>> countsProperty() {
        return counts.getReadOnlyProperty();
    }

    public int count(UUID themeArea) {
        return counts.get().getOrDefault(themeArea, 0);
    }

    public ReadOnlyBooleanProperty holdsNoWorkProperty() {
        return holdsNoWork.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<UserProfile> profileProperty() {
        return profile.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Installation> installationProperty() {
        return installation.getReadOnlyProperty();
    }

    /** True once the first snapshot has been applied: the overview shows its counts. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** Increases with every applied snapshot; pages reload when it changes. */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }
}
