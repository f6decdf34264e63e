package de.digitaldialog.desk.ui.format.list;

import static de.digitaldialog.desk.ui.common.form.FormModel.text;

import de.digitaldialog.desk.domain.LocalizedText;
import de.digitaldialog.desk.domain.MeetingFormat;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.service.MeetingFormatService;
import de.digitaldialog.desk.ui.common.LastChange;
import de.digitaldialog.desk.ui.common.TaskExecutor;
import de.digitaldialog.desk.ui.common.WorkspaceModel;
import de.digitaldialog.desk.ui.common.form.FormModel;
import de.digitaldialog.desk.ui.common.form.Refusals;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The Formate page: the editable list of meeting formats and, beside it, the chosen one's names
 * and colour (or a new one). A format is retired, never deleted: old meetings keep it. Needs no toolkit.
 */
public final class FormatsViewModel {

    public static final String NAME_DE = "nameDe";
    public static final String NAME_EN = "nameEn";
    public static final String COLOR = "color";

    /** The list as read, and the format to show afterwards (null: a new one). */
    private record Read(List<MeetingFormat> formats, UUID show) {
    }

    private final Messages messages;
    private final MeetingFormatService service;
    private final WorkspaceModel model;
    private final FormModel<MeetingFormat> form;
    private final ObservableList<MeetingFormat> all = FXCollections.observableArrayList();
    private final FilteredList<MeetingFormat> shown = new FilteredList<>(all);
    private final BooleanProperty withRetired = new SimpleBooleanProperty(this, "withRetired");
    private final StringProperty nameDe = new SimpleStringProperty(this, "nameDe", "");
    private final StringProperty nameEn = new SimpleStringProperty(this, "nameEn", "");
    private final StringProperty color = new SimpleStringProperty(this, "color", MeetingFormatService.DEFAULT_COLOR);
    private final ReadOnlyStringWrapper changed = new ReadOnlyStringWrapper(this, "changed", "");

    public FormatsViewModel(Messages messages, TaskExecutor executor, MeetingFormatService service,
                            WorkspaceModel model) {
        this.messages = messages;
        this.service = service;
        this.model = model;
        this.form = new FormModel<>(messages, executor, List.of(NAME_DE, NAME_EN, COLOR));
        form.track(() -> Arrays.asList(text(nameDe.get()), text(nameEn.get()), color.get()), nameDe, nameEn, color);
        form.clearOnEdit(NAME_DE, nameDe);
        form.clearOnEdit(NAME_EN, nameEn);
        form.clearOnEdit(COLOR, color);
        withRetired.addListener((observable, was, now) -> filter());
        filter();
    }

    /** Reads the list again; the format being edited stays chosen. */
    public void refresh() {
        MeetingFormat current = form.stored();
        form.run(() -> new Read(service.list(), current == null ? null : current.id()), this::apply);
    }

    private void apply(Read read) {
        all.setAll(read.formats());
        MeetingFormat chosen = read.show() == null ? null
                : read.formats().stream().filter(f -> f.id().equals(read.show())).findFirst().orElse(null);
        fill(chosen);
        filter();
    }

    private void filter() {
        shown.setPredicate(format -> withRetired.get() || format.active());
    }

    /** Shows a format's names and colour for editing; null starts a new one. Unsaved edits are dropped. */
    public void choose(MeetingFormat format) {
        fill(format);
    }

    private void fill(MeetingFormat format) {
        form.apply(format, () -> {
            nameDe.set(format == null ? "" : format.name().de());
            nameEn.set(format == null || format.name().en() == null ? "" : format.name().en());
            color.set(format == null ? MeetingFormatService.DEFAULT_COLOR : format.color());
            form.heading(format == null ? messages.get("formats.heading.new") : format.name().in(messages.locale()));
            changed.set(LastChange.of(format == null ? null : format.audit(), messages));
        });
    }

    private MeetingFormat assemble(Refusals refusals) {
        MeetingFormat stored = form.stored();
        LocalizedText name = new LocalizedText(nameDe.get() == null ? "" : nameDe.get().strip(), text(nameEn.get()));
        return stored == null
                ? new MeetingFormat(UUID.randomUUID(), null, name, color.get(), 0, true, null)
                : new MeetingFormat(stored.id(), stored.code(), name, color.get(), stored.sortOrder(), stored.active(),
                stored.audit());
    }

    public void check(String field) {
        form.check(field, this::assemble);
    }

    /**
     * Creates the new format or saves the edited one in the background; refusals show at their fields.
     *
     * @return false when refused before anything was sent
     */
    public boolean save() {
        boolean creating = form.stored() == null;
        Optional<MeetingFormat> built = form.build(this::assemble);
        built.ifPresent(format -> form.write(() -> {
            MeetingFormat saved = creating ? service.create(format.name(), format.color()) : service.save(format);
            return new Read(service.list(), saved.id());
        }, this::apply, saved -> model.changed()));
        return built.isPresent();
    }

    /** Retires the chosen format from the version shown: new meetings can no longer choose it. */
    public void retire() {
        MeetingFormat stored = form.stored();
        if (stored != null && stored.active()) {
            form.write(() -> {
                service.retire(stored.id(), stored.audit().version());
                return new Read(service.list(), stored.id());
            }, this::apply, retired -> model.changed());
        }
    }

    public String retireQuestion() {
        return messages.get("formats.retire.text", form.stored().name().in(messages.locale()));
    }

    public String name(MeetingFormat format, boolean english) {
        return english ? format.name().en() : format.name().de();
    }

    public String state(MeetingFormat format) {
        return messages.get(format.active() ? "formats.active" : "formats.retired");
    }

    public FormModel<MeetingFormat> form() {
        return form;
    }

    public ObservableList<MeetingFormat> formats() {
        return shown;
    }

    public BooleanProperty withRetiredProperty() {
        return withRetired;
    }

    public StringProperty nameDeProperty() {
        return nameDe;
    }

    public StringProperty nameEnProperty() {
        return nameEn;
    }

    /** {@code #RRGGBB}. */
    public StringProperty colorProperty() {
        return color;
    }

    public ReadOnlyStringProperty changedProperty() {
        return changed.getReadOnlyProperty();
    }
}
