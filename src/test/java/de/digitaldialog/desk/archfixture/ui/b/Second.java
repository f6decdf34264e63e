package de.digitaldialog.desk.archfixture.ui.b;

import de.digitaldialog.desk.archfixture.ui.a.First;

/** The other half of a package cycle, on purpose. */
public final class Second {

    First other() {
        return null;
    }
}
