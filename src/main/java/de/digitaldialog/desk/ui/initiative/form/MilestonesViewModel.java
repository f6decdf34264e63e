package de.digitaldialog.desk.ui.initiative.form;

import de.digitaldialog.desk.domain.Milestone;
import de.digitaldialog.desk.domain.ValidationException;
import de.digitaldialog.desk.ui.common.FormMessages;
import de.digitaldialog.desk.ui.common.form.FormModel;
import de.digitaldialog.desk.ui.common.form.Refusals;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The milestones of the initiative form: a list edited in place (add, change, tick off, remove,
 * move up and down with Alt+↑/↓); the form saves them with the initiative. Needs no toolkit.
 */
public final class MilestonesViewModel {

    /** The field their messages belong to (the domain's name). */
    public static final String FIELD = "milestone.title";

    private final FormMessages feedback;
    private final ObservableList<MilestoneRow> rows = FXCollections.observableArrayList(MilestoneRow::observables);

    MilestonesViewModel(FormMessages feedback) {
        this.feedback = feedback;
        rows.addListener((ListChangeListener<MilestoneRow>) change -> feedback.clear(FIELD));
    }

    void fill(List<Milestone> milestones) {
        rows.setAll(milestones.stream().map(MilestoneRow::of).toList());
    }

    /** Adds a milestone at the end; false (with the message) when its title is missing. */
    public boolean add(String title, LocalDate due) {
        MilestoneRow row = new MilestoneRow(UUID.randomUUID(), FormModel.text(title), due, false, null, null);
        if (!valid(row)) {
            return false;
        }
        rows.add(row);
        return true;
    }

    /** Changes title and due date of a milestone; false (with the message) when the title is missing. */
    public boolean edit(MilestoneRow row, String title, LocalDate due) {
        if (!valid(new MilestoneRow(row.id(), FormModel.text(title), due, false, null, null))) {
            return false;
        }
        row.titleProperty().set(FormModel.text(title));
        row.dueDateProperty().set(due);
        return true;
    }

    private boolean valid(MilestoneRow row) {
        try {
            row.toMilestone();
            feedback.clear(FIELD);
            return true;
        } catch (ValidationException refused) {
            feedback.show(refused);
            return false;
        }
    }

    public void remove(MilestoneRow row) {
        rows.remove(row);
    }

    public void toggleDone(MilestoneRow row) {
        row.doneProperty().set(!row.doneProperty().get());
    }

    /** Moves a milestone up (-1) or down (+1); returns its new index, or the old one at an end. */
    public int move(int index, int by) {
        int target = index + by;
        if (index < 0 || index >= rows.size() || target < 0 || target >= rows.size()) {
            return index;
        }
        List<MilestoneRow> reordered = new ArrayList<>(rows);
        reordered.add(target, reordered.remove(index));
        rows.setAll(reordered);
        return target;
    }

    /** The milestones as the domain takes them; a refused row is left out and its violations collected. */
    List<Milestone> build(Refusals refusals) {
        return rows.stream().map(row -> refusals.part(row::toMilestone)).filter(Objects::nonNull).toList();
    }

    /** What dirty tracking compares. */
    Object state() {
        return rows.stream().map(MilestoneRow::state).toList();
    }

    /** In list order; change them with the methods above. */
    public ObservableList<MilestoneRow> rows() {
        return rows;
    }
}
