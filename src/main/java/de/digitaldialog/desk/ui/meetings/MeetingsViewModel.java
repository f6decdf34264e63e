package de.digitaldialog.desk.ui.meetings;

import de.digitaldialog.desk.domain.Land;
import de.digitaldialog.desk.domain.MeetingSummary;
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

/** All meetings, read-only, with the host Land's name. */
public final class MeetingsViewModel {

    private record Loaded(List<MeetingSummary> meetings, Map<String, String> landNames) {
    }

    private final Messages messages;
    private final WorkspaceModel model;
    private final TaskExecutor executor;
    private final ObservableList<MeetingSummary> meetings = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private Map<String, String> landNames = Map.of();

    public MeetingsViewModel(Messages messages, WorkspaceModel model, TaskExecutor executor) {
        this.messages = messages;
        this.model = model;
        this.executor = executor;
    }

    public void refresh() {
        Workspace workspace = model.workspace();
        if (workspace == null) {
            return;
        }
        BackgroundTask.wrap(() -> new Loaded(workspace.meetings().list(),
                        workspace.referenceData().lands().stream()
                                .collect(Collectors.toMap(Land::code, land -> land.name().in(messages.locale()),
                                        (a, b) -> a))))
                .onSuccess(loaded -> {
                    landNames = loaded.landNames();
                    meetings.setAll(loaded.meetings());
                    summary.set(messages.get("meetings.summary", loaded.meetings().size()));
                })
                .executeWith(executor);
    }

    public ObservableList<MeetingSummary> meetings() {
        return meetings;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** "Bayern" for DE-BY; the code itself when the Land is unknown. */
    public String landName(String code) {
        return code == null ? "" : landNames.getOrDefault(code, code);
    }

    public String formatName(MeetingSummary meeting) {
        return meeting.formatName() == null ? "" : meeting.formatName().in(messages.locale());
    }
}
