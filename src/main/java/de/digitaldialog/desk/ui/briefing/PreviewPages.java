package de.digitaldialog.desk.ui.briefing;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Dimension2D;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * A generated PDF, opened once, whose pages are drawn as images on demand: for the preview at
 * the zoom's resolution, for the printer at its own. Only one page is drawn at a time (PDFBox's
 * renderer is not thread-safe), and no page is kept: the preview holds the few it shows.
 */
public final class PreviewPages implements AutoCloseable {

    /** Points per inch: PDF sizes are in points. */
    public static final float POINTS_PER_INCH = 72f;

    private final byte[] pdf;
    private final PDDocument document;
    private final PDFRenderer renderer;
    private final List<Dimension2D> sizes;

    private PreviewPages(byte[] pdf, PDDocument document) {
        this.pdf = pdf;
        this.document = document;
        this.renderer = new PDFRenderer(document);
        List<Dimension2D> pageSizes = new ArrayList<>();
        for (var page : document.getPages()) {
            PDRectangle box = page.getMediaBox();
            pageSizes.add(new Dimension2D(box.getWidth(), box.getHeight()));
        }
        this.sizes = List.copyOf(pageSizes);
    }

    /** Opens the document; call off the FX thread. */
    public static PreviewPages open(byte[] pdf) {
        try {
            return new PreviewPages(pdf, Loader.loadPDF(pdf));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The document as generated, e.g. to save it. */
    public byte[] pdf() {
        return pdf;
    }

    public int count() {
        return sizes.size();
    }

    /** A page's size in points. */
    public Dimension2D size(int page) {
        return sizes.get(page);
    }

    /** Draws one page at {@code dpi}; call off the FX thread. */
    public Image render(int page, float dpi) {
        BufferedImage image;
        synchronized (renderer) {
            try {
                image = renderer.renderImage(page, dpi / POINTS_PER_INCH, ImageType.RGB);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        int width = image.getWidth();
        int height = image.getHeight();
        int[] pixels = image.getRGB(0, 0, width, height, null, 0, width);
        WritableImage result = new WritableImage(width, height);
        result.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        return result;
    }

    @Override
    public void close() {
        synchronized (renderer) {
            try {
                document.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
