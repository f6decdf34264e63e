package de.digitaldialog.desk.service.briefing;

import de.digitaldialog.desk.domain.AgendaItem;
import de.digitaldialog.desk.domain.AgendaOutcome;
import de.digitaldialog.desk.domain.Classification;
import de.digitaldialog.desk.domain.Decision;
import de.digitaldialog.desk.domain.Initiative;
import de.digitaldialog.desk.domain.InitiativeSummary;
import de.digitaldialog.desk.domain.Meeting;
import de.digitaldialog.desk.domain.MeetingMode;
import de.digitaldialog.desk.domain.MeetingStatus;
import de.digitaldialog.desk.domain.Ministry;
import de.digitaldialog.desk.domain.ThemeArea;
import de.digitaldialog.desk.workspace.Workspace;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The example data plus what the briefing tests need on a real H2 file database: a meeting held
 * a month ago with eight TOPs (one VS-NfD, one linking a VS-NfD initiative, decisions open and
 * VS-NfD), a VS-NfD meeting, and a VS-NfD initiative in E-Government.
 */
final class BriefingFixture {

    static final String CLASSIFIED_TOP = "Lagebild kritische Infrastrukturen";
    static final String CLASSIFIED_INITIATIVE = "Cybersicherheit für Kommunen";
    static final String CLASSIFIED_MEETING = "Vertrauliche Abstimmung Sicherheitslage";
    static final String CLASSIFIED_DECISION = "Vertrauliche Festlegung zur Meldepflicht";
    static final String OPEN_DECISION = "Gemeinsamer Rahmen für „Once only“ – Kosten unter 5 000 €";
    static final String TYPOGRAPHY_TOP = "„Gigabit“ – Förderung für Straßen, Schulen & Büros: 5 € je Anschluss";
    static final int TOPS = 8;

    final Workspace workspace;
    final String meetingNumber;
    final String classifiedMeetingNumber;
    final String classifiedInitiativeNumber;

    private BriefingFixture(Workspace workspace, String meetingNumber, String classifiedMeetingNumber,
                            String classifiedInitiativeNumber) {
        this.workspace = workspace;
        this.meetingNumber = meetingNumber;
        this.classifiedMeetingNumber = classifiedMeetingNumber;
        this.classifiedInitiativeNumber = classifiedInitiativeNumber;
    }

    static BriefingFixture open(Path folder) {
        Workspace workspace = Workspace.open(folder);
        try {
            workspace.demoData().load(false);
            String classifiedInitiative = classify(workspace, CLASSIFIED_INITIATIVE);
            return new BriefingFixture(workspace, longMeeting(workspace, classifiedInitiative),
                    classifiedMeeting(workspace), classifiedInitiative);
        } catch (RuntimeException e) {
            workspace.close();
            throw e;
        }
    }

    private static String classify(Workspace workspace, String title) {
        InitiativeSummary summary = workspace.initiatives().list().stream()
                .filter(i -> i.title().equals(title)).findFirst().orElseThrow();
        Initiative i = workspace.initiatives().load(summary.id());
        workspace.initiatives().save(new Initiative(i.id(), i.number(), i.title(), i.description(), i.themeAreaIds(),
                i.leadMinistryByLand(), i.participatingMinistryIds(), i.furtherLandIds(), i.contactPersonIds(),
                i.arena(), i.status(), i.deferredFrom(), i.trafficLight(), i.trafficLightReason(),
                Classification.VS_NFD, i.fileReference(), i.startDate(), i.targetDate(), i.nextStep(),
                i.milestones(), i.audit()), null);
        return i.number();
    }

