package de.digitaldialog.desk.ui.meeting.form;

import de.digitaldialog.desk.domain.Meeting;
import de.digitaldialog.desk.ui.common.FormWindow;
import de.digitaldialog.desk.ui.common.View;
import de.digitaldialog.desk.ui.common.ViewLoader;
import de.digitaldialog.desk.ui.common.WorkspaceModel;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The entry point of the meeting form: opens it in a window of its own, for a stored meeting
 * ({@link #open}) or a new one on a day ({@link #create}). Get it from the controller factory (a
 * constructor parameter {@code MeetingFormWindow form} of a controller is enough). After every save,
 * status change or meeting made from this one the workspace model is told, so lists reload; an
 * optional listener ({@link #onSaved}) hears it too. A follow-up meeting opens in a form of its own.
 */
public final class MeetingFormWindow {

    private final ViewLoader views;
    private final WorkspaceModel model;
    private Consumer<Meeting> onSaved = meeting -> { };

    public MeetingFormWindow(ViewLoader views, WorkspaceModel model) {
        this.views = views;
        this.model = model;
    }

    /** Also called after each save or status change of a form opened from here (on the FX thread). */
    public MeetingFormWindow onSaved(Consumer<Meeting> listener) {
        this.onSaved = listener == null ? meeting -> { } : listener;
        return this;
    }

    /** Opens the form for the stored meeting with this id; its data is read in the background. */
    public Stage open(Window owner, UUID meetingId) {
        Objects.requireNonNull(meetingId, "meetingId");
        return show(owner, form -> form.load(meetingId));
    }

    /** Opens the form for a new meeting on this day: 10:00–12:00, the joint cabinet session, hosted by this installation's Land. */
    public Stage create(Window owner, LocalDate day) {
        Objects.requireNonNull(day, "day");
        return show(owner, form -> form.loadNew(day));
    }

    private Stage show(Window owner, Consumer<MeetingFormViewModel> load) {
        View<MeetingFormController> view = views.load(MeetingFormController.class);
        MeetingFormController form = view.controller();
        Stage stage = FormWindow.of(owner, view.root(), form.viewModel().form().headingProperty(), form::save,
                form::requestClose, MeetingFormWindow.class.getResource("MeetingForm.css").toExternalForm());
        form.host(new MeetingFormController.Host() {
            @Override
            public void saved(Meeting meeting) {
                model.changed();
                onSaved.accept(meeting);
            }

            @Override
            public void open(Meeting meeting) {
                MeetingFormWindow.this.open(stage.getOwner(), meeting.id());
            }

            @Override
            public void close() {
                stage.close();
            }
        });
        load.accept(form.viewModel());
        stage.show();
        return stage;
    }
}
