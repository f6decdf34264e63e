package de.digitaldialog.desk.service;

import static de.digitaldialog.desk.domain.InitiativeStatus.BESCHLOSSEN;
import static de.digitaldialog.desk.domain.InitiativeStatus.IN_ABSTIMMUNG;
import static de.digitaldialog.desk.domain.InitiativeStatus.IN_UMSETZUNG;
import static de.digitaldialog.desk.domain.InitiativeStatus.ABGESCHLOSSEN;
import static de.digitaldialog.desk.domain.InitiativeStatus.ZURUECKGESTELLT;

import de.digitaldialog.desk.domain.Arena;
import de.digitaldialog.desk.domain.Classification;
import de.digitaldialog.desk.domain.TrafficLight;
import de.digitaldialog.desk.service.DemoData.InitiativeSeed;
import de.digitaldialog.desk.service.DemoData.MilestoneSeed;
import de.digitaldialog.desk.service.DemoData.StatusStep;
import java.time.LocalDate;
import java.util.List;

/** The example initiatives: two in every theme area, at different stages. */
final class DemoInitiatives {

    private static final StatusStep AGREED = new StatusStep(IN_ABSTIMMUNG, "Ressortabstimmung eingeleitet");
    private static final StatusStep ADOPTED = new StatusStep(BESCHLOSSEN, "Von beiden Kabinetten beschlossen");
    private static final StatusStep STARTED = new StatusStep(IN_UMSETZUNG, "Projektauftrag erteilt");
    private static final StatusStep DONE = new StatusStep(ABGESCHLOSSEN, "Abschlussbericht vorgelegt");

    private DemoInitiatives() {
    }

