package de.digitaldialog.desk.ui.initiatives;

import de.digitaldialog.desk.domain.InitiativeSummary;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.ui.common.ReadOnlyRows;
import de.digitaldialog.desk.ui.common.WorkspaceModel;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.ObservableList;

/** All initiatives, read-only (a later issue turns this into the full tracker). */
public final class InitiativesViewModel {

    private final ReadOnlyRows<InitiativeSummary> initiatives;

    public InitiativesViewModel(Messages messages, WorkspaceModel model) {
        this.initiatives = new ReadOnlyRows<>(messages, model, "initiatives.summary");
    }

    public void refresh() {
        initiatives.load(workspace -> workspace.initiatives().list());
    }

    public ObservableList<InitiativeSummary> initiatives() {
        return initiatives.rows();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return initiatives.summaryProperty();
    }
}
