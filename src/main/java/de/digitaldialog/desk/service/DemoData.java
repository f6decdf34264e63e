package de.digitaldialog.desk.service;

import de.digitaldialog.desk.domain.Arena;
import de.digitaldialog.desk.domain.Adoption;
import de.digitaldialog.desk.domain.BestPractice;
import de.digitaldialog.desk.domain.Classification;
import de.digitaldialog.desk.domain.DeskException;
import de.digitaldialog.desk.domain.Initiative;
import de.digitaldialog.desk.domain.InitiativeStatus;
import de.digitaldialog.desk.domain.Milestone;
import de.digitaldialog.desk.domain.Person;
import de.digitaldialog.desk.domain.Salutation;
import de.digitaldialog.desk.domain.TrafficLight;
import de.digitaldialog.desk.domain.Transferability;
import de.digitaldialog.desk.store.Database;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Example data for trying the program: the joint cabinet session of Bavaria and North
 * Rhine-Westphalia on Tuesday, 12 March 2019 in the Munich Residenz, where the Digitaldialog
 * was launched, its follow-up meetings, and believable initiatives in every theme area. It is
 * loaded in one transaction through the same services a person uses.
 */
public final class DemoData {

    /** What was loaded. */
    public record Result(int initiatives, int meetings) {
    }

    private final Database database;
    private final ReferenceDataService referenceData;
    private final InitiativeService initiatives;
    private final MeetingService meetings;
    private final BestPracticeService bestPractices;
    private final CurrentUser user;

    public DemoData(Database database, ReferenceDataService referenceData, InitiativeService initiatives,
             MeetingService meetings, BestPracticeService bestPractices, CurrentUser user) {
        this.database = database;
        this.referenceData = referenceData;
        this.initiatives = initiatives;
        this.meetings = meetings;
        this.bestPractices = bestPractices;
        this.user = user;
    }

    /**
     * Loads the example data; refused while the database already holds initiatives or meetings,
     * unless {@code force}, so nobody's real work is mixed with examples by accident.
     */
    public Result load(boolean force) {
        return database.inTransaction(store -> {
            if (!force && !store.statistics().holdsNoWork()) {
                throw new DeskException("error.demo.notEmpty");
            }
            Catalog catalog = new Catalog(referenceData);
            People people = new People(catalog, referenceData);
            List<Initiative> created = new ArrayList<>();
            for (InitiativeSeed seed : DemoInitiatives.SEEDS) {
                created.add(createInitiative(seed, catalog, people));
            }
            int meetingCount = new DemoMeetings(catalog, people, meetings, user.clock())
                    .load(created);
            loadBestPractices(catalog, people);
            return new Result(created.size(), meetingCount);
        });
    }

    /**
     * Generates {@code count} made-up initiatives (deterministic for a seed) in one transaction,
     * for tests and measurements; allowed beside existing data, they only add.
     */
    public DemoDataGenerator.Result generate(int count, long seed) {
        return new DemoDataGenerator(database, referenceData, user).generate(count, seed);
    }

    private Initiative createInitiative(InitiativeSeed seed, Catalog catalog, People people) {
        List<Milestone> milestones = seed.milestones().stream()
                .map(m -> new Milestone(UUID.randomUUID(), m.title(), m.due(), m.done(), m.done() ? m.due() : null, null))
                .toList();
        Initiative draft = new Initiative(UUID.randomUUID(), null, seed.title(), seed.description(),
                catalog.themeAreaIds(seed.themes()),
                Map.of(catalog.land("DE-BY"), catalog.ministry("DE-BY", seed.leadBavaria()),
                        catalog.land("DE-NW"), catalog.ministry("DE-NW", seed.leadNorthRhineWestphalia())),
                catalog.ministryIds(seed.participants()), catalog.landIds(seed.furtherLaender()),
                Set.of(people.coordinatorBavaria(), people.coordinatorNorthRhineWestphalia()),
                seed.arena(), InitiativeStatus.IDEE, null, seed.trafficLight(), seed.trafficLightReason(),
                seed.classification(), seed.fileReference(), seed.start(), seed.target(), seed.nextStep(),
                milestones, null);
        Initiative initiative = initiatives.create(draft, "Im Digitaldialog vereinbart");
        for (StatusStep step : seed.steps()) {
            initiative = initiatives.changeStatus(initiative.id(), step.status(), step.reason(), null);
        }
        return initiative;
    }

