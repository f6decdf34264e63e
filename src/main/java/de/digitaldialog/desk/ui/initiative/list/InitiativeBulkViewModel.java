package de.digitaldialog.desk.ui.initiative.list;

import de.digitaldialog.desk.domain.InitiativeStatus;
import de.digitaldialog.desk.domain.InitiativeSummary;
import de.digitaldialog.desk.domain.TrafficLight;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.service.InitiativeExport;
import de.digitaldialog.desk.service.InitiativeService;
import de.digitaldialog.desk.ui.common.BackgroundTask;
import de.digitaldialog.desk.ui.common.TaskExecutor;
import de.digitaldialog.desk.ui.common.WorkspaceModel;
import de.digitaldialog.desk.ui.dialog.FileRequest;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * What the initiative list does with many rows at once: export them to a file, move them to a
 * status, set their traffic light. Each runs in the background; afterwards the list reloads
 * ({@link #afterChange}) and the caller hears a summary to show.
 */
public final class InitiativeBulkViewModel {

    private final Messages messages;
    private final TaskExecutor executor;
    private final InitiativeService initiatives;
    private final InitiativeExport export;
    private final WorkspaceModel model;
    private Runnable afterChange = () -> { };

    public InitiativeBulkViewModel(Messages messages, TaskExecutor executor, InitiativeService initiatives,
                                   InitiativeExport export, WorkspaceModel model) {
        this.messages = messages;
        this.executor = executor;
        this.initiatives = initiatives;
        this.export = export;
        this.model = model;
    }

    /** What runs after rows changed, e.g. the list reloading. */
    public void afterChange(Runnable reload) {
        this.afterChange = reload;
    }

    /** The format the chosen file's name asks for; CSV when its extension names none. */
    public static InitiativeExport.Format exportFormat(Path file) {
        return InitiativeExport.Format.ofFileName(file.getFileName().toString()).orElse(InitiativeExport.Format.CSV);
    }

    /** The file chooser of an export: CSV or Excel, proposing {@code initiativen-2026-11-28.csv}. */
    public FileRequest exportFile(LocalDate today) {
        return FileRequest.of(messages.get("initiatives.export.title"))
                .named("initiativen-" + today + "." + InitiativeExport.Format.CSV.extension())
                .ofType(messages.get("initiatives.export.csv"), InitiativeExport.Format.CSV.extension())
                .ofType(messages.get("initiatives.export.xlsx"), InitiativeExport.Format.XLSX.extension());
    }

    /**
     * Writes the rows to the file in the background (the status bar shows it runs), in the format
     * its name asks for; a failure (its DeskException message) goes to the error dialog.
     *
     * @param done hears what was written, on the FX thread
     */
    public void export(List<InitiativeSummary> rows, Path file, boolean includeClassified, Consumer<String> done) {
        List<InitiativeSummary> copy = List.copyOf(rows);
        InitiativeExport.Format format = exportFormat(file);
        Locale locale = messages.locale();
        BackgroundTask.wrapWithProgress(progress -> export.export(copy, file, format,
                        includeClassified, locale, progress::update, progress::isCancelled))
                .withMessage(messages.get("initiatives.export.running"))
                .onSuccess(count -> done.accept(messages.get("initiatives.export.done", count,
                        file.getFileName().toString())))
                .executeWith(executor);
    }

    /** Moves the rows to the target status, then reloads; {@code done} hears which were left unchanged. */
    public void changeStatus(List<InitiativeSummary> rows, InitiativeStatus target, String reason,
                             Consumer<String> done) {
        if (rows.isEmpty()) {
            return;
        }
        List<UUID> ids = rows.stream().map(InitiativeSummary::id).toList();
        BackgroundTask.wrap(() -> initiatives.changeStatus(ids, target, reason))
                .withMessage(messages.get("initiatives.bulk.running"))
                .onSuccess(result -> {
                    changed();
                    done.accept(summary(result));
                })
                .executeWith(executor);
    }

    private String summary(InitiativeService.BulkResult result) {
        StringBuilder summary = new StringBuilder(messages.get("initiatives.bulk.done", result.changed()));
        if (!result.unchanged().isEmpty()) {
            summary.append("\n\n").append(messages.get("initiatives.bulk.unchanged"));
            for (InitiativeService.Unchanged left : result.unchanged()) {
                summary.append('\n').append(messages.get("initiatives.bulk.unchangedRow", left.number(),
                        messages.label(left.status())));
            }
        }
        return summary.toString();
    }

    /** Sets the traffic light of the rows, then reloads. */
    public void setTrafficLight(List<InitiativeSummary> rows, TrafficLight light, String reason) {
        if (rows.isEmpty()) {
            return;
        }
        List<UUID> ids = rows.stream().map(InitiativeSummary::id).toList();
        BackgroundTask.wrap(() -> initiatives.setTrafficLight(ids, light, reason))
                .withMessage(messages.get("initiatives.bulk.running"))
                .onSuccess(nothing -> changed())
                .executeWith(executor);
    }

    private void changed() {
        model.changed();
        afterChange.run();
    }
}
