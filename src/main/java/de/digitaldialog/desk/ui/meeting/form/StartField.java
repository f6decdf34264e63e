package de.digitaldialog.desk.ui.meeting.form;

import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.ui.common.Converters;
import de.digitaldialog.desk.ui.common.Formats;
import java.time.LocalDateTime;
import java.time.LocalTime;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;

/** A start in a dialog: date picker and "HH:mm" field, as in the form. */
final class StartField {

    private final DatePicker date = new DatePicker();
    private final TextField time = new TextField();

    StartField(Messages messages, LocalDateTime proposed) {
        Converters.dates(date, messages);
        date.setId("startDate");
        date.setValue(proposed.toLocalDate());
        time.setId("startTime");
        time.setPrefColumnCount(5);
        time.setPromptText(messages.get("meetingForm.timePrompt"));
        time.setText(Formats.of(messages.locale()).time(proposed));
    }

    Node pane() {
        return new HBox(6, date, time);
    }

    /** True while date or time is missing or no time. */
    BooleanBinding invalid() {
        return Bindings.createBooleanBinding(() -> value() == null, date.valueProperty(), time.textProperty());
    }

    LocalDateTime value() {
        LocalTime at = MeetingFrameViewModel.time(time.getText());
        return date.getValue() == null || at == null ? null : date.getValue().atTime(at);
    }
}
