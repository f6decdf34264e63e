package de.digitaldialog.desk.service.briefing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;

/** A written PDF read back with PDFBox, as a reader sees it: text per page, bookmarks, fonts, metadata. */
record PdfDocument(List<String> pages, List<String> topLines, List<String> firstBodyLines, List<Bookmark> bookmarks, List<String> fonts, List<String> notEmbedded,
                   String title, String author, String subject) {

    /** A bookmark's title and the page (0-based) it leads to. */
    record Bookmark(String title, int page) {
    }

    static PdfDocument read(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // the text in the order it is drawn: a page's content first, its frame (marking, header,
            // footer) after it; sorted by position only to find the line at the top of the page
            PDFTextStripper stripper = new PDFTextStripper();
            PDFTextStripper byPosition = new PDFTextStripper();
            byPosition.setSortByPosition(true);
            List<String> pages = new ArrayList<>();
            List<String> topLines = new ArrayList<>();
            List<String> firstBodyLines = new ArrayList<>();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                for (PDFTextStripper each : List.of(stripper, byPosition)) {
                    each.setStartPage(page);
                    each.setEndPage(page);
                }
                pages.add(stripper.getText(document));
                List<String> lines = byPosition.getText(document).strip().lines().toList();
                topLines.add(lines.isEmpty() ? "" : lines.get(0));
                firstBodyLines.add(firstBelowHeader(lines));
            }
            List<Bookmark> bookmarks = new ArrayList<>();
            if (document.getDocumentCatalog().getDocumentOutline() != null) {
                for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
                    PDPageDestination destination = (PDPageDestination) item.getDestination();
                    bookmarks.add(new Bookmark(item.getTitle(), document.getPages().indexOf(destination.getPage())));
                }
            }
            List<String> fonts = new ArrayList<>();
            List<String> notEmbedded = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                collectFonts(page.getResources(), fonts, notEmbedded);
            }
            var info = document.getDocumentInformation();
            return new PdfDocument(pages, topLines, firstBodyLines, bookmarks, fonts, notEmbedded, info.getTitle(), info.getAuthor(),
                    info.getSubject());
        }
    }

    /** The fonts of a page and of the forms it draws (the footer's page total, the contents' page numbers). */
    private static void collectFonts(PDResources resources, List<String> fonts, List<String> notEmbedded)
            throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            fonts.add(font.getName());
            if (!font.isEmbedded()) {
                notEmbedded.add(font.getName());
            }
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDFormXObject form) {
                collectFonts(form.getResources(), fonts, notEmbedded);
            }
        }
    }

    /**
     * The first line below the header (which ends with the date line), without spaces: sorting by
     * position sometimes sets a line's first letter apart.
     */
    private static String firstBelowHeader(List<String> lines) {
        for (int i = 0; i < lines.size() - 1; i++) {
            if (lines.get(i).contains("Stand: ") || lines.get(i).contains("As of: ")) {
                return lines.get(i + 1).replace(" ", "");
            }
        }
        return "";
    }

    String text() {
        return String.join("\n", pages);
    }
}
