package de.digitaldialog.desk.ui.initiatives;

import de.digitaldialog.desk.domain.InitiativeSummary;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.service.Workspace;
import de.digitaldialog.desk.ui.common.BackgroundTask;
import de.digitaldialog.desk.ui.common.TaskExecutor;
import de.digitaldialog.desk.ui.common.WorkspaceModel;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** All initiatives, read-only (a later issue turns this into the full tracker). */
public final class InitiativesViewModel {

    private final Messages messages;
    private final WorkspaceModel model;
    private final TaskExecutor executor;
    private final ObservableList<InitiativeSummary> initiatives = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");

    public InitiativesViewModel(Messages messages, WorkspaceModel model, TaskExecutor executor) {
        this.messages = messages;
        this.model = model;
        this.executor = executor;
    }

    public void refresh() {
        Workspace workspace = model.workspace();
        if (workspace == null) {
            return;
        }
        BackgroundTask.wrap(() -> workspace.initiatives().list())
                .onSuccess(rows -> {
                    initiatives.setAll(rows);
                    summary.set(messages.get("initiatives.summary", rows.size()));
                })
                .executeWith(executor);
    }

    public ObservableList<InitiativeSummary> initiatives() {
        return initiatives;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