    private static String longMeeting(Workspace workspace, String classifiedInitiative) {
        LocalDateTime start = LocalDateTime.now(Meeting.ZONE).minusMonths(1).truncatedTo(ChronoUnit.HOURS);
        Meeting meeting = workspace.meetings().create(meeting(workspace, "Ressortgespräch E-Government und Cyber-Sicherheit",
                start, Classification.OFFEN));
        UUID egov = themeArea(workspace, "EGOV");
        UUID classifiedId = workspace.initiatives().list().stream()
                .filter(i -> i.number().equals(classifiedInitiative)).findFirst().orElseThrow().id();
        UUID reuse = workspace.initiatives().list().stream()
                .filter(i -> i.title().startsWith("OZG-Umsetzung")).findFirst().orElseThrow().id();
        List<String> titles = new ArrayList<>(List.of("Begrüßung und Tagesordnung", TYPOGRAPHY_TOP,
                "Stand der Nachnutzung", CLASSIFIED_TOP, "Servicekonten", "Kommunale Cyberabwehr",
                "Berichte aus den Ressorts", "Verschiedenes"));
        for (int i = 0; i < TOPS; i++) {
            String title = titles.get(i);
            Classification level = title.equals(CLASSIFIED_TOP) ? Classification.VS_NFD : Classification.OFFEN;
            Set<UUID> initiatives = switch (i) {
                case 2 -> Set.of(reuse);
                case 5 -> Set.of(classifiedId);
                default -> Set.of();
            };
            List<Decision> decisions = i == 2
                    ? List.of(new Decision(UUID.randomUUID(), OPEN_DECISION, reuse, Classification.OFFEN, null),
                    new Decision(UUID.randomUUID(), CLASSIFIED_DECISION, reuse, Classification.VS_NFD, null))
                    : List.of();
            workspace.meetings().addAgendaItem(meeting.id(), new AgendaItem(UUID.randomUUID(), meeting.id(), null, 0,
                    title, egov, ministry(workspace, "StMD"), null, 20, "Hintergrund zu " + title + ".",
                    "Die Ressorts nehmen den Bericht zur Kenntnis.", "- Erster Sprechpunkt\n- Zweiter Sprechpunkt",
                    null, null, null, decisions.isEmpty() ? null : AgendaOutcome.BESCHLOSSEN, level, initiatives,
                    decisions, null));
        }
        return meeting.number();
    }

    private static String classifiedMeeting(Workspace workspace) {
        Meeting meeting = workspace.meetings().create(meeting(workspace, CLASSIFIED_MEETING,
                LocalDateTime.now(Meeting.ZONE).plusDays(14).truncatedTo(ChronoUnit.HOURS), Classification.VS_NFD));
        workspace.meetings().addAgendaItem(meeting.id(), new AgendaItem(UUID.randomUUID(), meeting.id(), null, 0,
                "Sicherheitslage", themeArea(workspace, "EGOV"), null, null, 30, null, null, null, null, null, null,
                null, Classification.OFFEN, Set.of(), List.of(), null));
        return meeting.number();
    }

    private static Meeting meeting(Workspace workspace, String title, LocalDateTime start,
                                   Classification classification) {
        UUID format = workspace.referenceData().meetingFormats().stream()
                .filter(f -> f.code().equals("RESSORTGESPRAECH")).findFirst().orElseThrow().id();
        return new Meeting(UUID.randomUUID(), null, format, title, MeetingMode.VIDEO, start, start.plusHours(3),
                null, "https://video.example.org/test", null, List.of(), MeetingStatus.GEPLANT, null, classification,
                "DD-TEST-1", null, List.of(), Set.of(), 0, null, false, null, null, null);
    }

    private static UUID themeArea(Workspace workspace, String code) {
        return workspace.referenceData().themeAreas().stream().filter(t -> t.code().equals(code))
                .map(ThemeArea::id).findFirst().orElseThrow();
    }

    private static UUID ministry(Workspace workspace, String abbreviation) {
        return workspace.referenceData().ministries().stream().filter(m -> m.abbreviation().equals(abbreviation))
                .map(Ministry::id).findFirst().orElseThrow();
    }

    void close() {
        workspace.close();
    }
}
