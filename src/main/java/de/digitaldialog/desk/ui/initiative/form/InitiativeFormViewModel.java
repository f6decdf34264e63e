package de.digitaldialog.desk.ui.initiative.form;

import de.digitaldialog.desk.domain.Initiative;
import de.digitaldialog.desk.domain.InitiativeStatus;
import de.digitaldialog.desk.domain.Land;
import de.digitaldialog.desk.domain.Ministry;
import de.digitaldialog.desk.domain.Person;
import de.digitaldialog.desk.domain.StatusChange;
import de.digitaldialog.desk.domain.ThemeArea;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.service.InitiativeService;
import de.digitaldialog.desk.service.ReferenceDataService;
import de.digitaldialog.desk.ui.common.TaskExecutor;
import de.digitaldialog.desk.ui.common.form.FormModel;
import de.digitaldialog.desk.ui.common.form.Refusals;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javafx.beans.Observable;

/**
 * The initiative form: reads the initiative (or the reference data for a new one) in the
 * background, and saves it or moves it to its next state. Built on the form skeleton
 * ({@link FormModel}) and made of small parts: the fields ({@link InitiativeFieldsViewModel}),
 * the milestones, the status workflow and the read-only history and references. Rules stay in
 * the domain: the form builds an {@link Initiative} and shows, at once, everything refused.
 * Needs no toolkit.
 */
public final class InitiativeFormViewModel {

    private static final List<String> FIELDS = List.of(InitiativeFieldsViewModel.TITLE,
            InitiativeFieldsViewModel.LEAD, InitiativeFieldsViewModel.TARGET_DATE, StatusWorkflowViewModel.ARENA_REASON,
            StatusWorkflowViewModel.REASON, StatusWorkflowViewModel.TARGET, MilestonesViewModel.FIELD);

    /** Everything the form shows, read in one background step. */
    record Data(List<ThemeArea> themeAreas, List<Land> lands, List<Ministry> ministries,
                       List<Person> persons, Initiative initiative, List<StatusChange> history,
                       InitiativeService.References references) {
    }

    private final Messages messages;
    private final InitiativeService initiatives;
    private final ReferenceDataService referenceData;
    private final FormModel<Initiative> form;
    private final InitiativeChoices choices;
    private final InitiativeFieldsViewModel fields;
    private final MilestonesViewModel milestones;
    private final StatusWorkflowViewModel workflow;
    private final HistoryViewModel history;

    public InitiativeFormViewModel(Messages messages, TaskExecutor executor, InitiativeService initiatives,
                                   ReferenceDataService referenceData) {
        this.messages = messages;
        this.initiatives = initiatives;
        this.referenceData = referenceData;
        this.form = new FormModel<>(messages, executor, FIELDS);
        this.choices = new InitiativeChoices(messages);
        this.fields = new InitiativeFieldsViewModel(choices, form);
        this.milestones = new MilestonesViewModel(form.feedback());
        this.workflow = new StatusWorkflowViewModel(messages, form, fields.arenaProperty());
        this.history = new HistoryViewModel(messages);
        form.track(() -> Arrays.asList(fields.state(), milestones.state()),
                Stream.concat(Arrays.stream(fields.observables()), Stream.of(milestones.rows()))
                        .toArray(Observable[]::new));
    }

    // --- loading ----------------------------------------------------------------------------

    /** Reads the initiative (null: a new one) in the background and fills the form. */
    public void load(UUID id) {
        form.run(() -> read(id), this::apply);
    }

    /** After a concurrent change: reads the stored version again; the form's own edits are dropped. */
    public void reload() {
        Initiative current = form.stored();
        if (current != null) {
            load(current.id());
        }
    }

    private Data read(UUID id) {
        InitiativeService.Details details = id == null ? null : initiatives.details(id);
        return new Data(referenceData.themeAreas(), referenceData.lands(), referenceData.ministries(),
                referenceData.persons(), details == null ? null : details.initiative(),
                details == null ? List.of() : details.history(),
                details == null ? InitiativeService.References.NONE : details.references());
    }

    /** Fills the form from read data; the form is clean afterwards. */
    private void apply(Data data) {
        Initiative initiative = data.initiative();
        form.apply(initiative, () -> {
            choices.offer(data);
            history.fill(initiative == null ? null : initiative.id(), data.history(), data.references(),
                    data.ministries());
            if (initiative == null) {
                fields.fillNew();
                milestones.fill(List.of());
                form.heading(messages.get("initiativeForm.heading.new"));
            } else {
                fields.fill(initiative);
                milestones.fill(initiative.milestones());
                form.heading(initiative.number() + " – " + initiative.title());
            }
            workflow.fill(initiative);
        });
    }

    // --- building, saving, the next state ---------------------------------------------------

    /** The initiative as edited; everything the fields, the milestones and the reasons break is collected. */
    private Initiative assemble(Refusals refusals) {
        workflow.checkSave(refusals);
        return fields.build(form.stored(), milestones.build(refusals));
    }

    /** When the user leaves a field: shows what is wrong with it, or clears its message. */
    public void check(String field) {
        form.check(field, this::assemble);
    }

    /**
     * Saves in the background: creates a new initiative (with the reason as its first history
     * entry) or saves the edited one from the version it was loaded at. Every refused field gets
     * its message at once; a concurrent change shows "meanwhile changed by …" and overwrites nothing.
     *
     * @param onSaved runs on success with the stored initiative
     * @return false when the form was refused before anything was sent
     */
    public boolean save(Consumer<Initiative> onSaved) {
        boolean creating = form.stored() == null;
        String reason = workflow.reasonProperty().get();
        String arenaReason = workflow.arenaReasonToSave();
        Optional<Initiative> built = form.build(this::assemble);
        built.ifPresent(initiative -> form.write(() -> read((creating
                        ? initiatives.create(initiative, reason) : initiatives.save(initiative, arenaReason)).id()),
                this::apply, onSaved));
        return built.isPresent();
    }

    /**
     * Moves the initiative to the chosen next state with the reason, in the background. Unsaved
     * edits are saved first (from the version loaded), so the status change cannot lose them.
     */
    public boolean changeStatus(Consumer<Initiative> onChanged) {
        Initiative current = form.stored();
        if (current == null) {
            return false;
        }
        boolean edited = form.isDirty();
        InitiativeStatus target = workflow.targetProperty().get();
        String reason = workflow.reasonProperty().get();
        String arenaReason = workflow.arenaReasonToSave();
        Optional<Initiative> built = form.build(refusals -> {
            workflow.checkStep(refusals, current);
            return edited ? assemble(refusals) : current;
        });
        built.ifPresent(initiative -> form.write(() -> {
            if (edited) {
                initiatives.save(initiative, arenaReason);
            }
            initiatives.changeStatus(current.id(), target, reason, null);
            return read(current.id());
        }, this::apply, onChanged));
        return built.isPresent();
    }

    // --- parts ------------------------------------------------------------------------------

    /** Busy, dirty, stale, the messages at the fields, the heading and the stored initiative. */
    public FormModel<Initiative> form() {
        return form;
    }

    public InitiativeChoices choices() {
        return choices;
    }

    public InitiativeFieldsViewModel fields() {
        return fields;
    }

    public MilestonesViewModel milestones() {
        return milestones;
    }

    public StatusWorkflowViewModel workflow() {
        return workflow;
    }

    public HistoryViewModel history() {
        return history;
    }
}
