package de.digitaldialog.desk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import de.digitaldialog.desk.domain.Adoption;
import de.digitaldialog.desk.domain.Arena;
import de.digitaldialog.desk.domain.BestPractice;
import de.digitaldialog.desk.domain.BestPracticeFilter;
import de.digitaldialog.desk.domain.BestPracticeSummary;
import de.digitaldialog.desk.domain.Classification;
import de.digitaldialog.desk.domain.ConcurrentChangeException;
import de.digitaldialog.desk.domain.DeletionKind;
import de.digitaldialog.desk.domain.DeskException;
import de.digitaldialog.desk.domain.Initiative;
import de.digitaldialog.desk.domain.InitiativeStatus;
import de.digitaldialog.desk.domain.Person;
import de.digitaldialog.desk.domain.Transferability;
import de.digitaldialog.desk.domain.UserProfile;
import de.digitaldialog.desk.domain.ValidationException;
import de.digitaldialog.desk.domain.Violation;
import de.digitaldialog.desk.service.InitiativeExport.Format;
import de.digitaldialog.desk.testsupport.ReferenceIds;
import de.digitaldialog.desk.workspace.Workspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The best-practice register on a real database: create, edit, delete, filter and export. */
class BestPracticeServiceTest {

    @TempDir
    Path folder;

    private Workspace workspace;
    private BestPracticeService practices;
    private Person contact;
    private Initiative initiative;
    private ReferenceIds ids;

