package de.digitaldialog.desk.ui.common;

/**
 * What long work hears from and tells the window while it runs on a worker thread: how far it
 * got (the status bar shows it) and whether the user pressed "Abbrechen".
 */
public interface Progress {

    /** Quiet progress for work that runs to the end without reporting. */
    Progress NONE = new Progress() {
        @Override
        public void update(long done, long total) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    void update(long done, long total);

    boolean isCancelled();
}
