package de.digitaldialog.desk.ui.meeting.form;

import de.digitaldialog.desk.domain.Meeting;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.service.CalendarWarnings;
import de.digitaldialog.desk.ui.common.BackgroundTask;
import de.digitaldialog.desk.ui.common.TaskExecutor;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The calendar warnings under the dates (weekend, public holiday, a participant already booked):
 * computed in the background from the meeting as edited whenever its schedule or people change;
 * they block nothing. Needs no toolkit.
 */
public final class CalendarWarningsViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(CalendarWarningsViewModel.class);

    private final TaskExecutor executor;
    private final Supplier<Optional<Meeting>> draft;
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    private Function<Meeting, List<String>> source;
    private long round;

    /** @param draft the meeting as edited, empty while the form has none the calendar could check */
    CalendarWarningsViewModel(Messages messages, TaskExecutor executor, CalendarWarnings calendar,
                              Supplier<Optional<Meeting>> draft) {
        this.executor = executor;
        this.draft = draft;
        this.source = meeting -> calendar.check(meeting).stream()
                .map(warning -> messages.get(warning.key(), warning.args().toArray())).toList();
    }

    /** Where the lines come from instead of the workspace's calendar; called in the background. */
    public void source(Function<Meeting, List<String>> lines) {
        this.source = Objects.requireNonNull(lines);
        refresh();
    }

    /** Checks the meeting as edited again; only the answer to the latest question shows. */
    void refresh() {
        long asked = ++round;
        Optional<Meeting> meeting = draft.get();
        if (meeting.isEmpty()) {
            warnings.clear();
            return;
        }
        Function<Meeting, List<String>> lines = source;
        BackgroundTask.wrap(() -> List.copyOf(lines.apply(meeting.get())))
                .onSuccess(found -> {
                    if (asked == round) {
                        warnings.setAll(found);
                    }
                })
                .onFailure(error -> {
                    // a hint that cannot be computed is no reason to interrupt the user
                    LOG.warn("Calendar warnings failed", error);
                    if (asked == round) {
                        warnings.clear();
                    }
                })
                .executeWith(executor);
    }

    public ObservableList<String> lines() {
        return warnings;
    }
}
