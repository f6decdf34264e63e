package de.digitaldialog.desk.service.briefing;

import de.digitaldialog.desk.domain.Meeting;
import de.digitaldialog.desk.service.AtomicFile;
import de.digitaldialog.desk.domain.Ministry;
import de.digitaldialog.desk.domain.UserProfile;
import de.digitaldialog.desk.service.ReferenceDataService;
import de.digitaldialog.desk.service.SettingsService;
import de.digitaldialog.desk.store.Database;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Generates the briefing sheets as PDF from the live data: a meeting's briefing, a theme area's
 * status report and an initiative's one-pager. The window (preview, print, save) and the command
 * line call the same methods, in a background task with progress and cancellation where it matters.
 *
 * <p>VS-NfD items are left out unless the options include them; when any is included, every page
 * carries the marking {@value de.digitaldialog.desk.domain.Classification#MARKING}.
 */
public final class BriefingService {

    /** Hears now and then how far the document is: {@code done} of {@code total} steps. */
    @FunctionalInterface
    public interface ProgressListener {
        ProgressListener NONE = (done, total) -> { };

        void progress(long done, long total);
    }

    private static final Logger LOG = LoggerFactory.getLogger(BriefingService.class);
    private static final String WRITE_ERROR = "error.briefing.write";

    private final Database database;
    private final ReferenceDataService referenceData;
    private final SettingsService settings;
    private final Clock clock;

    public BriefingService(Database database, ReferenceDataService referenceData, SettingsService settings,
                           Clock clock) {
        this.database = database;
        this.referenceData = referenceData;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Writes the document to {@code target} atomically.
     *
     * @param progress  told (done, total) now and then, from the calling thread
     * @param cancelled asked between steps; when true the work stops and leaves nothing behind
     * @throws de.digitaldialog.desk.domain.DeskException when the number or code is unknown, the
     *         item is VS-NfD and not included, the file cannot be written, or the user cancelled
     */
    public Path write(BriefingRequest request, Path target, ProgressListener progress, BooleanSupplier cancelled) {
        Path file = AtomicFile.write(target, WRITE_ERROR, out -> render(request, out, progress, cancelled));
        LOG.info("Wrote the {} briefing of {} to {}{}", request.kind(), request.reference(), file,
                request.options().includeClassified() ? " (VS-NfD included on purpose)" : "");
        return file;
    }

    /** The document in memory, e.g. for the preview; same failures as {@link #write}. */
    public byte[] render(BriefingRequest request, ProgressListener progress, BooleanSupplier cancelled) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        render(request, out, progress, cancelled);
        return out.toByteArray();
    }

    /** Saves a document rendered before (the preview's) atomically. */
    public Path save(byte[] pdf, Path target) {
        Objects.requireNonNull(pdf, "pdf");
        return AtomicFile.write(target, WRITE_ERROR, out -> out.write(pdf));
    }

    private void render(BriefingRequest request, OutputStream out, ProgressListener listener,
                        BooleanSupplier cancelled) {
        Progress progress = new Progress(listener, cancelled);
        progress.check();
        write(read(request), out, progress);
    }

    /** A document read from the database with the words and header it will be printed with. */
    record Prepared(BriefingDocument document, Texts texts, PageFrame.Header header, String author) {
    }

    /** Reads what the document shows; VS-NfD items are already left out or kept as the options say. */
    Prepared read(BriefingRequest request) {
        BriefingOptions options = request.options();
        Texts texts = new Texts(options.language(), referenceData);
        LocalDateTime now = LocalDateTime.now(clock.withZone(Meeting.ZONE));
        BriefingDocument document = database.read(store -> switch (request.kind()) {
            case MEETING -> MeetingBriefing.read(store, request.reference(), options, texts);
            case THEME_AREA -> ThemeAreaReport.read(store, request.reference(), options, texts, now);
            case INITIATIVE -> InitiativeOnePager.read(store, request.reference(), options, texts);
        });
        Optional<UserProfile> profile = settings.userProfile();
        PageFrame.Header header = new PageFrame.Header(texts.get("briefing.header.program"), document.title(),
                profile.map(p -> issuingMinistry(p, texts)).orElse(""),
                texts.get("briefing.header.fileReference", Texts.orNone(document.fileReference())),
                texts.get("briefing.header.date", texts.date(now.toLocalDate())), options.footer(),
                page -> texts.get("briefing.footer.pageOf", page), document.containsClassified());
        return new Prepared(document, texts, header,
                profile.map(UserProfile::name).orElse(texts.get("briefing.header.program")));
    }

    /** Lays the document out and writes it as PDF. */
    static void write(Prepared prepared, OutputStream out, Progress progress) {
        BriefingDocument document = prepared.document();
        progress.start(document.steps());
        Layout layout = Layout.open(out, prepared.texts(), prepared.header(), document.subject(), prepared.author());
        document.write(layout, progress);
        layout.close();
        progress.finish();
    }

    /** The profile's ministry by its full name when it is a known abbreviation, else as typed. */
    private static String issuingMinistry(UserProfile profile, Texts texts) {
        String typed = profile.ministry() == null ? "" : profile.ministry().strip();
        return texts.ministries.values().stream()
                .filter(ministry -> ministry.abbreviation().equalsIgnoreCase(typed))
                .filter(ministry -> ministry.validTo() == null)
                .map(Ministry::name).map(texts::name).findFirst().orElse(typed);
    }
}
