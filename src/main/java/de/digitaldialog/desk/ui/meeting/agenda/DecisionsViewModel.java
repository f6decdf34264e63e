package de.digitaldialog.desk.ui.meeting.agenda;

import de.digitaldialog.desk.domain.AgendaItem;
import de.digitaldialog.desk.domain.Classification;
import de.digitaldialog.desk.domain.Decision;
import de.digitaldialog.desk.domain.InitiativeStatus;
import de.digitaldialog.desk.domain.InitiativeSummary;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.service.InitiativeService;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The decisions of the TOP shown: their rows as edited, and applying a saved decision's status
 * step to the initiative it concerns (the history entry refers to the decision).
 */
public final class DecisionsViewModel {

    /** A decision as edited: its text and the initiative it concerns, if any. */
    public static final class DecisionRow {
        private final UUID id;
        private final StringProperty text = new SimpleStringProperty(this, "text", "");
        private final ObjectProperty<InitiativeSummary> initiative = new SimpleObjectProperty<>(this, "initiative");

        DecisionRow(UUID id, String text, InitiativeSummary initiative) {
            this.id = id;
            this.text.set(text);
            this.initiative.set(initiative);
        }

        public UUID id() {
            return id;
        }

        public StringProperty textProperty() {
            return text;
        }

        public ObjectProperty<InitiativeSummary> initiativeProperty() {
            return initiative;
        }
    }

    private final Messages messages;
    private final InitiativeService initiatives;
    private final AgendaWork work;
    private final AgendaChoices choices;
    private final ObservableList<DecisionRow> rows = FXCollections.observableArrayList();

    DecisionsViewModel(Messages messages, InitiativeService initiatives, AgendaWork work, AgendaChoices choices,
                       Runnable touched) {
        this.messages = messages;
        this.initiatives = initiatives;
        this.work = work;
        this.choices = choices;
        rows.addListener((ListChangeListener<DecisionRow>) change -> {
            touched.run();
            while (change.next()) {
                change.getAddedSubList().forEach(row -> {
                    row.textProperty().addListener((o, a, b) -> touched.run());
                    row.initiativeProperty().addListener((o, a, b) -> touched.run());
                });
            }
        });
    }

    public ObservableList<DecisionRow> rows() {
        return rows;
    }

    void show(AgendaItem item) {
        rows.setAll(item.decisions().stream().map(decision -> new DecisionRow(decision.id(), decision.text(),
                choices.initiative(decision.initiativeId()))).toList());
    }

    /** A new row; it concerns the TOP's initiative when exactly one is linked. */
    void add(List<InitiativeSummary> linked) {
        rows.add(new DecisionRow(UUID.randomUUID(), "", linked.size() == 1 ? linked.get(0) : null));
    }

    /** The rows with text as decisions, keeping the classification and audit of those stored before. */
    List<Decision> recorded(AgendaItem loaded) {
        Map<UUID, Decision> before = new LinkedHashMap<>();
        loaded.decisions().forEach(decision -> before.put(decision.id(), decision));
        List<Decision> recorded = new ArrayList<>();
        for (DecisionRow row : rows) {
            if (row.textProperty().get().isBlank()) {
                continue;
            }
            Decision old = before.get(row.id());
            InitiativeSummary concerned = row.initiativeProperty().get();
            recorded.add(new Decision(row.id(), row.textProperty().get().strip(),
                    concerned == null ? null : concerned.id(),
                    old == null ? Classification.OFFEN : old.classification(), old == null ? null : old.audit()));
        }
        return recorded;
    }

    /** The steps the initiative a decision concerns may take now. */
    public List<InitiativeStatus> statusSteps(InitiativeSummary initiative) {
        // the summary does not know where a deferred one came from; the service checks that step
        return initiative == null ? List.of() : List.copyOf(initiative.status().allowedTargets(null));
    }

    /** The question before a decision's step: which initiative, in which status now. */
    public String applyHeader(DecisionRow row) {
        InitiativeSummary initiative = row.initiativeProperty().get();
        return messages.get("agenda.decision.applyHeader", initiative.number(), messages.label(initiative.status()));
    }

    /**
     * Moves the initiative a saved decision of TOP {@code topNumber} concerns to {@code target},
     * with the decision's text as the reason; {@code done} hears what happened.
     */
    void apply(DecisionRow row, String topNumber, InitiativeStatus target, Runnable applied, Consumer<String> done) {
        InitiativeSummary initiative = row.initiativeProperty().get();
        if (initiative == null || target == null) {
            return;
        }
        String reason = messages.get("agenda.decision.reason", topNumber, row.textProperty().get());
        work.run(() -> {
            initiatives.changeStatus(initiative.id(), target, reason, row.id());
            return initiatives.list();
        }, list -> {
            choices.initiativesLoaded(list);
            row.initiativeProperty().set(choices.initiative(initiative.id()));
            applied.run();
            done.accept(messages.get("agenda.decision.applied", initiative.number(), target));
        });
    }
}
