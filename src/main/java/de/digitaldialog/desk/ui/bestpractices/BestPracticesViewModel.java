package de.digitaldialog.desk.ui.bestpractices;

import de.digitaldialog.desk.domain.BestPracticeSummary;
import de.digitaldialog.desk.domain.Land;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.service.Workspace;
import de.digitaldialog.desk.ui.common.BackgroundTask;
import de.digitaldialog.desk.ui.common.TaskExecutor;
import de.digitaldialog.desk.ui.common.WorkspaceModel;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The practices the Länder share, read-only. */
public final class BestPracticesViewModel {

    private record Loaded(List<BestPracticeSummary> practices, Map<String, String> landNames) {
    }

    private final Messages messages;
    private final WorkspaceModel model;
    private final TaskExecutor executor;
    private final ObservableList<BestPracticeSummary> practices = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private Map<String, String> landNames = Map.of();

    public BestPracticesViewModel(Messages messages, WorkspaceModel model, TaskExecutor executor) {
        this.messages = messages;
        this.model = model;
        this.executor = executor;
    }

    public void refresh() {
        Workspace workspace = model.workspace();
        if (workspace == null) {
            return;
        }
        BackgroundTask.wrap(() -> new Loaded(workspace.bestPractices().list(),
                        workspace.referenceData().lands().stream()
                                .collect(Collectors.toMap(Land::code, land -> land.name().in(messages.locale()),
                                        (a, b) -> a))))
                .onSuccess(loaded -> {
                    landNames = loaded.landNames();
                    practices.setAll(loaded.practices());
                    summary.set(messages.get("bestPractices.summary", loaded.practices().size()));
                })
                .executeWith(executor);
    }

    public ObservableList<BestPracticeSummary> practices() {
        return practices;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public String landName(String code) {
        return code == null ? "" : landNames.getOrDefault(code, code);
    }

    public String themeAreaName(String code) {
        return code == null ? "" : model.themeAreaByCode(code)
                .map(area -> area.name().in(messages.locale())).orElse(code);
    }
}
