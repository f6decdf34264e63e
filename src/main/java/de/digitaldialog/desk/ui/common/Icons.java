package de.digitaldialog.desk.ui.common;

import de.digitaldialog.desk.domain.Classification;
import java.util.Locale;
import javafx.scene.paint.Color;
import org.kordamp.ikonli.javafx.FontIcon;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Ikonli icons by their literal ({@code mdi2b-brain}); an unknown literal gets a neutral shape. */
public final class Icons {

    private static final Logger LOG = LoggerFactory.getLogger(Icons.class);
    private static final String FALLBACK = "mdi2s-shape-outline";

    private Icons() {
    }

    public static FontIcon icon(String literal, int size) {
        FontIcon icon;
        try {
            icon = new FontIcon(literal == null || literal.isBlank() ? FALLBACK : literal);
        } catch (RuntimeException e) {
            LOG.warn("Unknown icon {}", literal);
            icon = new FontIcon(FALLBACK);
        }
        icon.setIconSize(size);
        return icon;
    }

    public static FontIcon icon(String literal, int size, String color) {
        FontIcon icon = icon(literal, size);
        Color paint = color(color, Color.GRAY);
        icon.setIconColor(paint);
        // inline, so the stylesheet's muted icon colour does not cover it
        // (appended: Ikonli keeps the icon font's family in the same inline style)
        String style = icon.getStyle() == null ? "" : icon.getStyle();
        icon.setStyle(style + (style.isBlank() || style.strip().endsWith(";") ? "" : ";")
                + "-fx-icon-color: " + web(paint) + ";");
        return icon;
    }

    /** The lock before the title of a classified (VS-NfD) row; null for any other row. */
    public static FontIcon classified(Classification classification) {
        if (classification != Classification.VS_NFD) {
            return null;
        }
        FontIcon lock = icon("mdi2l-lock-outline", 14);
        lock.getStyleClass().add("classified-icon");
        return lock;
    }

    static String web(Color color) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(color.getRed() * 255),
                Math.round(color.getGreen() * 255), Math.round(color.getBlue() * 255));
    }

    /** An area's colour made readable on a dark background (dark colours are lightened). */
    public static String onDark(String value) {
        Color color = color(value, Color.GRAY);
        double luminance = 0.2126 * color.getRed() + 0.7152 * color.getGreen() + 0.0722 * color.getBlue();
        return luminance >= 0.45 ? web(color) : web(color.interpolate(Color.WHITE, 0.45 - luminance + 0.15));
    }

    /** A "#rrggbb" colour of reference data, or the fallback when it is missing or malformed. */
    public static Color color(String value, Color fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Color.web(value);
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }
}
