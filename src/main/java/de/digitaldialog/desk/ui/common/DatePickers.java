package de.digitaldialog.desk.ui.common;

import de.digitaldialog.desk.i18n.Messages;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/** Date pickers that write and read dates as the UI language does (12.03.2019, 12 Mar 2019). */
public final class DatePickers {

    private DatePickers() {
    }

    /**
     * Shows and parses dates in the UI language; typing also accepts the short form (12.3.2019,
     * 12/3/2019). Unreadable text keeps the date the picker had.
     */
    public static void localize(DatePicker picker, Messages messages, String prompt) {
        boolean english = Messages.ENGLISH.getLanguage().equals(messages.locale().getLanguage());
        DateTimeFormatter format = DateTimeFormatter.ofPattern(english ? "d MMM yyyy" : "dd.MM.yyyy", messages.locale());
        DateTimeFormatter lenient = DateTimeFormatter.ofPattern(english ? "d/M/yyyy" : "d.M.yyyy", messages.locale());
        picker.setPromptText(prompt);
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate value) {
                return value == null ? "" : format.format(value);
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    return null;
                }
                try {
                    return LocalDate.parse(text.strip(), format);
                } catch (DateTimeParseException e) {
                    try {
                        return LocalDate.parse(text.strip(), lenient);
                    } catch (DateTimeParseException again) {
                        return picker.getValue();
                    }
                }
            }
        });
    }
}
