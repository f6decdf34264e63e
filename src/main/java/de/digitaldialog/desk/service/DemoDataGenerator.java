package de.digitaldialog.desk.service;

import de.digitaldialog.desk.domain.Actor;
import de.digitaldialog.desk.domain.Arena;
import de.digitaldialog.desk.domain.Classification;
import de.digitaldialog.desk.domain.Initiative;
import de.digitaldialog.desk.domain.InitiativeStatus;
import de.digitaldialog.desk.domain.Installation;
import de.digitaldialog.desk.domain.Land;
import de.digitaldialog.desk.domain.Milestone;
import de.digitaldialog.desk.domain.Ministry;
import de.digitaldialog.desk.domain.StatusChange;
import de.digitaldialog.desk.domain.ThemeArea;
import de.digitaldialog.desk.domain.TrafficLight;
import de.digitaldialog.desk.store.Database;
import de.digitaldialog.desk.store.Store;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Generates many believable initiatives for tests and measurements ({@code desk demo
 * --initiatives N}): the same seed gives the same titles, areas, ministries, states, traffic lights,
 * dates and milestones. Everything is written in one transaction through the repositories, in
 * batches of drafts, each with its status history from {@code IDEE} to where it stands, so the
 * rows obey the same rules as those a person creates.
 */
public final class DemoDataGenerator {

    /** What was generated, and how long it took. */
    public record Result(int initiatives, long millis) {
    }

    public static final long DEFAULT_SEED = 20190312L;
    private static final int BATCH = 1_000;

    private static final Map<String, List<String>> SUBJECTS = Map.of(
            "KI", List.of("KI-Anwendungen in der Verwaltung", "Supercomputing-Kapazitäten", "KI-Reallabore",
                    "vertrauenswürdige KI", "KI in der Medizinforschung", "Datenräume für KI-Training",
                    "KI-Kompetenzzentren", "Sprachmodelle für Behörden"),
            "INFRA", List.of("Gigabitausbau im ländlichen Raum", "5G-Korridore an Autobahnen", "Mobilfunklücken",
                    "offene Datenplattformen", "digitale Gründerzentren", "Glasfaser an Schulen",
                    "Rechenzentren und Abwärme", "Industrie 4.0 im Mittelstand"),
            "EGOV", List.of("das Onlinezugangsgesetz", "digitale Bauanträge", "die elektronische Akte",
                    "Servicekonten und BundID", "Registermodernisierung", "digitale Kfz-Zulassung",
                    "E-Rechnung", "Once-Only-Verfahren"),
            "ARBEIT", List.of("mobiles Arbeiten im öffentlichen Dienst", "Weiterbildung in Digitalberufen",
                    "Plattformarbeit", "digitale Personalakten", "Fachkräftegewinnung IT",
                    "Arbeitsschutz im Homeoffice", "Qualifizierung für KI", "Co-Working im ländlichen Raum"),
            "BILDUNG", List.of("digitale Lernplattformen", "Lehrkräftefortbildung Medienkompetenz",
                    "Schul-WLAN", "digitale Prüfungen", "Informatik als Pflichtfach", "Bildungsclouds",
                    "Open Educational Resources", "Endgeräte für Schülerinnen und Schüler"),
            "EHEALTH", List.of("Telemedizin in der Fläche", "die elektronische Patientenakte",
                    "digitale Pflegedokumentation", "Krankenhaus-IT-Sicherheit", "E-Rezept",
                    "Gesundheitsdatennutzung", "Videosprechstunden", "digitale Notfallversorgung"),
            "CYBER", List.of("Cyberabwehr der Kommunen", "Lagebilder zu Cyberangriffen",
                    "IT-Sicherheit kritischer Infrastrukturen", "Awareness in Behörden",
                    "Ermittlungen bei Cybercrime", "sichere Verschlüsselung", "Notfallübungen IT",
                    "Schwachstellenmanagement"),
            "MOBIL", List.of("autonomes Fahren", "digitale Verkehrssteuerung", "Mobilitätsplattformen",
                    "Ladeinfrastruktur-Daten", "Echtzeitfahrpläne", "Drohnen in der Logistik",
                    "vernetzte Bahnstrecken", "On-Demand-Verkehre"));
    private static final List<String> ACTIONS = List.of("Gemeinsame Strategie für", "Pilotprojekt zu",
            "Länderübergreifende Plattform für", "Förderprogramm für", "Arbeitsgruppe zu", "Rechtsrahmen für",
            "Modellregion für", "Studie zu", "Standards für", "Bundesratsinitiative zu", "Kompetenznetz für",
            "Leitfaden zu");
    private static final List<String> PLACES = List.of("", "", "", " in Kommunen", " im ländlichen Raum",
            " in Ballungsräumen", " an Hochschulen", " im Mittelstand");
    private static final List<String> PURPOSES = List.of("Doppelarbeit vermeiden", "Erfahrungen austauschen",
            "gemeinsame Standards setzen", "Bundesmittel gemeinsam einwerben", "Lösungen nachnutzen",
            "eine gemeinsame Position für den Bund erarbeiten");
    private static final List<String> NEXT_STEPS = List.of("Eckpunkte abstimmen", "Ressortabstimmung einleiten",
            "Kabinettsvorlage vorbereiten", "Workshop mit den Kommunen", "Ausschreibung vorbereiten",
            "Zwischenbericht an die Staatskanzleien", "Bundesratsantrag formulieren", "Pilotkommunen auswählen",
            "Finanzierung klären", "Evaluation auswerten");
    private static final List<String> MILESTONES = List.of("Eckpunkte beschlossen", "Projektstart",
            "Zwischenbericht", "Pilotbetrieb", "Evaluation", "Abschlussbericht", "Kabinettsbefassung",
            "Ausschreibung veröffentlicht");
    private static final List<InitiativeStatus> FORWARD = List.of(InitiativeStatus.IDEE,
            InitiativeStatus.IN_ABSTIMMUNG, InitiativeStatus.BESCHLOSSEN, InitiativeStatus.IN_UMSETZUNG,
            InitiativeStatus.ABGESCHLOSSEN);

