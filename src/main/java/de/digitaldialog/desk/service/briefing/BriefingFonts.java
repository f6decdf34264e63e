package de.digitaldialog.desk.service.briefing;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * DejaVu Sans, regular and bold, shipped with the program (licence beside the files) and embedded
 * as a subset in every document, so umlauts, ß, €, „quotes“ and dashes print wherever it is read.
 */
final class BriefingFonts {

    private static final String REGULAR = "DejaVuSans.ttf";
    private static final String BOLD = "DejaVuSans-Bold.ttf";

    /** The files are read once; each document gets its own BaseFont, which tracks the glyphs it uses. */
    private static final class Files {
        static final byte[] REGULAR_BYTES = read(REGULAR);
        static final byte[] BOLD_BYTES = read(BOLD);
    }

    final BaseFont regular;
    final BaseFont bold;

    private BriefingFonts(BaseFont regular, BaseFont bold) {
        this.regular = regular;
        this.bold = bold;
    }

    static BriefingFonts load() {
        return new BriefingFonts(create(REGULAR, Files.REGULAR_BYTES), create(BOLD, Files.BOLD_BYTES));
    }

    private static BaseFont create(String name, byte[] bytes) {
        try {
            return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(String name) {
        try (InputStream in = BriefingFonts.class.getResourceAsStream("fonts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Font " + name + " is missing from the program");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
