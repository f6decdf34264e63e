package de.digitaldialog.desk.ui.meetings;

import de.digitaldialog.desk.domain.MeetingSummary;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.ui.common.LandNames;
import de.digitaldialog.desk.ui.common.ReadOnlyRows;
import de.digitaldialog.desk.ui.common.WorkspaceModel;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.ObservableList;

/** All meetings, read-only, with the host Land's name. */
public final class MeetingsViewModel {

    private final Messages messages;
    private final ReadOnlyRows<MeetingSummary> meetings;
    private LandNames landNames = LandNames.NONE;

    public MeetingsViewModel(Messages messages, WorkspaceModel model) {
        this.messages = messages;
        this.meetings = new ReadOnlyRows<>(messages, model, "meetings.summary");
    }

    public void refresh() {
        meetings.load(workspace -> workspace.meetings().list(),
                workspace -> LandNames.read(workspace, messages.locale()), names -> landNames = names);
    }

    public ObservableList<MeetingSummary> meetings() {
        return meetings.rows();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return meetings.summaryProperty();
    }

    /** "Bayern" for DE-BY; the code itself when the Land is unknown. */
    public String landName(String code) {
        return landNames.name(code);
    }

    public String formatName(MeetingSummary meeting) {
        return meeting.formatName() == null ? "" : meeting.formatName().in(messages.locale());
    }
}
