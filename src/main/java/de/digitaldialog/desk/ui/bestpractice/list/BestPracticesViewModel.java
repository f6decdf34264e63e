package de.digitaldialog.desk.ui.bestpractice.list;

import de.digitaldialog.desk.domain.BestPracticeSummary;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.service.BestPracticeService;
import de.digitaldialog.desk.service.ReferenceDataService;
import de.digitaldialog.desk.ui.common.LandNames;
import de.digitaldialog.desk.ui.common.ReadOnlyRows;
import de.digitaldialog.desk.ui.common.TaskExecutor;
import de.digitaldialog.desk.ui.common.WorkspaceModel;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.ObservableList;

/** The practices the Länder share, read-only. */
public final class BestPracticesViewModel {

    private final Messages messages;
    private final WorkspaceModel model;
    private final BestPracticeService bestPractices;
    private final ReferenceDataService referenceData;
    private final ReadOnlyRows<BestPracticeSummary> practices;
    private LandNames landNames = LandNames.NONE;

    public BestPracticesViewModel(Messages messages, TaskExecutor executor, WorkspaceModel model,
                                  BestPracticeService bestPractices, ReferenceDataService referenceData) {
        this.messages = messages;
        this.model = model;
        this.bestPractices = bestPractices;
        this.referenceData = referenceData;
        this.practices = new ReadOnlyRows<>(messages, executor, "bestPractices.summary");
    }

    public void refresh() {
        practices.load(bestPractices::list, () -> LandNames.read(referenceData, messages.locale()),
                names -> landNames = names);
    }

    public ObservableList<BestPracticeSummary> practices() {
        return practices.rows();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return practices.summaryProperty();
    }

    public String landName(String code) {
        return landNames.name(code);
    }

    public String themeAreaName(String code) {
        return code == null ? "" : model.themeAreaByCode(code)
                .map(area -> area.name().in(messages.locale())).orElse(code);
    }
}