    private final Database database;
    private final ReferenceDataService referenceData;
    private final CurrentUser user;

    DemoDataGenerator(Database database, ReferenceDataService referenceData, CurrentUser user) {
        this.database = database;
        this.referenceData = referenceData;
        this.user = user;
    }

    /** Generates {@code count} initiatives from {@code seed}, in one transaction. */
    public Result generate(int count, long seed) {
        if (count < 0) {
            throw new IllegalArgumentException("count " + count);
        }
        long started = System.nanoTime();
        Pools pools = new Pools(referenceData, user.clock().instant().atZone(ZoneId.of("Europe/Berlin"))
                .toLocalDate());
        Actor actor = user.now();
        Installation installation = user.installation();
        Random random = new Random(seed);
        database.inTransaction(store -> {
            for (int done = 0; done < count; done += BATCH) {
                List<Draft> batch = new ArrayList<>(BATCH);
                for (int i = done; i < Math.min(count, done + BATCH); i++) {
                    batch.add(draft(random, pools));
                }
                save(store, batch, actor, installation);
            }
            return null;
        });
        return new Result(count, (System.nanoTime() - started) / 1_000_000);
    }

    /** An initiative and the status steps it went through. */
    private record Draft(Initiative initiative, List<InitiativeStatus> path) {
    }

    private void save(Store store, List<Draft> batch, Actor actor, Installation installation) {
        for (Draft draft : batch) {
            Initiative initiative = draft.initiative();
            String number = store.installations().nextNumber(installation, "INI");
            Initiative numbered = initiative.withNumber(number).withAudit(null);
            store.initiatives().save(numbered, actor);
            InitiativeStatus from = null;
            for (InitiativeStatus to : draft.path()) {
                store.statusChanges().append(new StatusChange(UUID.randomUUID(), initiative.id(), actor.at(),
                        actor.signature(), actor.ministry(), StatusChange.Kind.STATUS,
                        from == null ? null : from.name(), to.name(),
                        from == null ? "Erzeugte Beispieldaten" : "Im Ressortkreis abgestimmt", null), actor);
                from = to;
            }
        }
    }

    private Draft draft(Random random, Pools pools) {
        ThemeArea area = pick(random, pools.areas);
        Set<UUID> areas = new LinkedHashSet<>();
        areas.add(area.id());
        if (random.nextInt(4) == 0) {
            areas.add(pick(random, pools.areas).id());
        }
        String subject = pick(random, SUBJECTS.getOrDefault(area.code(), List.of("Digitalisierung")));
        String title = pick(random, ACTIONS) + " " + subject + pick(random, PLACES);
        String purpose = pick(random, PURPOSES);
        String description = "Bayern und Nordrhein-Westfalen wollen bei " + subject + " " + purpose
                + ". Die Federführung liegt bei den Fachressorts beider Länder; die Staatskanzleien koordinieren.";

        Ministry leadBavaria = pick(random, pools.ministriesBavaria);
        Ministry leadNrw = pick(random, pools.ministriesNrw);
        Map<UUID, UUID> leads = Map.of(pools.bavaria, leadBavaria.id(), pools.nrw, leadNrw.id());
        Set<UUID> participants = new LinkedHashSet<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            Ministry other = random.nextBoolean() ? pick(random, pools.ministriesBavaria)
                    : pick(random, pools.ministriesNrw);
            if (!other.equals(leadBavaria) && !other.equals(leadNrw)) {
                participants.add(other.id());
            }
        }
        Arena arena = weighted(random, Arena.values(), 55, 25, 12, 8);
        Set<UUID> furtherLands = new LinkedHashSet<>();
        if (arena != Arena.BILATERAL && !pools.others.isEmpty()) {
            for (int i = 1 + random.nextInt(3); i > 0; i--) {
                furtherLands.add(pick(random, pools.others).id());
            }
        }

