package de.digitaldialog.desk.service.briefing;

import de.digitaldialog.desk.domain.ActionItem;
import de.digitaldialog.desk.domain.AgendaItem;
import de.digitaldialog.desk.domain.Classification;
import de.digitaldialog.desk.domain.Decision;
import de.digitaldialog.desk.domain.DeskException;
import de.digitaldialog.desk.domain.Initiative;
import de.digitaldialog.desk.domain.MeetingSummary;
import de.digitaldialog.desk.domain.Milestone;
import de.digitaldialog.desk.domain.StatusChange;
import de.digitaldialog.desk.store.Store;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An initiative's one-pager: purpose, the ministries of both Länder, arena and further Länder,
 * status and history, milestones, linked decisions and action items, on one or two pages.
 */
final class InitiativeOnePager implements BriefingDocument {

    /** A decision about the initiative with the meeting and TOP it was taken on. */
    private record LinkedDecision(Decision decision, MeetingSummary meeting, AgendaItem item,
                                  Classification classification) {
    }

    private final Initiative initiative;
    private final BriefingOptions options;
    private final Texts texts;
    private final List<StatusChange> history;
    private final List<LinkedDecision> decisions;
    private final List<ActionItem> actionItems;
    private final boolean containsClassified;

    private InitiativeOnePager(Initiative initiative, BriefingOptions options, Texts texts,
                               List<StatusChange> history, List<LinkedDecision> decisions,
                               List<ActionItem> actionItems, boolean containsClassified) {
        this.initiative = initiative;
        this.options = options;
        this.texts = texts;
        this.history = history;
        this.decisions = decisions;
        this.actionItems = actionItems;
        this.containsClassified = containsClassified;
    }

    /** Reads the initiative with this number and what refers to it. */
    static InitiativeOnePager read(Store store, String number, BriefingOptions options, Texts texts) {
        Initiative initiative = store.initiatives().findByNumber(number)
                .orElseThrow(() -> new DeskException("error.briefing.unknownInitiative", number));
        UUID id = initiative.id();
        boolean include = options.includeClassified();
        if (initiative.classification() == Classification.VS_NFD && !include) {
            throw new DeskException("error.briefing.classifiedInitiative", initiative.number());
        }
        boolean classified = initiative.classification() == Classification.VS_NFD;

        Map<UUID, MeetingSummary> meetings = store.meetings().findSummaries().stream()
                .collect(Collectors.toMap(MeetingSummary::id, Function.identity()));
        List<LinkedDecision> decisions = new ArrayList<>();
        for (AgendaItem item : store.agendaItems().findByInitiative(id)) {
            MeetingSummary meeting = meetings.get(item.meetingId());
            Classification itemLevel = item.effectiveClassification(meeting.classification());
            boolean linksInitiative = item.initiativeIds().contains(id);
            for (Decision decision : item.decisions()) {
                boolean about = id.equals(decision.initiativeId())
                        || (decision.initiativeId() == null && linksInitiative);
                Classification level = decision.classification() == Classification.VS_NFD
                        ? Classification.VS_NFD : itemLevel;
                if (about && (include || level == Classification.OFFEN)) {
                    classified |= level == Classification.VS_NFD;
                    decisions.add(new LinkedDecision(decision, meeting, item, level));
                }
            }
        }
        decisions.sort(Comparator.comparing(d -> d.meeting().startsAt()));

        ActionItemLevels levels = new ActionItemLevels(store);
        List<ActionItem> actionItems = new ArrayList<>();
        for (ActionItem item : store.actionItems().findByInitiative(id)) {
            Classification level = levels.classification(item);
            if (include || level == Classification.OFFEN) {
                classified |= level == Classification.VS_NFD;
                actionItems.add(item);
            }
        }
        return new InitiativeOnePager(initiative, options, texts, store.statusChanges().findByInitiative(id),
                decisions, actionItems, include && classified);
    }

    @Override
    public String title() {
        return texts.get("briefing.initiative.title") + ": " + initiative.title();
    }

    @Override
    public String subject() {
        return texts.get("briefing.initiative.subject", initiative.number());
    }

    @Override
    public String fileReference() {
        return initiative.fileReference();
    }

    @Override
    public boolean containsClassified() {
        return containsClassified;
    }

    @Override
    public long steps() {
        return Section.values().length;
    }

