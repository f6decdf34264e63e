package de.digitaldialog.desk.ui.common;

import de.digitaldialog.desk.i18n.Messages;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/** How choices and dates read in the window's fields, the same in every form. */
public final class Converters {

    private Converters() {
    }

    /** A choice shown by its label; the field is not typed into. */
    public static <T> StringConverter<T> of(Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }

    /**
     * Dates as the UI language writes them (12.03.2019, 12 Mar 2019), typed also the short way
     * (12.3.2019, 12/3/2019); a date that does not parse leaves the value as it was.
     */
    public static void dates(DatePicker picker, Messages messages) {
        boolean english = Messages.ENGLISH.getLanguage().equals(messages.locale().getLanguage());
        DateTimeFormatter format = DateTimeFormatter.ofPattern(english ? "d MMM yyyy" : "dd.MM.yyyy", messages.locale());
        DateTimeFormatter lenient = DateTimeFormatter.ofPattern(english ? "d/M/yyyy" : "d.M.yyyy", messages.locale());
        picker.setPromptText(messages.get("initiativeForm.datePrompt"));
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
