package de.digitaldialog.desk.ui.common;

/** Switches the window's page; the shell implements it, pages use it (e.g. a tile opens its area). */
public interface Navigator {

    void open(Destination destination);
}
