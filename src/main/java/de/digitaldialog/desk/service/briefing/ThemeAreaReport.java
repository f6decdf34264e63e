package de.digitaldialog.desk.service.briefing;

import de.digitaldialog.desk.domain.BestPracticeSummary;
import de.digitaldialog.desk.domain.Classification;
import de.digitaldialog.desk.domain.DeskException;
import de.digitaldialog.desk.domain.InitiativeStatus;
import de.digitaldialog.desk.domain.InitiativeSummary;
import de.digitaldialog.desk.domain.MeetingSummary;
import de.digitaldialog.desk.domain.ThemeArea;
import de.digitaldialog.desk.store.BriefingQueries.DecisionInMeeting;
import de.digitaldialog.desk.store.Store;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A theme area's status report: its initiatives grouped by status, the overdue ones, the
 * decisions of the last six months, the next meetings that touch the area and the best practices
 * of the area.
 */
final class ThemeAreaReport implements BriefingDocument {

    static final int DECISION_MONTHS = 6;

    private final ThemeArea area;
    private final BriefingOptions options;
    private final Texts texts;
    private final LocalDate today;
    private final List<InitiativeSummary> initiatives;
    private final List<DecisionInMeeting> decisions;
    private final List<MeetingSummary> meetings;
    private final List<BestPracticeSummary> practices;
    private final boolean containsClassified;

    private ThemeAreaReport(ThemeArea area, BriefingOptions options, Texts texts, LocalDate today,
                            List<InitiativeSummary> initiatives, List<DecisionInMeeting> decisions,
                            List<MeetingSummary> meetings, List<BestPracticeSummary> practices) {
        this.area = area;
        this.options = options;
        this.texts = texts;
        this.today = today;
        this.initiatives = initiatives;
        this.decisions = decisions;
        this.meetings = meetings;
        this.practices = practices;
        this.containsClassified = options.includeClassified()
                && (initiatives.stream().anyMatch(i -> i.classification() == Classification.VS_NFD)
                || decisions.stream().anyMatch(d -> d.effectiveClassification() == Classification.VS_NFD)
                || meetings.stream().anyMatch(m -> m.classification() == Classification.VS_NFD)
                || practices.stream().anyMatch(p -> p.classification() == Classification.VS_NFD));
    }

    /** Reads the theme area with this code (any case) and what its report lists, as of {@code now}. */
    static ThemeAreaReport read(Store store, String code, BriefingOptions options, Texts texts, LocalDateTime now) {
        ThemeArea area = store.themeAreas().findAll().stream()
                .filter(candidate -> candidate.code().equalsIgnoreCase(code)).findFirst()
                .orElseThrow(() -> new DeskException("error.briefing.unknownThemeArea", code));
        boolean include = options.includeClassified();
        List<InitiativeSummary> initiatives = store.initiatives().findSummaries(area.id()).stream()
                .filter(i -> include || i.classification() == Classification.OFFEN).toList();
        List<DecisionInMeeting> decisions = store.briefingQueries()
                .decisions(area.id(), now.minusMonths(DECISION_MONTHS), now).stream()
                .filter(d -> include || d.effectiveClassification() == Classification.OFFEN).toList();
        Set<UUID> touching = store.briefingQueries().meetingsTouching(area.id(), now);
        List<MeetingSummary> meetings = store.meetings().findSummaries().stream()
                .filter(m -> touching.contains(m.id()))
                .filter(m -> include || m.classification() == Classification.OFFEN).toList();
        List<BestPracticeSummary> practices = store.bestPractices().findSummaries().stream()
                .filter(p -> p.themeAreaCodes().contains(area.code()))
                .filter(p -> include || p.classification() == Classification.OFFEN).toList();
        return new ThemeAreaReport(area, options, texts, now.toLocalDate(), initiatives, decisions, meetings,
                practices);
    }

    @Override
    public String title() {
        return texts.get("briefing.themeArea.title") + ": " + texts.name(area.name());
    }

    @Override
    public String subject() {
        return texts.get("briefing.themeArea.subject", area.code(), texts.date(today));
    }

    @Override
    public String fileReference() {
        return null;
    }

    @Override
    public boolean containsClassified() {
        return containsClassified;
    }

    @Override
    public long steps() {
        return initiatives.size() * 2L + 2;
    }

    @Override
    public void write(Layout layout, Progress progress) {
        layout.title(texts.get("briefing.themeArea.title"), texts.name(area.name()) + " (" + area.code() + ")");
        layout.paragraph(texts.name(area.description()));
        layout.note(texts.get("briefing.themeArea.counts", initiatives.size(),
                initiatives.stream().filter(i -> i.isOverdue(today)).count()));
        if (options.has(Section.INITIATIVES)) {
            byStatus(layout, progress);
        }
        if (options.has(Section.OVERDUE)) {
            overdue(layout, progress);
        }
        if (options.has(Section.DECISIONS)) {
            decisions(layout);
        }
        progress.step();
        if (options.has(Section.MEETINGS)) {
            meetings(layout);
        }
        if (options.has(Section.BEST_PRACTICES)) {
            bestPractices(layout);
        }
        progress.step();
    }