    @BeforeEach
    void open() {
        workspace = Workspace.open(folder.resolve("data"));
        workspace.settings().saveUserProfile(new UserProfile("Dr. Katrin Huber", "StK", null));
        practices = workspace.bestPractices();
        ids = new ReferenceIds(workspace);
        contact = workspace.referenceData().savePerson(new Person(UUID.randomUUID(), null, "Dr.", "Jan", "Becker",
                null, null, ministry("DE-NW", "MSB"), null, null, null));
        initiative = workspace.initiatives().create(new Initiative(UUID.randomUUID(), null, "Digitale Schule", null,
                Set.of(themeArea("BILDUNG")), Map.of(land("DE-NW"), ministry("DE-NW", "MSB")), Set.of(), Set.of(),
                Set.of(), Arena.BILATERAL, InitiativeStatus.IDEE, null, null, null, null, null, null, null, null,
                List.of(), null), "angelegt");
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void aPracticeWithSeveralThemeAreasAndRelatedInitiativesIsCreatedUnderTheNextNumber() {
        BestPractice created = practices.create(logineo());

        assertThat(practices.number(created.id())).isEqualTo("BP-BY1-0001");
        BestPractice read = practices.load(created.id());
        assertThat(read).isEqualTo(created);
        assertThat(read.themeAreaIds()).containsExactlyInAnyOrder(themeArea("BILDUNG"), themeArea("EGOV"));
        assertThat(read.initiativeIds()).containsExactly(initiative.id());
        assertThat(read.audit().createdBy()).isEqualTo("Dr. Katrin Huber (StK)");
        assertThat(practices.list()).singleElement().satisfies(row -> {
            assertThat(row.number()).isEqualTo("BP-BY1-0001");
            assertThat(row.themeAreaCodes()).containsExactly("EGOV", "BILDUNG");
            assertThat(row.contactName()).isEqualTo("Dr. Jan Becker");
            assertThat(row.adoption()).isEqualTo(Adoption.GEPLANT);
        });
    }

    @Test
    void aPracticeWithoutOwningLandOrARefusalWithoutReasonIsRefusedAtTheField() {
        assertThatThrownBy(() -> new BestPractice(UUID.randomUUID(), "Portal", Set.of(themeArea("EGOV")), null, null,
                null, null, null, null, Adoption.ABGELEHNT, " ", Set.of(), null, null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field, Violation::key)
                        .containsExactly(tuple("land", "validation.required"),
                                tuple("adoptionReason", "validation.bestPractice.adoptionReason")));
        // the owning ministry must be one of the owning Land
        BestPractice wrongMinistry = new BestPractice(UUID.randomUUID(), "Portal", Set.of(themeArea("EGOV")),
                land("DE-BY"), ministry("DE-NW", "MSB"), null, null, null, null, null, null, Set.of(), null, null);
        assertThatThrownBy(() -> practices.create(wrongMinistry)).isInstanceOfSatisfying(ValidationException.class,
                e -> {
                    assertThat(e.field()).isEqualTo("ministry");
                    assertThat(e.key()).isEqualTo("validation.bestPractice.ministryOfLand");
                });
        assertThat(practices.list()).isEmpty();
    }

    @Test
    void anEditIsSavedFromTheVersionItWasLoadedAtAndAStaleOneIsRefused() {
        BestPractice created = practices.create(logineo());
        BestPractice refused = with(created, Adoption.ABGELEHNT, "Eigene Plattform ByCS im Aufbau");

        BestPractice saved = practices.save(refused);

        assertThat(saved.audit().version()).isEqualTo(1);
        assertThat(practices.load(created.id()).adoptionReason()).isEqualTo("Eigene Plattform ByCS im Aufbau");
        assertThatThrownBy(() -> practices.save(refused)).isInstanceOf(ConcurrentChangeException.class);
    }

    @Test
    void aDeletedPracticeLeavesATombstoneAndAStaleDeletionIsRefused() {
        BestPractice created = practices.create(logineo());
        practices.save(with(created, Adoption.UEBERNOMMEN, null));

        TrashService trash = workspace.trash();
        assertThatThrownBy(() -> trash.delete(DeletionKind.BEST_PRACTICE, created.id(), 0))
                .isInstanceOf(ConcurrentChangeException.class);
        trash.delete(DeletionKind.BEST_PRACTICE, created.id(), 1);

        assertThat(practices.list()).isEmpty();
        assertThatThrownBy(() -> practices.load(created.id())).isInstanceOfSatisfying(DeskException.class,
                e -> assertThat(e.key()).isEqualTo("error.notFound"));
        // the number stays taken: the tombstone keeps it
        assertThat(practices.number(created.id())).isEqualTo("BP-BY1-0001");
    }

    @Test
    void theFiltersNarrowByThemeAreaLandMinistryTransferabilityAdoptionAndText() {
        BestPractice school = practices.create(logineo());
        BestPractice portal = practices.create(new BestPractice(UUID.randomUUID(), "BayernPortal",
                Set.of(themeArea("EGOV")), land("DE-BY"), ministry("DE-BY", "StMD"), "Servicekonto", null,
                "https://www.freistaat.bayern", Transferability.HOCH, Adoption.UEBERNOMMEN, null, Set.of(),
                Classification.OFFEN, null));

        assertThat(ids(new BestPracticeFilter("BILDUNG", null, null, null, null, null))).containsExactly(school.id());
        assertThat(ids(new BestPracticeFilter("EGOV", null, null, null, null, null)))
                .containsExactlyInAnyOrder(school.id(), portal.id());
        assertThat(ids(new BestPracticeFilter(null, "DE-BY", null, null, null, null))).containsExactly(portal.id());
        assertThat(ids(new BestPracticeFilter(null, null, ministry("DE-NW", "MSB"), null, null, null)))
                .containsExactly(school.id());
        assertThat(ids(new BestPracticeFilter(null, null, null, Transferability.HOCH, null, null)))
                .containsExactly(portal.id());
        assertThat(ids(new BestPracticeFilter(null, null, null, null, Adoption.GEPLANT, null)))
                .containsExactly(school.id());
        assertThat(ids(new BestPracticeFilter(null, null, null, null, null, "  becker ")))
                .containsExactly(school.id());
        assertThat(ids(BestPracticeFilter.ALL)).hasSize(2);
    }

    @Test
    void theFilteredListIsExportedAsInitiativesAreWithVsNfdLeftOutUnlessAskedFor() throws IOException {
        practices.create(logineo());
        practices.create(new BestPractice(UUID.randomUUID(), "=Cyber-Lagebild", Set.of(themeArea("CYBER")),
                land("DE-NW"), null, null, null, null, Transferability.MITTEL, Adoption.OFFEN, null, Set.of(),
                Classification.VS_NFD, null));
        BestPracticeExport export = workspace.bestPracticeExport();
        Path csv = folder.resolve("bp.csv");

        int written = export.export(practices.list(BestPracticeFilter.ALL), csv, Format.CSV, false, Locale.GERMAN,
                null, null);

        assertThat(written).isEqualTo(1);
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).startsWith("\uFEFFNummer;Titel;Themenfelder;Land;Ressort;Übertragbarkeit;"
                + "Übernahme durch Partnerland;Begründung der Ablehnung;Ansprechpartner/in;Link;");
        assertThat(lines.get(1)).startsWith("BP-BY1-0001;LOGINEO NRW;E-Government, Bildung;Nordrhein-Westfalen;MSB;"
                + "teilweise übertragbar;Übernahme geplant;;Dr. Jan Becker;https://www.logineo.nrw.de;");
        assertThat(lines).hasSize(2);

        assertThat(export.export(practices.list(), csv, Format.CSV, true, Locale.ENGLISH, null, null)).isEqualTo(2);
        List<String> marked = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(marked.get(0)).isEqualTo("\uFEFF" + Classification.MARKING);
        assertThat(marked.get(1)).startsWith("Number;Title;");
        assertThat(marked).anyMatch(line -> line.startsWith("BP-BY1-0002;'=Cyber-Lagebild;"));

        Path xlsx = folder.resolve("bp.xlsx");
        assertThat(export.export(practices.list(), xlsx, Format.XLSX, false, Locale.GERMAN, null, null)).isEqualTo(1);
        assertThat(Files.readAllBytes(xlsx)).startsWith('P', 'K');
    }

    private List<UUID> ids(BestPracticeFilter filter) {
        return practices.list(filter).stream().map(BestPracticeSummary::id).toList();
    }

    private BestPractice logineo() {
        return new BestPractice(UUID.randomUUID(), "LOGINEO NRW", Set.of(themeArea("BILDUNG"), themeArea("EGOV")),
                land("DE-NW"), ministry("DE-NW", "MSB"), "Arbeits- und Kommunikationsplattform für Schulen",
                contact.id(), "https://www.logineo.nrw.de", Transferability.MITTEL, Adoption.GEPLANT, null,
                Set.of(initiative.id()), Classification.OFFEN, null);
    }

    private static BestPractice with(BestPractice practice, Adoption adoption, String reason) {
        return new BestPractice(practice.id(), practice.title(), practice.themeAreaIds(), practice.landId(),
                practice.ministryId(), practice.description(), practice.contactPersonId(), practice.link(),
                practice.transferability(), adoption, reason, practice.initiativeIds(), practice.classification(),
                practice.audit());
    }

    private UUID land(String code) {
        return ids.land(code);
    }

    private UUID ministry(String landCode, String abbreviation) {
        return ids.ministry(landCode, abbreviation);
    }

    private UUID themeArea(String code) {
        return ids.themeArea(code);
    }
}
