package de.digitaldialog.desk.service.briefing;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.ListItem;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.VerticalPositionMark;
import de.digitaldialog.desk.domain.TrafficLight;
import java.awt.Color;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The typography of the briefing sheets on top of OpenPDF: title, section headings with
 * bookmarks, label–value fields, running text, bullet lists and tables that may grow to
 * thousands of rows. The documents say what to print; this says how it looks.
 */
final class Layout {

    static final float BODY_SIZE = 10;
    private static final float SMALL_SIZE = 8.5f;
    private static final Color MUTED = new Color(90, 90, 90);
    private static final Color RULE = new Color(170, 170, 170);
    private static final Color HEAD_FILL = new Color(232, 236, 241);
    /** Rows of a growing table are handed to the document in batches, so memory stays flat. */
    private static final int TABLE_BATCH = 200;
    /** Room a heading needs below it for a few lines of its section, in points. */
    private static final float KEEP_WITH_NEXT = 90;

    private final Document document;
    private final PdfWriter writer;
    private final PageFrame frame;
    private final Texts texts;
    private final Font body;
    private final Font bold;
    private final Font small;
    private final Font muted;
    private final Font title;
    private final Font heading;
    private final Font subheading;
    private final Font strongSmall;
    private final Font fieldLabel;
    private final Map<TrafficLight, Font> lights = new EnumMap<>(TrafficLight.class);
    private final BriefingFonts fonts;

    private Layout(Document document, PdfWriter writer, PageFrame frame, BriefingFonts fonts, Texts texts) {
        this.document = document;
        this.writer = writer;
        this.frame = frame;
        this.fonts = fonts;
        this.texts = texts;
        this.body = new Font(fonts.regular, BODY_SIZE);
        this.bold = new Font(fonts.bold, BODY_SIZE);
        this.small = new Font(fonts.regular, SMALL_SIZE);
        this.muted = new Font(fonts.regular, SMALL_SIZE, Font.NORMAL, MUTED);
        this.title = new Font(fonts.bold, 17);
        this.heading = new Font(fonts.bold, 13);
        this.subheading = new Font(fonts.bold, 11);
        this.strongSmall = new Font(fonts.bold, SMALL_SIZE);
        this.fieldLabel = new Font(fonts.bold, SMALL_SIZE, Font.NORMAL, MUTED);
    }

