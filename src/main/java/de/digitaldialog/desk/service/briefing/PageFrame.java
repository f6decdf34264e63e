package de.digitaldialog.desk.service.briefing;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import de.digitaldialog.desk.domain.Classification;
import java.awt.Color;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * What every page carries, drawn when the page ends: the marking (only when VS-NfD content is
 * included), the header with the Digitaldialog, the document's title, the issuing ministry, the
 * file reference and the date, and the footer with the user's line and "Seite x von y". It also
 * places the bookmarks and fills the table of contents' page numbers once their pages are known.
 */
final class PageFrame extends PdfPageEventHelper {

    /** Header, footer and margins in points (1 mm = 72 / 25.4 pt); DIN 5008: ≥ 25 mm left, ≥ 20 mm right. */
    static final float MM = 72f / 25.4f;
    static final float LEFT = 25 * MM;
    static final float RIGHT = 20 * MM;
    static final float TOP = 42 * MM;
    static final float BOTTOM = 24 * MM;

    private static final float HEADER_SIZE = 8.5f;
    private static final float FOOTER_SIZE = 8f;
    private static final Color GREY = new Color(90, 90, 90);

    /** Header texts, already in the document's language. */
    record Header(String program, String title, String ministry, String fileReference, String date,
                  String footer, IntFunction<String> pageOf, boolean marked) {
    }

    /** A bookmark waiting for the line that carries its tag to be placed. */
    private record Anchor(String title, PdfTemplate tocPage) {
    }

    private final BriefingFonts fonts;
    private final Header header;
    private final Map<String, Anchor> anchors = new HashMap<>();
    private final Font marking;
    private final Font headerBold;
    private final Font headerTitle;
    private final Font headerGrey;
    private final Font footerGrey;
    private PdfTemplate pageTotal;
    private PdfTemplate unchanging;
    private int nextAnchor;

    PageFrame(BriefingFonts fonts, Header header) {
        this.fonts = fonts;
        this.header = header;
        this.marking = new Font(fonts.bold, 10, Font.NORMAL, Color.BLACK);
        this.headerBold = new Font(fonts.bold, HEADER_SIZE, Font.NORMAL, Color.BLACK);
        this.headerTitle = new Font(fonts.regular, HEADER_SIZE, Font.NORMAL, Color.BLACK);
        this.headerGrey = new Font(fonts.regular, HEADER_SIZE, Font.NORMAL, GREY);
        this.footerGrey = new Font(fonts.regular, FOOTER_SIZE, Font.NORMAL, GREY);
    }

    /**
     * Registers a bookmark for the chunk that gets the returned tag as its generic tag. Its page
     * number is written into {@code tocPage}, if given, right-aligned.
     */
    String anchor(String title, PdfTemplate tocPage) {
        String tag = "anchor-" + nextAnchor++;
        anchors.put(tag, new Anchor(title, tocPage));
        return tag;
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        pageTotal = writer.getDirectContent().createTemplate(fonts.regular.getWidthPoint("0000", FOOTER_SIZE),
                FOOTER_SIZE + 2);
    }

    @Override
    public void onGenericTag(PdfWriter writer, Document document, Rectangle rect, String text) {
        // a heading that wraps calls this once per line: the first line carries the bookmark
        Anchor anchor = anchors.remove(text);
        if (anchor == null) {
            return;
        }
        new PdfOutline(writer.getRootOutline(),
                new PdfDestination(PdfDestination.XYZ, 0, rect.getTop() + 14, 0), anchor.title(), false);
        if (anchor.tocPage() != null) {
            String number = Integer.toString(writer.getPageNumber());
            PdfTemplate slot = anchor.tocPage();
            slot.beginText();
            slot.setFontAndSize(fonts.regular, Layout.BODY_SIZE);
            slot.setTextMatrix(slot.getWidth() - fonts.regular.getWidthPoint(number, Layout.BODY_SIZE), 1);
            slot.showText(number);
            slot.endText();
        }
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte canvas = writer.getDirectContent();
        Rectangle page = document.getPageSize();
        float left = LEFT;
        float right = page.getWidth() - RIGHT;
        if (unchanging == null) {
            unchanging = canvas.createTemplate(page.getWidth(), page.getHeight());
            drawUnchanging(unchanging, page, left, right);
        }
        canvas.addTemplate(unchanging, 0, 0);
        drawFooter(writer, canvas, left, right);
    }

    /** Marking, header and its rule are the same on every page: drawn once, placed on each. */
    private void drawUnchanging(PdfContentByte canvas, Rectangle page, float left, float right) {
        float top = page.getHeight();
        if (header.marked()) {
            ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER, new Phrase(Classification.MARKING, marking),
                    page.getWidth() / 2, top - 10 * MM, 0);
            ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER, new Phrase(Classification.MARKING, marking),
                    page.getWidth() / 2, 7 * MM, 0);
        }
        drawHeader(canvas, left, right, top - 17 * MM);
        rule(canvas, left, right, top - 35 * MM);
    }

    private void drawHeader(PdfContentByte canvas, float left, float right, float baseline) {
        float leading = HEADER_SIZE * 1.35f;
        ColumnText title = new ColumnText(canvas);
        float split = left + (right - left) * 0.62f;
        title.setSimpleColumn(left, baseline - 4 * leading, split - 4 * MM, baseline + HEADER_SIZE + 2);
        title.setLeading(leading);
        title.addText(new Phrase(header.program() + "\n", headerBold));
        title.addText(new Phrase(header.title(), headerTitle));
        try {
            title.go();
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
        String[] lines = {header.ministry(), header.fileReference(), header.date()};
        float y = baseline;
        for (String line : lines) {
            ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT, new Phrase(line, headerGrey), right, y, 0);
            y -= leading;
        }
    }

    private void drawFooter(PdfWriter writer, PdfContentByte canvas, float left, float right) {
        float baseline = 14 * MM;
        rule(canvas, left, right, baseline + FOOTER_SIZE + 3);
        if (!header.footer().isEmpty()) {
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(header.footer(), footerGrey), left,
                    baseline, 0);
        }
        float totalX = right - pageTotal.getWidth();
        String pageOf = header.pageOf().apply(writer.getPageNumber());
        // the phrase loses its trailing space, so the gap before the total is left here
        float gap = fonts.regular.getWidthPoint(" ", FOOTER_SIZE);
        ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT, new Phrase(pageOf.strip(), footerGrey), totalX - gap,
                baseline, 0);
        canvas.addTemplate(pageTotal, totalX, baseline - 2);
    }

    private static void rule(PdfContentByte canvas, float left, float right, float y) {
        canvas.saveState();
        canvas.setLineWidth(0.5f);
        canvas.setColorStroke(Color.GRAY);
        canvas.moveTo(left, y);
        canvas.lineTo(right, y);
        canvas.stroke();
        canvas.restoreState();
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        pageTotal.beginText();
        pageTotal.setFontAndSize(fonts.regular, FOOTER_SIZE);
        pageTotal.setColorFill(GREY);
        pageTotal.setTextMatrix(0, 2);
        pageTotal.showText(Integer.toString(writer.getPageNumber() - 1));
        pageTotal.endText();
    }
}
