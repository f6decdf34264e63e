package de.digitaldialog.desk.i18n;

import de.digitaldialog.desk.domain.DeskException;
import java.text.DateFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.TimeZone;

/**
 * The UI texts of one language. German and English each live in their own bundle file and are
 * loaded without falling back to the machine's default locale, so an English machine still
 * shows German when German is chosen.
 */
public final class Messages {

    public static final String BUNDLE = "de.digitaldialog.desk.i18n.messages";
    public static final Locale GERMAN = Locale.GERMAN;
    public static final Locale ENGLISH = Locale.ENGLISH;
    /** Times are shown as they are in Munich and Düsseldorf, whatever the machine's zone. */
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final int MAX_CAUSES = 50;

    private final ResourceBundle bundle;

    private Messages(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    public static Messages of(Locale locale) {
        return new Messages(bundle(locale));
    }

    public static ResourceBundle bundle(Locale locale) {
        Locale language = ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : GERMAN;
        return ResourceBundle.getBundle(BUNDLE, language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public Locale locale() {
        return bundle.getLocale();
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        if (args.length == 0) {
            return pattern;
        }
        MessageFormat format = new MessageFormat(pattern, locale());
        for (Format part : format.getFormats()) {
            if (part instanceof DateFormat date) {
                date.setTimeZone(TimeZone.getTimeZone(ZONE));
            }
        }
        return format.format(formattable(args));
    }

    /** MessageFormat knows neither java.time nor our stored values: dates become Dates, values labels. */
    private Object[] formattable(Object[] args) {
        Object[] result = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            Object arg = args[i];
            if (arg instanceof Enum<?> value) {
                result[i] = label(value);
            } else if (arg instanceof Instant instant) {
                result[i] = Date.from(instant);
            } else if (arg instanceof LocalDateTime dateTime) {
                result[i] = Date.from(dateTime.atZone(ZONE).toInstant());
            } else if (arg instanceof LocalDate date) {
                result[i] = Date.from(date.atStartOfDay(ZONE).toInstant());
            } else {
                result[i] = arg;
            }
        }
        return result;
    }

    /** The message of an error; a refused constraint without a text of its own gets the general one. */
    public String of(DeskException error) {
        if (!bundle.containsKey(error.key()) && error.key().startsWith("constraint.")) {
            return get("error.constraint");
        }
        return get(error.key(), error.args());
    }

    /**
     * The message of any failure: the first {@link DeskException} among its causes, else the
     * general "unexpected" one. Never the failure's own text, which may hold SQL and record contents.
     */
    public String failure(Throwable error) {
        Throwable cause = error;
        // bounded: a chain of causes may run in a circle
        for (int depth = 0; cause != null && depth < MAX_CAUSES; depth++, cause = cause.getCause()) {
            if (cause instanceof DeskException problem) {
                return of(problem);
            }
        }
        return get("error.unexpected");
    }

    /** The label of a stored value, e.g. {@code InitiativeStatus.IN_ABSTIMMUNG}. */
    public String label(Enum<?> value) {
        return value == null ? "" : get("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }
}