    private void loadBestPractices(Catalog catalog, People people) {
        bestPractices.create(new BestPractice(UUID.randomUUID(), "BayernPortal mit BayernID",
                Set.of(catalog.themeArea("EGOV")), catalog.land("DE-BY"), catalog.ministry("DE-BY", "StMD"),
                "Zentrales Verwaltungsportal mit Servicekonto für Bürgerinnen, Bürger und Unternehmen; "
                        + "Onlinedienste der Kommunen und des Freistaats an einer Stelle.",
                people.coordinatorBavaria(), "https://www.freistaat.bayern", Transferability.HOCH,
                Adoption.UEBERNOMMEN, null, Set.of(), Classification.OFFEN, null));
        bestPractices.create(new BestPractice(UUID.randomUUID(), "LOGINEO NRW",
                Set.of(catalog.themeArea("BILDUNG")), catalog.land("DE-NW"), catalog.ministry("DE-NW", "MSB"),
                "Datenschutzkonforme Arbeits- und Kommunikationsplattform für Schulen mit Lernmanagement "
                        + "und Messenger, betrieben für alle öffentlichen Schulen des Landes.",
                people.coordinatorNorthRhineWestphalia(), "https://www.logineo.nrw.de", Transferability.MITTEL,
                Adoption.GEPLANT, null, Set.of(), Classification.OFFEN, null));
        bestPractices.create(new BestPractice(UUID.randomUUID(), "Digitalbonus Bayern",
                Set.of(catalog.themeArea("INFRA")), catalog.land("DE-BY"), catalog.ministry("DE-BY", "StMWi"),
                "Förderprogramm für kleine und mittlere Unternehmen zur Digitalisierung von Produkten, "
                        + "Prozessen und zur IT-Sicherheit, mit einfachem Online-Antrag.",
                null, "https://www.stmwi.bayern.de", Transferability.HOCH,
                Adoption.ABGELEHNT, "Eigenes Förderprogramm „Mittelstand Innovativ & Digital“ läuft bereits.",
                Set.of(), Classification.OFFEN, null));
        bestPractices.create(new BestPractice(UUID.randomUUID(), "Cyberabwehr-Lagebild Kommunen",
                Set.of(catalog.themeArea("CYBER")), catalog.land("DE-NW"), catalog.ministry("DE-NW", "IM"),
                "Gemeinsames Lagebild von Land und Kommunen zu Cyberangriffen mit Meldeweg, "
                        + "Warnmeldungen und abgestimmten Reaktionsplänen.",
                null, null, Transferability.MITTEL, Adoption.OFFEN, null, Set.of(), Classification.VS_NFD, null));
    }

    /** A status step an example initiative has gone through, with its reason. */
    record StatusStep(InitiativeStatus status, String reason) {
    }

    /** A milestone of an example initiative. */
    record MilestoneSeed(String title, LocalDate due, boolean done) {
    }

    /** One example initiative, by codes and abbreviations rather than ids. */
    record InitiativeSeed(List<String> themes, String title, String description, String leadBavaria,
                          String leadNorthRhineWestphalia, List<String> participants,
                          List<String> furtherLaender, Arena arena, List<StatusStep> steps,
                          TrafficLight trafficLight, String trafficLightReason,
                          Classification classification, String fileReference, LocalDate start,
                          LocalDate target, String nextStep, List<MilestoneSeed> milestones) {
    }

    /** The persons of the example data: the two heads of government and their coordinators. */
    static final class People {

        private final Map<String, UUID> byKey = new HashMap<>();

        People(Catalog catalog, ReferenceDataService persons) {
            add(persons, "soeder", Salutation.HERR, null, "Markus", "Söder", "Ministerpräsident",
                    1, catalog.ministry("DE-BY", "StK"));
            add(persons, "laschet", Salutation.HERR, null, "Armin", "Laschet", "Ministerpräsident",
                    1, catalog.ministry("DE-NW", "StK NRW"));
            add(persons, "herrmann", Salutation.HERR, "Dr.", "Florian", "Herrmann",
                    "Leiter der Staatskanzlei und Staatsminister für Bundes- und Europaangelegenheiten", 5,
                    catalog.ministry("DE-BY", "StK"));
            add(persons, "liminski", Salutation.HERR, null, "Nathanael", "Liminski",
                    "Chef der Staatskanzlei, Staatssekretär", 5, catalog.ministry("DE-NW", "StK NRW"));
            add(persons, "gerlach", Salutation.FRAU, null, "Judith", "Gerlach",
                    "Staatsministerin für Digitales", 10, catalog.ministry("DE-BY", "StMD"));
            add(persons, "pinkwart", Salutation.HERR, "Prof. Dr.", "Andreas", "Pinkwart",
                    "Minister für Wirtschaft, Innovation, Digitalisierung und Energie", 10,
                    catalog.ministry("DE-NW", "MWIDE"));
            add(persons, "huber", Salutation.FRAU, "Dr.", "Katrin", "Huber",
                    "Referatsleiterin, Koordinierung Digitaldialog", 40, catalog.ministry("DE-BY", "StK"));
            add(persons, "becker", Salutation.HERR, null, "Jan", "Becker",
                    "Referent, Koordinierung Digitaldialog", 50, catalog.ministry("DE-NW", "StK NRW"));
        }

        private void add(ReferenceDataService persons, String key,
                         Salutation salutation, String title, String first, String last, String function,
                         int rank, UUID ministry) {
            String email = key.equals("huber") ? "katrin.huber@stk.bayern.example"
                    : key.equals("becker") ? "jan.becker@stk.nrw.example" : null;
            Person person = persons.savePerson(new Person(UUID.randomUUID(), salutation, title, first, last,
                    function, rank, ministry, email, null, null));
            byKey.put(key, person.id());
        }

        UUID get(String key) {
            return byKey.get(key);
        }

        UUID coordinatorBavaria() {
            return byKey.get("huber");
        }

        UUID coordinatorNorthRhineWestphalia() {
            return byKey.get("becker");
        }
    }
}
