package de.digitaldialog.desk.ui.shell;

import de.digitaldialog.desk.domain.Installation;
import de.digitaldialog.desk.domain.ThemeArea;
import de.digitaldialog.desk.domain.UserProfile;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.ui.common.Destination;
import de.digitaldialog.desk.ui.common.Navigator;
import de.digitaldialog.desk.ui.common.TaskExecutor;
import de.digitaldialog.desk.ui.common.WorkspaceModel;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableList;

/**
 * The window's state: which page is shown, the theme areas of the sidebar with their counts, and
 * what the status bar says. Implements {@link Navigator} for the pages.
 */
public final class ShellViewModel implements Navigator {

    private final Messages messages;
    private final WorkspaceModel model;
    private final TaskExecutor executor;
    private final ObjectProperty<Destination> selected = new SimpleObjectProperty<>(this, "selected",
            Destination.OVERVIEW);

    public ShellViewModel(Messages messages, WorkspaceModel model, TaskExecutor executor) {
        this.messages = messages;
        this.model = model;
        this.executor = executor;
    }

    @Override
    public void open(Destination destination) {
        if (destination.section() != Destination.Section.OVERVIEW && !isReady()) {
            return;
        }
        selected.set(destination);
    }

    /** The n-th theme area (1-based, sidebar order), for Ctrl+1 … Ctrl+8. */
    public void openThemeArea(int position) {
        ObservableList<ThemeArea> areas = model.themeAreas();
        if (position >= 1 && position <= areas.size()) {
            open(Destination.themeArea(areas.get(position - 1).id()));
        }
    }

    public ObjectProperty<Destination> selectedProperty() {
        return selected;
    }

    public Destination selected() {
        return selected.get();
    }

    public ObservableList<ThemeArea> themeAreas() {
        return model.themeAreas();
    }

    public int count(UUID themeArea) {
        return model.count(themeArea);
    }

    public String themeAreaName(ThemeArea area) {
        return area.name().in(messages.locale());
    }

    public WorkspaceModel model() {
        return model;
    }

    public boolean isReady() {
        return model.loadedProperty().get();
    }

    /** The sidebar's pages other than the overview wait for the database. */
    public BooleanBinding notReadyBinding() {
        return model.loadedProperty().not();
    }

    public String dataFolderText() {
        return model.folder().toAbsolutePath().toString();
    }

    public StringBinding userText() {
        return Bindings.createStringBinding(() -> {
            UserProfile profile = model.profileProperty().get();
            if (profile == null) {
                return isReady() ? messages.get("status.user.unknown", System.getProperty("user.name", "?")) : "";
            }
            return messages.get("status.user", profile.signature());
        }, model.profileProperty(), model.loadedProperty());
    }

    public StringBinding installationText() {
        return Bindings.createStringBinding(() -> {
            Installation installation = model.installationProperty().get();
            return installation == null ? "" : messages.get("status.installation", installation.code());
        }, model.installationProperty());
    }

    public StringBinding busyText() {
        return Bindings.createStringBinding(() -> {
            if (!isReady()) {
                return model.problemProperty().get().isEmpty() ? messages.get("status.opening") : "";
            }
            String text = executor.messageProperty().get();
            return text == null ? "" : text;
        }, executor.messageProperty(), model.loadedProperty(), model.problemProperty());
    }

    public BooleanBinding busyBinding() {
        return executor.busyProperty().or(model.loadedProperty().not().and(model.problemProperty().isEmpty()));
    }

    /** How far the running work got (0..1), negative while it does not say. */
    public ReadOnlyDoubleProperty progressProperty() {
        return executor.progressProperty();
    }

    public ReadOnlyBooleanProperty cancellableProperty() {
        return executor.cancellableProperty();
    }

    /** "Abbrechen" in the status bar: the running long work stops and leaves nothing half done. */
    public void cancelRunningWork() {
        executor.cancel();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return model.loadedProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return executor.messageProperty();
    }

    public Optional<ThemeArea> themeArea(UUID id) {
        return model.themeArea(id);
    }
}
