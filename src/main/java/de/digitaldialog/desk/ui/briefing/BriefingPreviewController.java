package de.digitaldialog.desk.ui.briefing;

import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.ui.common.BackgroundTask;
import de.digitaldialog.desk.ui.dialog.DialogService;
import de.digitaldialog.desk.ui.dialog.FileRequest;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.geometry.Bounds;
import javafx.geometry.Dimension2D;
import javafx.print.PrinterJob;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Binds the preview window: the options pane, the pages (drawn only while they are in or near
 * the view, at the zoom's resolution), zoom, print, save as PDF, and the progress overlay with
 * its cancel button.
 */
public final class BriefingPreviewController {

    /** Screen pixels per point at 100 %: 96 dpi. */
    private static final double SCREEN_SCALE = 96.0 / PreviewPages.POINTS_PER_INCH;
    /** Pages kept drawn above and below the view, in view heights. */
    private static final double PRELOAD = 1.0;

    private final BriefingPreviewViewModel viewModel;
    private final Messages messages;
    private final DialogService dialogs;
    /** Where print jobs come from: the system's printers; tests put in "no printer". */
    private Supplier<PrinterJob> printerJobs = PrinterJob::createPrinterJob;

    @FXML
    private VBox sectionBox;
    @FXML
    private CheckBox includeClassified;
    @FXML
    private TextField footer;
    @FXML
    private RadioButton german;
    @FXML
    private RadioButton english;
    @FXML
    private ToggleGroup languageGroup;
    @FXML
    private ScrollPane pagesScroll;
    @FXML
    private VBox pagesBox;
    @FXML
    private StackPane progressPane;
    @FXML
    private ProgressBar progressBar;
    @FXML
    private Label zoomLabel;
    @FXML
    private Label status;
    @FXML
    private Hyperlink noPrinterSave;
    @FXML
    private Button print;
    @FXML
    private Button savePdf;

    public BriefingPreviewController(BriefingPreviewViewModel viewModel, Messages messages, DialogService dialogs) {
        this.dialogs = dialogs;
        this.viewModel = viewModel;
        this.messages = messages;
    }

    public BriefingPreviewViewModel viewModel() {
        return viewModel;
    }

    void printerJobs(Supplier<PrinterJob> source) {
        this.printerJobs = source;
    }

    @FXML
    private void initialize() {
        progressPane.visibleProperty().bind(viewModel.busyProperty());
        progressBar.progressProperty().bind(viewModel.progressProperty());
        status.textProperty().bind(viewModel.statusProperty());
        zoomLabel.textProperty().bind(Bindings.createStringBinding(
                () -> Math.round(viewModel.zoomProperty().get() * 100) + " %", viewModel.zoomProperty()));
        print.disableProperty().bind(viewModel.pagesProperty().isNull());
        savePdf.disableProperty().bind(viewModel.pagesProperty().isNull());
        noPrinterSave.setVisible(false);
        noPrinterSave.managedProperty().bind(noPrinterSave.visibleProperty());
        viewModel.pagesProperty().addListener((observable, before, now) -> showPages(now));
        viewModel.zoomProperty().addListener((observable, before, now) -> resizePages());
        pagesScroll.vvalueProperty().addListener((observable, before, now) -> drawVisible());
        pagesScroll.viewportBoundsProperty().addListener((observable, before, now) -> drawVisible());
    }

    /** Fills the options pane from the view model once it has started. */
    void bindOptions() {
        sectionBox.getChildren().clear();
        viewModel.sections().forEach((section, chosen) -> {
            CheckBox box = new CheckBox(messages.get(section.key()));
            box.setId("section-" + section.code());
            box.setWrapText(true);
            box.selectedProperty().bindBidirectional(chosen);
            sectionBox.getChildren().add(box);
        });
        includeClassified.selectedProperty().bindBidirectional(viewModel.includeClassifiedProperty());
        footer.setText(viewModel.footerProperty().get());
        footer.setOnAction(event -> applyFooter());
        footer.focusedProperty().addListener((observable, before, focused) -> {
            if (!focused) {
                applyFooter();
            }
        });
        (Messages.ENGLISH.equals(viewModel.languageProperty().get()) ? english : german).setSelected(true);
        languageGroup.selectedToggleProperty().addListener((observable, before, now) ->
                viewModel.languageProperty().set(now == english ? Messages.ENGLISH : Messages.GERMAN));
    }

    private void applyFooter() {
        if (!footer.getText().strip().equals(viewModel.footerProperty().get())) {
            viewModel.footerProperty().set(footer.getText().strip());
            viewModel.regenerate();
        }
    }

    @FXML
    void zoomIn() {
        viewModel.zoomIn();
    }

    @FXML
    void zoomOut() {
        viewModel.zoomOut();
    }

    @FXML
    private void cancel() {
        viewModel.cancel();
    }

    @FXML
    void print() {
        PreviewPages shown = viewModel.pagesProperty().get();
        if (shown == null) {
            return;
        }
        PrinterJob job = printerJobs.get();
        if (job == null) {
            viewModel.noPrinter();
            noPrinterSave.setVisible(true);
            noPrinterSave.requestFocus();
            return;
        }
        noPrinterSave.setVisible(false);
        if (!job.showPrintDialog(window())) {
            return;
        }
        byte[] pdf = shown.pdf();
        AtomicBoolean stop = new AtomicBoolean();
        BackgroundTask.wrap(() -> {
                    try (PreviewPages pages = PreviewPages.open(pdf)) {
                        return BriefingPrinter.print(job, pages, page -> Platform.runLater(() -> viewModel
                                .printStatus(messages.get("briefing.preview.printing", page, pages.count()))), stop::get);
                    }
                })
                .withMessage(messages.get("briefing.preview.printingStarted"))
                .onSuccess(done -> viewModel.printStatus(messages.get(done ? "briefing.preview.printed"
                        : "briefing.preview.printFailed")))
                .executeWith(viewModel.executor());
    }

    @FXML
    void save() {
        if (viewModel.pagesProperty().get() == null) {
            return;
        }
        dialogs.saveFile(window(), FileRequest.of(messages.get("briefing.preview.saveTitle"))
                        .named(viewModel.suggestedFileName()).ofType("PDF", "pdf"))
                .ifPresent(file -> viewModel.save(file, saved -> noPrinterSave.setVisible(false)));
    }

    private Window window() {
        return pagesScroll.getScene() == null ? null : pagesScroll.getScene().getWindow();
    }

    private void showPages(PreviewPages pages) {
        pagesBox.getChildren().clear();
        if (pages == null) {
            return;
        }
        for (int i = 0; i < pages.count(); i++) {
            ImageView image = new ImageView();
            image.setPreserveRatio(true);
            StackPane page = new StackPane(image);
            page.getStyleClass().add("preview-page");
            page.setId("page-" + (i + 1));
            pagesBox.getChildren().add(page);
        }
        resizePages();
    }

    private void resizePages() {
        PreviewPages pages = viewModel.pagesProperty().get();
        if (pages == null) {
            return;
        }
        double scale = viewModel.zoomProperty().get() * SCREEN_SCALE;
        for (int i = 0; i < pagesBox.getChildren().size(); i++) {
            Dimension2D size = pages.size(i);
            StackPane page = (StackPane) pagesBox.getChildren().get(i);
            page.setMinSize(size.getWidth() * scale, size.getHeight() * scale);
            page.setMaxSize(size.getWidth() * scale, size.getHeight() * scale);
            ImageView image = (ImageView) page.getChildren().get(0);
            image.setFitWidth(size.getWidth() * scale);
            page.getProperties().remove("dpi");
        }
        pagesBox.layout();
        drawVisible();
    }

    /** Draws the pages in and near the view at the zoom's resolution and lets the others go. */
    private void drawVisible() {
        PreviewPages pages = viewModel.pagesProperty().get();
        if (pages == null || pagesBox.getChildren().isEmpty()) {
            return;
        }
        Bounds viewport = pagesScroll.getViewportBounds();
        double contentHeight = pagesBox.getBoundsInLocal().getHeight();
        double top = Math.max(0, contentHeight - viewport.getHeight()) * pagesScroll.getVvalue();
        double from = top - viewport.getHeight() * PRELOAD;
        double to = top + viewport.getHeight() * (1 + PRELOAD);
        float dpi = (float) (viewModel.zoomProperty().get() * SCREEN_SCALE * PreviewPages.POINTS_PER_INCH);
        for (int i = 0; i < pagesBox.getChildren().size(); i++) {
            StackPane page = (StackPane) pagesBox.getChildren().get(i);
            ImageView image = (ImageView) page.getChildren().get(0);
            Bounds bounds = page.getBoundsInParent();
            boolean near = bounds.getMaxY() >= from && bounds.getMinY() <= to;
            if (!near) {
                image.setImage(null);
                page.getProperties().remove("dpi");
            } else if (!Float.valueOf(dpi).equals(page.getProperties().get("dpi"))) {
                page.getProperties().put("dpi", dpi);
                int index = i;
                BackgroundTask.wrap(() -> pages.render(index, dpi))
                        .onSuccess(drawn -> {
                            if (viewModel.pagesProperty().get() == pages
                                    && Float.valueOf(dpi).equals(page.getProperties().get("dpi"))) {
                                image.setImage(drawn);
                            }
                        })
                        .executeWith(viewModel.executor());
            }
        }
    }
}
