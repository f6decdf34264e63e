package de.digitaldialog.desk.archfixture.ui.a;

import de.digitaldialog.desk.archfixture.ui.b.Second;

/** One half of a package cycle, on purpose. */
public final class First {

    Second other() {
        return new Second();
    }
}