    private static MilestoneSeed milestone(String title, String due, boolean done) {
        return new MilestoneSeed(title, LocalDate.parse(due), done);
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    static final List<InitiativeSeed> SEEDS = List.of(
            new InitiativeSeed(List.of("KI"), "KI-Kompetenznetzwerk der Hochschulen Bayern–NRW",
                    "Die KI-Professuren beider Länder vernetzen sich zu gemeinsamen Forschungsschwerpunkten, "
                            + "Promotionsprogrammen und einem jährlichen KI-Forum.",
                    "StMWK", "MKW", List.of("DE-BY/StMD", "DE-NW/MWIDE"), List.of(), Arena.BILATERAL,
                    List.of(AGREED, ADOPTED, STARTED), TrafficLight.GRUEN, null, Classification.OFFEN,
                    "DD-KI-2019-01", date("2019-05-01"), date("2027-12-31"),
                    "Ausschreibung des dritten gemeinsamen Promotionskollegs",
                    List.of(milestone("Gründungsvereinbarung unterzeichnet", "2019-10-15", true),
                            milestone("Erstes gemeinsames KI-Forum", "2020-06-30", true),
                            milestone("Drittes Promotionskolleg ausgeschrieben", "2027-03-31", false))),
            new InitiativeSeed(List.of("KI", "INFRA"), "Supercomputing-Verbund für KI-Anwendungen",
                    "Rechenzeit der Höchstleistungsrechenzentren in Garching und Jülich wird für KI-Projekte "
                            + "aus Verwaltung und Mittelstand beider Länder gemeinsam bereitgestellt.",
                    "StMWK", "MKW", List.of("DE-BY/StMWi", "DE-NW/MWIDE"), List.of("DE-BW"),
                    Arena.BUNDESREGIERUNG, List.of(AGREED, ADOPTED), TrafficLight.GELB,
                    "Finanzierungszusage des Bundes steht aus", Classification.OFFEN, "DD-KI-2019-02",
                    date("2019-09-01"), date("2027-06-30"), "Gespräch mit dem BMBF zur Kofinanzierung",
                    List.of(milestone("Bedarfserhebung abgeschlossen", "2020-03-31", true),
                            milestone("Kofinanzierung des Bundes geklärt", "2026-09-30", false))),
            new InitiativeSeed(List.of("INFRA"), "Gigabitausbau: gemeinsame Position zur Förderrichtlinie des Bundes",
                    "Bayern und Nordrhein-Westfalen bringen eine abgestimmte Stellungnahme zur Gigabit-Förderung "
                            + "in den Bundesrat ein: einfachere Verfahren, Vorrang für unterversorgte Gebiete.",
                    "StMFH", "MWIDE", List.of(), List.of("DE-NI", "DE-HE"), Arena.BUNDESRAT,
                    List.of(AGREED, ADOPTED, STARTED, DONE), TrafficLight.GRUEN, null, Classification.OFFEN,
                    "DD-INFRA-2019-01", date("2019-04-01"), date("2020-12-31"), null,
                    List.of(milestone("Entschließungsantrag im Bundesrat", "2020-05-15", true))),
            new InitiativeSeed(List.of("INFRA", "MOBIL"), "5G-Modellregionen entlang der Verkehrsachsen",
                    "Gemeinsame Modellregionen für 5G-Anwendungen in Logistik und Verkehr mit Erfahrungsaustausch "
                            + "zu Genehmigungsverfahren und Standortsuche.",
                    "StMWi", "MWIDE", List.of("DE-BY/StMB", "DE-NW/VM"), List.of(), Arena.BILATERAL,
                    List.of(AGREED), TrafficLight.ROT, "Standortgenehmigungen verzögert",
                    Classification.OFFEN, "DD-INFRA-2020-02", date("2020-02-01"), date("2026-12-31"),
                    "Klärung der Standortfragen mit den Netzbetreibern",
                    List.of(milestone("Modellregionen ausgewählt", "2026-06-30", false),
                            milestone("Erste Anwendungen im Betrieb", "2026-12-31", false))),
            new InitiativeSeed(List.of("EGOV"), "OZG-Umsetzung: gegenseitige Nachnutzung von Onlinediensten",
                    "Nach dem Prinzip „Einer für Alle“ stellen beide Länder einander fertige Onlinedienste zur "
                            + "Verfügung und stimmen ihre Themenfeld-Federführungen ab.",
                    "StMD", "MWIDE", List.of("DE-BY/StMI", "DE-NW/IM"), List.of("DE-HE", "DE-HH"),
                    Arena.LAENDERKREIS, List.of(AGREED, ADOPTED, STARTED), TrafficLight.GELB,
                    "Anbindung an die Servicekonten verzögert sich", Classification.OFFEN, "DD-EGOV-2019-01",
                    date("2019-06-01"), date("2027-06-30"), "Zulieferung der Schnittstellenbeschreibung",
                    List.of(milestone("Katalog nachnutzbarer Dienste", "2020-01-31", true),
                            milestone("Erste fünf Dienste nachgenutzt", "2026-10-31", false),
                            milestone("Evaluierung im IT-Planungsrat", "2027-05-31", false))),
            new InitiativeSeed(List.of("EGOV", "CYBER"), "Interoperable Servicekonten und digitale Identität",
                    "BayernID und Servicekonto.NRW erkennen sich gegenseitig an; gemeinsame Anforderungen an die "
                            + "Online-Ausweisfunktion werden an den Bund herangetragen.",
                    "StMI", "IM", List.of("DE-BY/StMD", "DE-NW/MWIDE"), List.of(), Arena.BUNDESREGIERUNG,
                    List.of(AGREED, ADOPTED), TrafficLight.GRUEN, null, Classification.OFFEN,
                    "DD-EGOV-2020-02", date("2020-01-15"), date("2027-12-31"), "Pilotbetrieb vorbereiten",
                    List.of(milestone("Gemeinsames Anforderungspapier", "2020-09-30", true),
                            milestone("Pilotbetrieb", "2027-03-31", false))),
            new InitiativeSeed(List.of("ARBEIT"), "Leitlinien für mobiles Arbeiten in den Landesverwaltungen",
                    "Gemeinsame Leitlinien zu Ausstattung, Datenschutz und Führung auf Distanz für die "
                            + "Beschäftigten beider Landesverwaltungen.",
                    "StMFH", "FM", List.of("DE-BY/StMD", "DE-NW/IM"), List.of(), Arena.BILATERAL,
                    List.of(AGREED, ADOPTED, STARTED, DONE), TrafficLight.GRUEN, null, Classification.OFFEN,
                    "DD-ARBEIT-2019-01", date("2019-07-01"), date("2021-06-30"), null,
                    List.of(milestone("Leitlinien veröffentlicht", "2021-05-31", true))),
            new InitiativeSeed(List.of("ARBEIT", "BILDUNG"), "Weiterbildungsoffensive Digitale Arbeitswelt",
                    "Abgestimmte Förderprogramme für die berufliche Weiterbildung zu digitalen Kompetenzen, "
                            + "mit gemeinsamer Bundesratsinitiative zur Weiterbildungsförderung.",
                    "StMAS", "MAGS", List.of(), List.of("DE-BW", "DE-SN"), Arena.LAENDERKREIS,
                    List.of(AGREED, new StatusStep(ZURUECKGESTELLT, "Bis zur Haushaltsaufstellung zurückgestellt")),
                    TrafficLight.GELB, "Haushaltsmittel offen", Classification.OFFEN, "DD-ARBEIT-2020-02",
                    date("2020-03-01"), date("2027-12-31"), "Wiederaufnahme nach den Haushaltsberatungen",
                    List.of(milestone("Eckpunkte abgestimmt", "2020-11-30", true))),
            new InitiativeSeed(List.of("BILDUNG"), "Austausch der Lernplattformen mebis und LOGINEO NRW",
                    "Die Betreiber der Lernplattformen tauschen Erfahrungen zu Betrieb, Datenschutz und "
                            + "Inhalten aus und prüfen gemeinsame Schnittstellen.",
                    "StMUK", "MSB", List.of(), List.of(), Arena.BILATERAL,
                    List.of(AGREED, ADOPTED, STARTED), TrafficLight.GRUEN, null, Classification.OFFEN,
                    "DD-BILDUNG-2019-01", date("2019-09-01"), date("2027-07-31"),
                    "Gemeinsamer Workshop der Plattformbetreiber",
                    List.of(milestone("Erster Fachaustausch", "2019-11-20", true),
                            milestone("Schnittstellenkonzept", "2027-02-28", false))),
            new InitiativeSeed(List.of("BILDUNG", "KI"), "Lehrkräftefortbildung Informatik und KI",
                    "Gemeinsame Fortbildungsmodule für Lehrkräfte zu Informatik und künstlicher Intelligenz, "
                            + "offen für weitere Länder.",
                    "StMUK", "MSB", List.of("DE-BY/StMWK", "DE-NW/MKW"), List.of(), Arena.BILATERAL,
                    List.of(), TrafficLight.GRUEN, null, Classification.OFFEN, "DD-BILDUNG-2021-02",
                    date("2021-01-01"), date("2027-12-31"), "Bedarfserhebung an den Schulen",
                    List.of(milestone("Bedarfserhebung", "2027-01-31", false))),
            new InitiativeSeed(List.of("EHEALTH"), "Telemedizin in der Notfallversorgung",
                    "Erfahrungsaustausch zu telenotärztlichen Systemen und gemeinsame Standards für die "
                            + "Datenübertragung aus dem Rettungswagen.",
                    "StMGP", "MAGS", List.of("DE-BY/StMI", "DE-NW/IM"), List.of(), Arena.BILATERAL,
                    List.of(AGREED, ADOPTED, STARTED), TrafficLight.GRUEN, null, Classification.OFFEN,
                    "DD-EHEALTH-2019-01", date("2019-10-01"), date("2027-09-30"), "Auswertung der Pilotregionen",
                    List.of(milestone("Pilotregionen benannt", "2020-04-30", true),
                            milestone("Auswertung der Pilotregionen", "2026-11-15", false))),
            new InitiativeSeed(List.of("EHEALTH"), "Bundesratsinitiative zur elektronischen Patientenakte",
                    "Gemeinsame Entschließung zu Datenschutz, Nutzerfreundlichkeit und Forschungsnutzung der "
                            + "elektronischen Patientenakte.",
                    "StMGP", "MAGS", List.of(), List.of("DE-HE"), Arena.BUNDESRAT, List.of(AGREED),
                    TrafficLight.GELB, "Abstimmung mit weiteren Ländern läuft", Classification.OFFEN,
                    "DD-EHEALTH-2020-02", date("2020-05-01"), date("2026-12-31"), "Mitantragsteller gewinnen",
                    List.of(milestone("Entwurf der Entschließung", "2026-10-31", false))),
            new InitiativeSeed(List.of("CYBER"), "Zusammenarbeit der Cyberabwehr: LSI Bayern und CERT NRW",
                    "Wechselseitige Unterrichtung über Angriffe, gemeinsame Übungen und Austausch von "
                            + "Warnmeldungen zwischen den Sicherheitsteams der Länder.",
                    "StMFH", "IM", List.of("DE-BY/StMI"), List.of(), Arena.BILATERAL,
                    List.of(AGREED, ADOPTED, STARTED), TrafficLight.GRUEN, null, Classification.VS_NFD,
                    "DD-CYBER-2019-01", date("2019-06-15"), date("2027-12-31"), "Gemeinsame Übung vorbereiten",
                    List.of(milestone("Verwaltungsvereinbarung", "2019-12-31", true),
                            milestone("Gemeinsame Übung", "2027-04-30", false))),
            new InitiativeSeed(List.of("CYBER", "EGOV"), "Cybersicherheit für Kommunen",
                    "Ein Handlungsleitfaden und ein gemeinsames Schulungsangebot helfen Kommunen, ihre IT gegen "
                            + "Angriffe zu schützen.",
                    "StMFH", "MHKBG", List.of("DE-NW/IM"), List.of("DE-NI"), Arena.LAENDERKREIS,
                    List.of(AGREED, ADOPTED), TrafficLight.ROT, "Leitfaden überfällig", Classification.OFFEN,
                    "DD-CYBER-2020-02", date("2020-02-01"), date("2026-06-30"), "Leitfaden fertigstellen",
                    List.of(milestone("Leitfaden veröffentlicht", "2026-03-31", false))),
            new InitiativeSeed(List.of("MOBIL"), "Testfelder für automatisiertes und vernetztes Fahren",
                    "Die digitalen Testfelder beider Länder tauschen Daten und Erfahrungen aus und werben "
                            + "gemeinsam für einheitliche Genehmigungsregeln des Bundes.",
                    "StMB", "VM", List.of("DE-BY/StMWi", "DE-NW/MWIDE"), List.of(), Arena.BUNDESREGIERUNG,
                    List.of(AGREED, ADOPTED, STARTED), TrafficLight.GRUEN, null, Classification.OFFEN,
                    "DD-MOBIL-2019-01", date("2019-05-01"), date("2027-12-31"), "Datenaustausch vertraglich regeln",
                    List.of(milestone("Gemeinsame Position „Vernetzte Mobilität“", "2019-03-12", true),
                            milestone("Datenaustauschvereinbarung", "2027-01-31", false))),
            new InitiativeSeed(List.of("MOBIL", "INFRA"), "Mobilitätsdatenplattform und Datenräume",
                    "Verkehrsdaten beider Länder werden über offene Schnittstellen in den nationalen "
                            + "Mobilitätsdatenraum eingebracht.",
                    "StMB", "VM", List.of(), List.of("DE-HH"), Arena.LAENDERKREIS, List.of(),
                    TrafficLight.GRUEN, null, Classification.OFFEN, "DD-MOBIL-2021-02",
                    date("2021-04-01"), date("2027-12-31"), "Datenkatalog abstimmen", List.of()));
}