        InitiativeStatus status = weighted(random, InitiativeStatus.values(), 15, 20, 15, 25, 12, 8, 5);
        List<InitiativeStatus> path = path(random, status);
        InitiativeStatus deferredFrom = status == InitiativeStatus.ZURUECKGESTELLT ? path.get(path.size() - 2) : null;

        LocalDate start = pools.today.minusDays(30 + random.nextInt(5 * 365));
        LocalDate target = start.plusDays(180 + random.nextInt(3 * 365));
        TrafficLight light = weighted(random, TrafficLight.values(), 60, 28, 12);
        String lightReason = light == TrafficLight.GRUEN ? null
                : light == TrafficLight.GELB ? "Zeitplan knapp, Abstimmung dauert länger" : "Finanzierung offen";
        List<Milestone> milestones = new ArrayList<>();
        int milestoneCount = random.nextInt(4);
        long span = Math.max(1, ChronoUnit.DAYS.between(start, target));
        for (int i = 0; i < milestoneCount; i++) {
            LocalDate due = start.plusDays(span * (i + 1) / (milestoneCount + 1));
            // a closed or dropped initiative has no open milestone left behind
            boolean done = due.isBefore(pools.today)
                    && (status == InitiativeStatus.ABGESCHLOSSEN || status == InitiativeStatus.VERWORFEN
                    || random.nextInt(5) > 0);
            milestones.add(new Milestone(UUID.randomUUID(), MILESTONES.get((i + random.nextInt(3)) % MILESTONES.size()),
                    due, done, done ? due : null, null));
        }
        Classification classification = random.nextInt(20) == 0 ? Classification.VS_NFD : Classification.OFFEN;
        String fileReference = "DD-" + area.code() + "-" + (start.getYear()) + "/" + (100 + random.nextInt(900));
        Initiative initiative = new Initiative(UUID.randomUUID(), null, title, description, areas, leads,
                participants, furtherLands, Set.of(), arena, status, deferredFrom, light, lightReason,
                classification, fileReference, start, target, pick(random, NEXT_STEPS), milestones, null);
        return new Draft(initiative, path);
    }

    /** The steps from IDEE to {@code status} the transition rules allow, {@code status} last. */
    private static List<InitiativeStatus> path(Random random, InitiativeStatus status) {
        List<InitiativeStatus> path = new ArrayList<>();
        int forward = FORWARD.indexOf(status);
        if (forward >= 0) {
            path.addAll(FORWARD.subList(0, forward + 1));
            return path;
        }
        // set aside or dropped from one of the four open states
        path.addAll(FORWARD.subList(0, 1 + random.nextInt(4)));
        path.add(status);
        return path;
    }

    private static <T> T pick(Random random, List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    private static <T> T weighted(Random random, T[] values, int... weights) {
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int roll = random.nextInt(total);
        for (int i = 0; i < values.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }

    /** The reference data the drafts pick from, in a stable order. */
    private static final class Pools {

        final List<ThemeArea> areas;
        final UUID bavaria;
        final UUID nrw;
        final List<Ministry> ministriesBavaria;
        final List<Ministry> ministriesNrw;
        final List<Land> others;
        final LocalDate today;

        Pools(ReferenceDataService referenceData, LocalDate today) {
            this.today = today;
            areas = referenceData.themeAreas();
            Map<String, Land> lands = new HashMap<>();
            referenceData.lands().forEach(land -> lands.put(land.code(), land));
            bavaria = lands.get(Land.BAVARIA).id();
            nrw = lands.get(Land.NORTH_RHINE_WESTPHALIA).id();
            List<Ministry> ministries = referenceData.ministries().stream()
                    .filter(ministry -> ministry.isValidOn(today))
                    .sorted(Comparator.comparing(Ministry::abbreviation)).toList();
            ministriesBavaria = of(ministries, referenceData, bavaria);
            ministriesNrw = of(ministries, referenceData, nrw);
            others = referenceData.lands().stream()
                    .filter(land -> !land.id().equals(bavaria) && !land.id().equals(nrw))
                    .sorted(Comparator.comparing(Land::code)).toList();
        }

        /** The Land's ministries valid today; all of them should a cabinet change have closed every one. */
        private static List<Ministry> of(List<Ministry> valid, ReferenceDataService referenceData, UUID land) {
            List<Ministry> current = valid.stream().filter(m -> m.landId().equals(land)).toList();
            return !current.isEmpty() ? current : referenceData.ministries().stream()
                    .filter(m -> m.landId().equals(land))
                    .sorted(Comparator.comparing(Ministry::abbreviation)).toList();
        }
    }
}
