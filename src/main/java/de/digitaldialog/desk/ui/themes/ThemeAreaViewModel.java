package de.digitaldialog.desk.ui.themes;

import de.digitaldialog.desk.domain.InitiativeSummary;
import de.digitaldialog.desk.domain.ThemeArea;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.service.Workspace;
import de.digitaldialog.desk.ui.common.BackgroundTask;
import de.digitaldialog.desk.ui.common.ReadOnlyRows;
import de.digitaldialog.desk.ui.common.TaskExecutor;
import de.digitaldialog.desk.ui.common.WorkspaceModel;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;

/** One theme area: its name, description, and its initiatives (read-only for now). */
public final class ThemeAreaViewModel {

    private final Messages messages;
    private final WorkspaceModel model;
    private final TaskExecutor executor;
    private final ReadOnlyObjectWrapper<ThemeArea> area = new ReadOnlyObjectWrapper<>(this, "area");
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper(this, "name", "");
    private final ReadOnlyStringWrapper description = new ReadOnlyStringWrapper(this, "description", "");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyRows<InitiativeSummary> initiatives;

    public ThemeAreaViewModel(Messages messages, WorkspaceModel model, TaskExecutor executor) {
        this.messages = messages;
        this.model = model;
        this.executor = executor;
        this.initiatives = new ReadOnlyRows<>(messages, model, "themeArea.summary");
    }

    /** Shows the area with this id and loads its initiatives. */
    public void show(UUID id) {
        ThemeArea chosen = model.themeArea(id).orElse(null);
        if (!Objects.equals(area.get(), chosen)) {
            initiatives.rows().clear();
        }
        area.set(chosen);
        name.set(chosen == null ? "" : chosen.name().in(messages.locale()));
        description.set(chosen == null ? "" : chosen.description().in(messages.locale()));
        refresh();
    }

    public void refresh() {
        ThemeArea shown = area.get();
        Workspace workspace = model.workspace();
        if (shown == null || workspace == null) {
            return;
        }
        loading.set(true);
        BackgroundTask.wrap(() -> workspace.initiatives().listByThemeArea(shown.id()))
                .onSuccess(rows -> apply(shown, rows))
                .onFinished(() -> loading.set(false))
                .executeWith(executor);
    }

    private void apply(ThemeArea loadedFor, List<InitiativeSummary> rows) {
        if (!Objects.equals(area.get(), loadedFor)) {
            return; // the user has moved on to another area meanwhile
        }
        initiatives.show(rows);
    }

    public ReadOnlyObjectProperty<ThemeArea> areaProperty() {
        return area.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty descriptionProperty() {
        return description.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return initiatives.summaryProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ObservableList<InitiativeSummary> initiatives() {
        return initiatives.rows();
    }
}
