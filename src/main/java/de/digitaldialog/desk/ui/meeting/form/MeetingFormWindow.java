package de.digitaldialog.desk.ui.meeting.form;

import de.digitaldialog.desk.domain.Meeting;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.ui.common.FormWindow;
import de.digitaldialog.desk.ui.common.View;
import de.digitaldialog.desk.ui.common.ViewLoader;
import de.digitaldialog.desk.ui.common.WorkspaceModel;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
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
    private Function<Meeting, List<String>> warnings;

    public MeetingFormWindow(ViewLoader views, Messages messages, WorkspaceModel model) {
        this.views = views;
        this.model = model;
        this.warnings = draft -> calendarWarnings(draft, messages);
    }

    /** Weekend, public holidays in Bavaria and North Rhine-Westphalia, a participant already booked. */
    private List<String> calendarWarnings(Meeting draft, Messages messages) {
        return model.workspace().calendarWarnings().check(draft).stream()
                .map(warning -> messages.get(warning.key(), warning.args().toArray())).toList();
    }

    /** Also called after each save or status change of a form opened from here (on the FX thread). */
    public MeetingFormWindow onSaved(Consumer<Meeting> listener) {
        this.onSaved = listener == null ? meeting -> { } : listener;
        return this;
    }

    /**
     * Where the calendar warnings of forms opened from here come from, instead of the workspace's
     * {@code calendarWarnings()}: called in the background with the meeting as edited; each line
     * shows under the dates, blocking nothing.
     */
    public MeetingFormWindow warnings(Function<Meeting, List<String>> source) {
        this.warnings = Objects.requireNonNull(source);
        return this;
    }

    /** Opens the form for the stored meeting with this id; its data is read in the background. */
    public Stage open(Window owner, UUID meetingId) {
        Objects.requireNonNull(meetingId, "meetingId");
        return show(owner, form -> form.load(meetingId));
    }

    /** Opens the form for a new meeting on this day: 10:00–12:00, the joint cabinet session, hosted by Bavaria. */
    public Stage create(Window owner, LocalDate day) {
        Objects.requireNonNull(day, "day");
        return show(owner, form -> form.loadNew(day));
    }

    private Stage show(Window owner, Consumer<MeetingFormViewModel> load) {
        View<MeetingFormController> view = views.load(MeetingFormController.class);
        MeetingFormController form = view.controller();
        Stage stage = FormWindow.of(owner, view.root(), form.viewModel().headingProperty(), form::save,
                form::requestClose, MeetingFormWindow.class.getResource("MeetingForm.css").toExternalForm());
        form.viewModel().setWarnings(warnings);
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
