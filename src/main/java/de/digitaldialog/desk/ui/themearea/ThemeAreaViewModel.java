package de.digitaldialog.desk.ui.themearea;

import de.digitaldialog.desk.domain.InitiativeSummary;
import de.digitaldialog.desk.domain.ThemeArea;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.ui.common.WorkspaceModel;
import de.digitaldialog.desk.ui.initiative.list.InitiativesViewModel;
import java.util.UUID;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.transformation.SortedList;

/**
 * One theme area: its name, description, and the initiative list with its filter bar, the
 * theme-area facet fixed to this area.
 */
public final class ThemeAreaViewModel {

    private final Messages messages;
    private final WorkspaceModel model;
    private final InitiativesViewModel list;
    private final ReadOnlyObjectWrapper<ThemeArea> area = new ReadOnlyObjectWrapper<>(this, "area");
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper(this, "name", "");
    private final ReadOnlyStringWrapper description = new ReadOnlyStringWrapper(this, "description", "");

    public ThemeAreaViewModel(Messages messages, WorkspaceModel model, InitiativesViewModel list) {
        this.messages = messages;
        this.model = model;
        this.list = list;
    }

    /** Shows the area with this id and loads its initiatives. */
    public void show(UUID id) {
        ThemeArea chosen = model.themeArea(id).orElse(null);
        if (chosen != null) {
            list.fixThemeArea(chosen.id(), chosen.code());
        }
        area.set(chosen);
        name.set(chosen == null ? "" : chosen.name().in(messages.locale()));
        description.set(chosen == null ? "" : chosen.description().in(messages.locale()));
        refresh();
    }

    public void refresh() {
        if (area.get() != null) {
            list.refresh();
        }
    }

    /** The list with its filter; the area facet is fixed. */
    public InitiativesViewModel list() {
        return list;
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
        return list.countProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return list.loadingProperty();
    }

    public SortedList<InitiativeSummary> initiatives() {
        return list.initiatives();
    }
}
