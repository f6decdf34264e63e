package de.digitaldialog.desk.ui.briefing;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import javafx.application.Platform;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.Group;
import javafx.scene.image.ImageView;

/**
 * Prints a generated briefing through JavaFX: page by page, each drawn at the printer's
 * resolution (at most {@link #MAX_DPI}) on A4 and placed where it sits in the PDF, so paper and
 * PDF look the same. Only one page image is held at a time.
 */
public final class BriefingPrinter {

    /** Higher resolutions cost memory and time without a visible gain for text. */
    static final int MAX_DPI = 300;

    private BriefingPrinter() {
    }

    /**
     * Prints every page with a job whose printer and settings are already chosen (dialog shown),
     * then ends it. Meant to run off the FX thread, which it only borrows to hand over each page.
     *
     * @param printed   hears each page number (1-based) once it is sent
     * @param cancelled asked before each page; when true the job is cancelled
     * @return true when the job was ended normally
     */
    public static boolean print(PrinterJob job, PreviewPages pages, IntConsumer printed, BooleanSupplier cancelled) {
        Printer printer = job.getPrinter();
        PageLayout layout = printer.createPageLayout(Paper.A4, PageOrientation.PORTRAIT, Printer.MarginType.HARDWARE_MINIMUM);
        job.getJobSettings().setPageLayout(layout);
        int dpi = Math.min(MAX_DPI, Math.max(150, job.getJobSettings().getPrintResolution().getFeedResolution()));
        for (int page = 0; page < pages.count(); page++) {
            if (cancelled.getAsBoolean()) {
                job.cancelJob();
                return false;
            }
            ImageView image = new ImageView(pages.render(page, dpi));
            image.setFitWidth(pages.size(page).getWidth());
            image.setFitHeight(pages.size(page).getHeight());
            image.setSmooth(true);
            // the printable area starts at the hardware margins; shift back so the page sits as in the PDF
            image.setTranslateX(-layout.getLeftMargin());
            image.setTranslateY(-layout.getTopMargin());
            Group sheet = new Group(image);
            if (!onFxThread(() -> job.printPage(layout, sheet))) {
                return false;
            }
            printed.accept(page + 1);
        }
        return onFxThread(job::endJob);
    }

    /**
     * Hands a step of the job to the FX thread and waits for it: the page's nodes are then read
     * where JavaFX expects, while the page images are drawn in the background.
     */
    private static boolean onFxThread(Callable<Boolean> step) {
        if (Platform.isFxApplicationThread()) {
            try {
                return step.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        FutureTask<Boolean> task = new FutureTask<>(step);
        Platform.runLater(task);
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }
}