    private void byStatus(Layout layout, Progress progress) {
        layout.section(texts.get(Section.INITIATIVES.key()));
        if (layout.noneIf(initiatives.isEmpty())) {
            return;
        }
        Map<InitiativeStatus, List<InitiativeSummary>> groups = initiatives.stream().collect(Collectors.groupingBy(
                InitiativeSummary::status, () -> new EnumMap<>(InitiativeStatus.class), Collectors.toList()));
        Layout.Table table = layout.table(new float[] {16, 34, 12, 18, 20}, texts.get("briefing.column.number"),
                texts.get("briefing.column.title"), texts.get("briefing.column.trafficLight"),
                texts.get("briefing.column.lead"), texts.get("briefing.column.nextMilestone"));
        groups.forEach((status, rows) -> {
            table.group(texts.label(status) + " (" + rows.size() + ")");
            for (InitiativeSummary row : rows) {
                table.row(row.number(), row.title() + texts.classifiedSuffix(row.classification()),
                        layout.trafficLight(row.trafficLight()), String.join(", ", row.leadMinistries()),
                        row.nextMilestoneTitle() == null ? null
                                : row.nextMilestoneTitle() + " (" + texts.date(row.nextMilestoneDue()) + ")");
                progress.step();
            }
        });
        table.finish();
    }

    private void overdue(Layout layout, Progress progress) {
        layout.section(texts.get(Section.OVERDUE.key()));
        List<InitiativeSummary> late = initiatives.stream().filter(i -> i.isOverdue(today)).toList();
        if (layout.noneIf(late.isEmpty())) {
            return;
        }
        Layout.Table table = layout.table(new float[] {16, 38, 30, 16}, texts.get("briefing.column.number"),
                texts.get("briefing.column.title"), texts.get("briefing.column.overdueItem"),
                texts.get("briefing.column.due"));
        for (InitiativeSummary row : late) {
            boolean milestone = row.isMilestoneOverdue(today);
            table.row(row.number(), row.title() + texts.classifiedSuffix(row.classification()),
                    milestone ? row.nextMilestoneTitle() : texts.get("briefing.themeArea.targetDate"),
                    texts.date(milestone ? row.nextMilestoneDue() : row.targetDate()));
            progress.step();
        }
        table.finish();
    }

    private void decisions(Layout layout) {
        layout.section(texts.get(Section.DECISIONS.key()));
        if (decisions.isEmpty()) {
            layout.note(texts.get("briefing.themeArea.noDecisions", DECISION_MONTHS));
            return;
        }
        DecisionTable.write(layout, decisions.stream().map(d -> new DecisionTable.Row(d.meetingStart().toLocalDate(),
                d.meetingTitle(), d.agendaNumber(), d.text(), d.effectiveClassification())).toList());
    }

    private void meetings(Layout layout) {
        layout.section(texts.get(Section.MEETINGS.key()));
        if (layout.noneIf(meetings.isEmpty())) {
            return;
        }
        Layout.Table table = layout.table(new float[] {22, 16, 42, 20}, texts.get("briefing.column.date"),
                texts.get("briefing.column.number"), texts.get("briefing.column.title"),
                texts.get("briefing.column.format"));
        for (MeetingSummary meeting : meetings) {
            table.row(texts.date(meeting.startsAt().toLocalDate()) + ", " + texts.time(meeting.startsAt()),
                    meeting.number(), meeting.title() + texts.classifiedSuffix(meeting.classification()),
                    texts.name(meeting.formatName()));
        }
        table.finish();
    }

    private void bestPractices(Layout layout) {
        layout.section(texts.get(Section.BEST_PRACTICES.key()));
        if (layout.noneIf(practices.isEmpty())) {
            return;
        }
        Layout.Table table = layout.table(new float[] {15, 29, 18, 20, 18}, texts.get("briefing.column.number"),
                texts.get("briefing.column.title"), texts.get("briefing.column.owner"),
                texts.get("briefing.column.transferability"), texts.get("briefing.column.adoption"));
        for (BestPracticeSummary practice : practices) {
            String owner = texts.landByCode(practice.landCode())
                    + (practice.ministryAbbreviation() == null ? "" : ", " + practice.ministryAbbreviation());
            table.row(practice.number(), practice.title() + texts.classifiedSuffix(practice.classification()), owner,
                    texts.label(practice.transferability()), texts.label(practice.adoption()));
        }
        table.finish();
    }
}