    @Override
    public void write(Layout layout, Progress progress) {
        layout.title(initiative.title() + texts.classifiedSuffix(initiative.classification()),
                initiative.number() + " · " + String.join(", ",
                        initiative.themeAreaIds().stream().map(texts::themeArea).sorted().toList()));
        if (options.has(Section.PURPOSE)) {
            purpose(layout);
        }
        progress.step();
        if (options.has(Section.MINISTRIES)) {
            ministries(layout);
        }
        progress.step();
        if (options.has(Section.STATUS)) {
            status(layout);
        }
        progress.step();
        if (options.has(Section.MILESTONES)) {
            milestones(layout);
        }
        progress.step();
        if (options.has(Section.LINKED_DECISIONS)) {
            decisions(layout);
        }
        progress.step();
        if (options.has(Section.ACTION_ITEMS)) {
            layout.section(texts.get(Section.ACTION_ITEMS.key()));
            if (!layout.noneIf(actionItems.isEmpty())) {
                ActionItemTable.write(layout, actionItems);
            }
        }
        progress.step();
    }

    private void purpose(Layout layout) {
        layout.section(texts.get(Section.PURPOSE.key()));
        layout.paragraph(initiative.description());
        layout.fields()
                .add(texts.get("briefing.initiative.nextStep"), initiative.nextStep())
                .add(texts.get("briefing.initiative.period"), texts.get("briefing.initiative.periodValue",
                        texts.date(initiative.startDate()), texts.date(initiative.targetDate())))
                .done();
    }

    private void ministries(Layout layout) {
        layout.section(texts.get(Section.MINISTRIES.key()));
        Layout.Fields fields = layout.fields();
        initiative.leadMinistryByLand().entrySet().stream()
                .sorted(Comparator.comparing(entry -> landOrder(entry.getKey())))
                .forEach(entry -> fields.add(texts.get("briefing.initiative.lead", texts.land(entry.getKey())),
                        texts.ministryInFull(entry.getValue())));
        fields.add(texts.get("briefing.initiative.participating"), String.join("\n",
                        initiative.participatingMinistryIds().stream().map(texts::ministryInFull).sorted().toList()))
                .add(texts.get("briefing.initiative.arena"), texts.label(initiative.arena()))
                .add(texts.get("briefing.initiative.furtherLands"), String.join(", ",
                        initiative.furtherLandIds().stream().map(texts::land).sorted().toList()))
                .add(texts.get("briefing.initiative.contacts"), String.join("\n",
                        initiative.contactPersonIds().stream().map(texts::personWithMinistry).sorted().toList()))
                .done();
    }

    private int landOrder(UUID landId) {
        var land = texts.lands.get(landId);
        return land == null ? Integer.MAX_VALUE : land.sortOrder();
    }

    private void status(Layout layout) {
        layout.section(texts.get(Section.STATUS.key()));
        layout.fields()
                .add(texts.get("briefing.initiative.status"), texts.label(initiative.status()))
                .add(texts.get("briefing.initiative.trafficLight"), layout.trafficLight(initiative.trafficLight()))
                .add(texts.get("briefing.initiative.trafficLightReason"), initiative.trafficLightReason())
                .done();
        layout.subheading(texts.get("briefing.initiative.history"));
        if (!layout.noneIf(history.isEmpty())) {
            layout.bullets(history.stream().map(texts::historyLine).toList());
        }
    }

    private void milestones(Layout layout) {
        layout.section(texts.get(Section.MILESTONES.key()));
        List<Milestone> milestones = initiative.milestones();
        if (layout.noneIf(milestones.isEmpty())) {
            return;
        }
        Layout.Table table = layout.table(new float[] {56, 16, 28}, texts.get("briefing.column.milestone"),
                texts.get("briefing.column.due"), texts.get("briefing.column.status"));
        for (Milestone milestone : milestones) {
            table.row(milestone.title(), texts.date(milestone.dueDate()), milestone.done()
                    ? texts.get("briefing.milestone.done", texts.date(milestone.doneOn()))
                    : texts.get("briefing.milestone.open"));
        }
        table.finish();
    }

    private void decisions(Layout layout) {
        layout.section(texts.get(Section.LINKED_DECISIONS.key()));
        if (layout.noneIf(decisions.isEmpty())) {
            return;
        }
        DecisionTable.write(layout, decisions.stream().map(d -> new DecisionTable.Row(
                d.meeting().startsAt().toLocalDate(), d.meeting().title(), d.item().number(), d.decision().text(),
                d.classification())).toList());
    }
}
