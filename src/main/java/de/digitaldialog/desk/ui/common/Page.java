package de.digitaldialog.desk.ui.common;

/** A controller of a page in the shell: reloads what it shows when it is shown or the data changed. */
public interface Page {

    void refresh();
}