    /** Starts an A4 document on {@code out} with its metadata and page frame. */
    static Layout open(OutputStream out, Texts texts, PageFrame.Header header, String subject, String author) {
        BriefingFonts fonts = BriefingFonts.load();
        Document document = new Document(PageSize.A4, PageFrame.LEFT, PageFrame.RIGHT, PageFrame.TOP,
                PageFrame.BOTTOM);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setCloseStream(false);
        PageFrame frame = new PageFrame(fonts, header);
        writer.setPageEvent(frame);
        writer.setViewerPreferences(PdfWriter.PageModeUseOutlines);
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(texts.locale().toLanguageTag()));
        document.addTitle(header.title());
        document.addSubject(subject);
        document.addAuthor(author);
        document.addCreator("Digitaldialog Desk");
        document.open();
        return new Layout(document, writer, frame, fonts, texts);
    }

    Texts texts() {
        return texts;
    }

    void close() {
        document.close();
    }

    void newPage() {
        document.newPage();
    }

    /** The document's own title at the top of its first page. */
    void title(String text, String subtitle) {
        Paragraph paragraph = new Paragraph(text, title);
        paragraph.setSpacingAfter(subtitle == null ? 10 : 2);
        add(paragraph);
        if (subtitle != null) {
            Paragraph below = new Paragraph(subtitle, muted);
            below.setSpacingAfter(10);
            add(below);
        }
    }

    /** A section heading with its bookmark. */
    void section(String text) {
        anchoredHeading(text, text, null, null);
    }

    /**
     * A heading that starts a new page, with its bookmark, a link target named {@code destination}
     * and, if given, the table-of-contents slot that receives its page number.
     */
    void chapter(String text, String destination, PdfTemplate tocPage) {
        newPage();
        anchoredHeading(text, text, destination, tocPage);
    }

    private void anchoredHeading(String text, String bookmark, String destination, PdfTemplate tocPage) {
        keepWithNext();
        Chunk chunk = new Chunk(text, heading);
        chunk.setGenericTag(frame.anchor(bookmark, tocPage));
        if (destination != null) {
            chunk.setLocalDestination(destination);
        }
        Paragraph paragraph = new Paragraph(chunk);
        paragraph.setSpacingBefore(8);
        paragraph.setSpacingAfter(4);
        paragraph.setKeepTogether(true);
        add(paragraph);
    }

    void subheading(String text) {
        keepWithNext();
        Paragraph paragraph = new Paragraph(text, subheading);
        paragraph.setSpacingBefore(8);
        paragraph.setSpacingAfter(3);
        add(paragraph);
    }

    /** OpenPDF cannot keep a heading with what follows: a heading this close to the bottom starts a new page. */
    private void keepWithNext() {
        if (writer.getVerticalPosition(false) - document.bottom() < KEEP_WITH_NEXT) {
            newPage();
        }
    }

    /** Running text; its line breaks are kept. */
    void paragraph(String text) {
        Paragraph paragraph = new Paragraph(BODY_SIZE * 1.4f, Texts.orNone(text), body);
        paragraph.setSpacingAfter(4);
        add(paragraph);
    }

    /** A quiet line, e.g. "none recorded". */
    void note(String text) {
        Paragraph paragraph = new Paragraph(text, muted);
        paragraph.setSpacingAfter(4);
        add(paragraph);
    }

    /** Says "none" in place of a list that is empty; true when it did. */
    boolean noneIf(boolean empty) {
        if (empty) {
            note(texts.get("briefing.none"));
        }
        return empty;
    }

    void bullets(List<String> items) {
        // OpenPDF's List, named in full beside java.util.List
        com.lowagie.text.List list = new com.lowagie.text.List(false, 12);
        list.setListSymbol(new Chunk("•", body));
        for (String item : items) {
            ListItem entry = new ListItem(BODY_SIZE * 1.4f, item, body);
            entry.setSpacingAfter(2);
            list.add(entry);
        }
        add(list);
    }

    /** Label–value rows without rules, as a cover or a header block shows them. */
    Fields fields() {
        return new Fields();
    }

    /** A ruled table with a repeated header row. */
    Table table(float[] widths, String... headers) {
        return new Table(widths, headers);
    }

    /** A slot the page frame writes a page number into once that page is known. */
    PdfTemplate pageSlot() {
        return writer.getDirectContent().createTemplate(fonts.regular.getWidthPoint("00000", BODY_SIZE),
                BODY_SIZE + 2);
    }

    /** A table-of-contents line: label, linked title, page number slot. */
    PdfPCell[] tocLine(String label, String text, String destination, PdfTemplate pageSlot) {
        Chunk link = new Chunk(text, body);
        link.setLocalGoto(destination);
        PdfPCell slot = new PdfPCell(Image.getInstance(pageSlot), false);
        slot.setHorizontalAlignment(Element.ALIGN_RIGHT);
        slot.setVerticalAlignment(Element.ALIGN_BOTTOM);
        return new PdfPCell[] {plain(new Phrase(label, bold)), plain(new Phrase(link)), plain(slot)};
    }

    /** A traffic light as a coloured dot and its label. */
    Phrase trafficLight(TrafficLight light) {
        Phrase phrase = new Phrase();
        if (light != null) {
            phrase.add(new Chunk("● ", lights.computeIfAbsent(light,
                    key -> new Font(fonts.regular, BODY_SIZE, Font.NORMAL, colour(key)))));
        }
        phrase.add(new Chunk(texts.label(light), small));
        return phrase;
    }

    Phrase text(String value) {
        return new Phrase(SMALL_SIZE * 1.3f, Texts.orNone(value), small);
    }

    Phrase strong(String value) {
        return new Phrase(Texts.orNone(value), strongSmall);
    }

    private static Color colour(TrafficLight light) {
        return switch (light) {
            case GRUEN -> new Color(0, 140, 70);
            case GELB -> new Color(220, 160, 0);
            case ROT -> new Color(200, 30, 30);
        };
    }

    private static PdfPCell plain(PdfPCell cell) {
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPaddingTop(2);
        cell.setPaddingBottom(3);
        return cell;
    }

    private static PdfPCell plain(Phrase phrase) {
        return plain(new PdfPCell(phrase));
    }

    void add(Element element) {
        try {
            document.add(element);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Label–value rows, written as paragraphs: the value after a tab stop at 30 % of the width,
     * its further lines indented to match. They look like the borderless table cells they replace
     * (insets, padding, a line as high as its largest font) at a fraction of the cost. Only a label
     * too long for its column needs the table, which wraps it beside the value.
     */
    final class Fields {
        private static final float INSET = 2;
        private static final float LABEL_SHARE = 0.3f;

        private record Row(String label, Phrase value) {
        }

        private final List<Row> rows = new ArrayList<>();

        private Fields() {
        }

        Fields add(String label, String value) {
            return add(label, new Phrase(Texts.orNone(value), body));
        }

        Fields add(String label, Phrase value) {
            rows.add(new Row(label, value));
            return this;
        }

        void done() {
            float labelWidth = (document.right() - document.left()) * LABEL_SHARE;
            if (rows.stream().allMatch(row -> fonts.bold.getWidthPoint(row.label(), SMALL_SIZE)
                    <= labelWidth - 2 * INSET)) {
                paragraphs(labelWidth);
            } else {
                table();
            }
        }

        private void paragraphs(float labelWidth) {
            for (int i = 0; i < rows.size(); i++) {
                // the label's grey stays on its chunk: as the paragraph's font it would pass to the value
                Paragraph row = new Paragraph(BODY_SIZE);
                row.setFont(body);
                row.add(new Chunk(rows.get(i).label(), fieldLabel));
                row.add(new Chunk(new VerticalPositionMark(), labelWidth));
                // the value's chunks, not the phrase: a nested phrase would bring its own leading
                row.addAll(rows.get(i).value());
                row.setIndentationLeft(labelWidth + INSET);
                row.setFirstLineIndent(-labelWidth);
                row.setIndentationRight(INSET);
                // a cell's padding; the last row adds the space after the block
                row.setSpacingBefore(2);
                row.setSpacingAfter(i == rows.size() - 1 ? 3 + 6 : 3);
                Layout.this.add(row);
            }
        }

        private void table() {
            PdfPTable table = new PdfPTable(new float[] {LABEL_SHARE, 1 - LABEL_SHARE});
            table.setWidthPercentage(100);
            table.setSpacingAfter(6);
            for (Row row : rows) {
                PdfPCell name = plain(new Phrase(row.label(), fieldLabel));
                name.setPaddingTop(3);
                table.addCell(name);
                table.addCell(plain(row.value()));
            }
            Layout.this.add(table);
        }
    }

    /** A ruled table whose rows may be many: they go to the document in batches. */
    final class Table {
        private final PdfPTable table;
        private int pending;

        private Table(float[] widths, String[] headers) {
            table = new PdfPTable(widths);
            table.setWidthPercentage(100);
            table.setSpacingBefore(2);
            table.setSpacingAfter(8);
            table.setHeaderRows(1);
            table.setComplete(false);
            for (String header : headers) {
                PdfPCell cell = new PdfPCell(new Phrase(header, strongSmall));
                cell.setBackgroundColor(HEAD_FILL);
                ruled(cell);
                table.addCell(cell);
            }
        }

        /** One row; a cell is a Phrase, or any other value shown as text. */
        void row(Object... cells) {
            for (Object cell : cells) {
                Phrase phrase = cell instanceof Phrase given ? given : text(cell == null ? null : cell.toString());
                table.addCell(ruled(new PdfPCell(phrase)));
            }
            if (++pending == TABLE_BATCH) {
                add(table);
                pending = 0;
            }
        }

        /** A cell spanning the whole row, e.g. a group heading. */
        void group(String text) {
            PdfPCell cell = ruled(new PdfPCell(new Phrase(text, strongSmall)));
            cell.setColspan(table.getNumberOfColumns());
            cell.setBackgroundColor(new Color(245, 246, 248));
            table.addCell(cell);
        }

        void finish() {
            table.setComplete(true);
            add(table);
        }

        private PdfPCell ruled(PdfPCell cell) {
            cell.setBorderColor(RULE);
            cell.setBorderWidth(0.5f);
            cell.setPadding(3);
            cell.setPaddingBottom(4);
            return cell;
        }
    }
}
