package de.digitaldialog.desk.service.briefing;

/**
 * One briefing sheet, its data read and VS-NfD items already left out or kept as the options
 * say, ready to be laid out. Reading comes first so the page frame knows before the first page
 * whether the marking is needed.
 */
interface BriefingDocument {

    /** The document's title: in the header of every page and in the PDF's metadata. */
    String title();

    /** What it is about, for the PDF's metadata. */
    String subject();

    /** The file reference (Az.) in the header, or null. */
    String fileReference();

    /** True when it includes anything classified VS-NfD: every page is then marked. */
    boolean containsClassified();

    /** How many progress steps {@link #write} takes. */
    long steps();

    void write(Layout layout, Progress progress);
}
