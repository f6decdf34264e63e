package de.digitaldialog.desk.ui.briefing;

import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.service.briefing.BriefingService;
import de.digitaldialog.desk.service.briefing.BriefingOptions;
import de.digitaldialog.desk.service.briefing.BriefingRequest;
import de.digitaldialog.desk.service.briefing.Section;
import de.digitaldialog.desk.ui.common.BackgroundTask;
import de.digitaldialog.desk.ui.common.TaskExecutor;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The preview window's state: the options (sections, VS-NfD, footer line, language), the
 * document generated from them in the background with progress and cancellation, the zoom, and
 * what the window says (progress, failures, no printer). Any change of an option generates the
 * document again; a result that a newer request has overtaken is dropped.
 */
public final class BriefingPreviewViewModel {

    static final double MIN_ZOOM = 0.5;
    static final double MAX_ZOOM = 3.0;
    private static final double ZOOM_STEP = 1.25;

    private final Messages messages;
    private final TaskExecutor executor;
    private final BriefingService briefings;

    private BriefingRequest request;
    private final Map<Section, BooleanProperty> sections = new LinkedHashMap<>();
    private final BooleanProperty includeClassified = new SimpleBooleanProperty(this, "includeClassified");
    private final StringProperty footer = new SimpleStringProperty(this, "footer", "");
    private final ObjectProperty<Locale> language = new SimpleObjectProperty<>(this, "language", Messages.GERMAN);
    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1.0);
    private final ReadOnlyObjectWrapper<PreviewPages> pages = new ReadOnlyObjectWrapper<>(this, "pages");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    /** The cancel flag of the generation under way. */
    private AtomicBoolean cancelCurrent = new AtomicBoolean();
    private long generation;

    public BriefingPreviewViewModel(Messages messages, TaskExecutor executor, BriefingService briefings) {
        this.messages = messages;
        this.executor = executor;
        this.briefings = briefings;
    }

    /** Takes the request's options and generates the document. */
    public void start(BriefingRequest initial) {
        request = initial;
        sections.clear();
        for (Section section : initial.kind().sections()) {
            BooleanProperty chosen = new SimpleBooleanProperty(this, section.code(), initial.options().has(section));
            chosen.addListener((observable, before, now) -> regenerate());
            sections.put(section, chosen);
        }
        BriefingOptions options = initial.options();
        includeClassified.set(options.includeClassified());
        footer.set(options.footer());
        language.set(options.language());
        includeClassified.addListener((observable, before, now) -> regenerate());
        language.addListener((observable, before, now) -> regenerate());
        title.set(messages.get(switch (initial.kind()) {
            case MEETING -> "briefing.preview.title.meeting";
            case THEME_AREA -> "briefing.preview.title.themeArea";
            case INITIATIVE -> "briefing.preview.title.initiative";
        }, initial.reference()));
        regenerate();
    }

    /** The request as the options now stand. */
    public BriefingRequest request() {
        Set<Section> chosen = EnumSet.noneOf(Section.class);
        sections.forEach((section, on) -> {
            if (on.get()) {
                chosen.add(section);
            }
        });
        return request.withOptions(new BriefingOptions(chosen, includeClassified.get(), footer.get(), language.get()));
    }

    /**
     * Generates the document from the current options in the background; a run still going is
     * cancelled. The footer line is applied here (the window calls this when its field is left).
     */
    public void regenerate() {
        if (request == null) {
            return;
        }
        cancelCurrent.set(true);
        AtomicBoolean cancelled = new AtomicBoolean();
        cancelCurrent = cancelled;
        long mine = ++generation;
        BriefingRequest current = request();
        busy.set(true);
        progress.set(-1);
        status.set(messages.get("briefing.preview.generating"));
        BackgroundTask.wrap(() -> PreviewPages.open(briefings.render(current,
                        (done, total) -> onFxThread(() -> {
                            if (mine == generation) {
                                progress.set(total == 0 ? -1 : (double) done / total);
                            }
                        }), cancelled::get)))
                .onSuccess(result -> {
                    if (mine != generation) {
                        result.close();
                        return;
                    }
                    PreviewPages before = pages.get();
                    pages.set(result);
                    if (before != null) {
                        before.close();
                    }
                    busy.set(false);
                    status.set(messages.get("briefing.preview.pages", result.count()));
                })
                .onFailure(error -> {
                    if (mine != generation) {
                        return;
                    }
                    busy.set(false);
                    status.set(messages.failure(error));
                })
                .executeWith(executor);
    }

    /** Stops the generation under way; the preview keeps the pages it had. */
    public void cancel() {
        cancelCurrent.set(true);
        generation++;
        busy.set(false);
        status.set(messages.get("briefing.preview.cancelled"));
    }

    /** The window closes: nothing more to show. */
    public void close() {
        cancel();
        PreviewPages shown = pages.get();
        pages.set(null);
        if (shown != null) {
            shown.close();
        }
    }

    /** Saves the document shown, atomically; {@code saved} hears where, on the FX thread. */
    public void save(Path file, Consumer<Path> saved) {
        PreviewPages shown = pages.get();
        if (shown == null) {
            return;
        }
        byte[] pdf = shown.pdf();
        BackgroundTask.wrap(() -> briefings.save(pdf, file))
                .withMessage(messages.get("briefing.preview.saving"))
                .onSuccess(path -> {
                    status.set(messages.get("briefing.preview.saved", path));
                    saved.accept(path);
                })
                .executeWith(executor);
    }

    /** The name the file chooser proposes: {@code SIT-BY1-0001-2026-11-28.pdf}. */
    public String suggestedFileName() {
        return request.reference().replaceAll("[^A-Za-z0-9-]", "_") + "-" + LocalDate.now() + ".pdf";
    }

    /** With no printer installed the window says so and points to the PDF. */
    public void noPrinter() {
        status.set(messages.get("briefing.preview.noPrinter"));
    }

    /** What printing reports: a page sent, done, or stopped. */
    public void printStatus(String text) {
        status.set(text);
    }

    public void zoomIn() {
        zoom.set(Math.min(MAX_ZOOM, zoom.get() * ZOOM_STEP));
    }

    public void zoomOut() {
        zoom.set(Math.max(MIN_ZOOM, zoom.get() / ZOOM_STEP));
    }

    public Map<Section, BooleanProperty> sections() {
        return sections;
    }

    public BooleanProperty includeClassifiedProperty() {
        return includeClassified;
    }

    public StringProperty footerProperty() {
        return footer;
    }

    public ObjectProperty<Locale> languageProperty() {
        return language;
    }

    public DoubleProperty zoomProperty() {
        return zoom;
    }

    public ReadOnlyObjectProperty<PreviewPages> pagesProperty() {
        return pages.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** 0 … 1, or −1 while the amount of work is not yet known. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    Messages messages() {
        return messages;
    }

    /** Where the window's own background work (printing) runs. */
    TaskExecutor executor() {
        return executor;
    }

    private static void onFxThread(Runnable update) {
        if (Platform.isFxApplicationThread()) {
            update.run();
        } else {
            Platform.runLater(update);
        }
    }
}
