package de.digitaldialog.desk.service.briefing;

import de.digitaldialog.desk.domain.DeskException;
import java.util.function.BooleanSupplier;

/** Counts the steps of one document, tells the listener now and then, and stops when cancelled. */
final class Progress {

    /** Roughly a hundred reports, whatever the size. */
    private static final int REPORTS = 100;

    private final BriefingService.ProgressListener listener;
    private final BooleanSupplier cancelled;
    private long total;
    private long done;
    private long every = 1;

    Progress(BriefingService.ProgressListener listener, BooleanSupplier cancelled) {
        this.listener = listener == null ? BriefingService.ProgressListener.NONE : listener;
        this.cancelled = cancelled == null ? () -> false : cancelled;
    }

    /** Sets the number of steps the document will take and reports the start. */
    void start(long steps) {
        total = Math.max(1, steps);
        every = Math.max(1, total / REPORTS);
        done = 0;
        listener.progress(0, total);
        check();
    }

    /** One step done; throws when the user has cancelled. */
    void step() {
        done++;
        if (done % every == 0 && done < total) {
            listener.progress(done, total);
        }
        check();
    }

    void finish() {
        listener.progress(total, total);
    }

    void check() {
        if (cancelled.getAsBoolean()) {
            throw new DeskException("error.briefing.cancelled");
        }
    }
}
