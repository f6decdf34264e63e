package de.digitaldialog.desk.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import de.digitaldialog.desk.service.Preferences;
import javafx.application.Application;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** The look of the window: AtlantaFX Primer light or dark, switched at once for all windows. */
public final class Appearance {

    private final ReadOnlyObjectWrapper<Preferences.Theme> theme =
            new ReadOnlyObjectWrapper<>(this, "theme", Preferences.Theme.LIGHT);

    public void apply(Preferences.Theme wanted) {
        // the binary stylesheet: parsed much faster than the CSS at start-up
        Application.setUserAgentStylesheet(wanted == Preferences.Theme.DARK
                ? new PrimerDark().getUserAgentStylesheetBSS()
                : new PrimerLight().getUserAgentStylesheetBSS());
        theme.set(wanted);
    }

    /** A reference-data colour (theme area, format) as it reads on the current background. */
    public String readable(String color) {
        return theme.get() == Preferences.Theme.DARK ? Icons.onDark(color) : color;
    }

    public ReadOnlyObjectProperty<Preferences.Theme> themeProperty() {
        return theme.getReadOnlyProperty();
    }
}
