package de.digitaldialog.desk.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Collects the broken rules of a whole record, so a form learns of every wrong field at once
 * instead of one per attempt. Checks run in the order of the form; the first one found stays
 * {@link ValidationException#field()}.
 */
public final class Violations {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final List<Violation> found = new ArrayList<>();

    public Violations requireText(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return add(field, "validation.required");
        }
        return check(value.length() <= maxLength, field, "validation.tooLong", maxLength);
    }

    public Violations requireEmailOrEmpty(String field, String value) {
        boolean empty = value == null || value.isBlank();
        return check(empty || EMAIL.matcher(value.strip()).matches(), field, "validation.email");
    }

    /** Empty, or a web address a browser opens: http or https with a host, no blanks. */
    public Violations requireWebLinkOrEmpty(String field, String value) {
        if (value == null || value.isBlank()) {
            return this;
        }
        return check(isWebLink(value.strip()), field, "validation.link");
    }

    private static boolean isWebLink(String value) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** Adds the violation unless {@code holds}. */
    public Violations check(boolean holds, String field, String key, Object... args) {
        return holds ? this : add(field, key, args);
    }

    public Violations add(String field, String key, Object... args) {
        found.add(new Violation(field, key, args));
        return this;
    }

    public List<Violation> list() {
        return List.copyOf(found);
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new ValidationException(found);
        }
    }
}
