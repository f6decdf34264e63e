package de.digitaldialog.desk.ui.initiative.form;

import de.digitaldialog.desk.domain.Audit;
import de.digitaldialog.desk.domain.Milestone;
import de.digitaldialog.desk.ui.common.form.FormModel;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One milestone as the form edits it; becomes a {@link Milestone} again on saving. */
public final class MilestoneRow {

    private final UUID id;
    private final Audit audit;
    private final StringProperty title = new SimpleStringProperty(this, "title");
    private final ObjectProperty<LocalDate> dueDate = new SimpleObjectProperty<>(this, "dueDate");
    private final BooleanProperty done = new SimpleBooleanProperty(this, "done");
    private LocalDate doneOn;

    MilestoneRow(UUID id, String title, LocalDate dueDate, boolean done, LocalDate doneOn, Audit audit) {
        this.id = id;
        this.audit = audit;
        this.title.set(title);
        this.dueDate.set(dueDate);
        this.done.set(done);
        this.doneOn = doneOn;
        this.done.addListener((observable, was, now) -> this.doneOn = now ? LocalDate.now() : null);
    }

    static MilestoneRow of(Milestone milestone) {
        return new MilestoneRow(milestone.id(), milestone.title(), milestone.dueDate(), milestone.done(),
                milestone.doneOn(), milestone.audit());
    }

    /** The domain record; throws the domain's ValidationException for a missing title. */
    Milestone toMilestone() {
        return new Milestone(id, title.get(), dueDate.get(), done.get(), done.get() ? doneOn : null, audit);
    }

    /** What dirty tracking compares. */
    Object state() {
        return Arrays.asList(id, FormModel.text(title.get()), dueDate.get(), done.get());
    }

    Observable[] observables() {
        return new Observable[] {title, dueDate, done};
    }

    public UUID id() {
        return id;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public ObjectProperty<LocalDate> dueDateProperty() {
        return dueDate;
    }

    public BooleanProperty doneProperty() {
        return done;
    }
}
