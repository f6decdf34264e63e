package de.digitaldialog.desk.ui.briefing;

import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
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
     * then ends it. May run off the FX thread.
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
            if (!job.printPage(layout, new Group(image))) {
                return false;
            }
            printed.accept(page + 1);
        }
        return job.endJob();
    }
}
