package de.digitaldialog.desk.service;

import static de.digitaldialog.desk.domain.InitiativeStatus.ABGESCHLOSSEN;
import static de.digitaldialog.desk.domain.InitiativeStatus.BESCHLOSSEN;
import static de.digitaldialog.desk.domain.InitiativeStatus.IDEE;
import static de.digitaldialog.desk.domain.InitiativeStatus.IN_ABSTIMMUNG;
import static de.digitaldialog.desk.domain.InitiativeStatus.ZURUECKGESTELLT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import de.digitaldialog.desk.domain.Arena;
import de.digitaldialog.desk.domain.ConcurrentChangeException;
import de.digitaldialog.desk.domain.DeskException;
import de.digitaldialog.desk.domain.Initiative;
import de.digitaldialog.desk.domain.InitiativeStatus;
import de.digitaldialog.desk.domain.Land;
import de.digitaldialog.desk.domain.Milestone;
import de.digitaldialog.desk.domain.Ministry;
import de.digitaldialog.desk.domain.StatusChange;
import de.digitaldialog.desk.domain.UserProfile;
import de.digitaldialog.desk.domain.ValidationException;
import de.digitaldialog.desk.workspace.Workspace;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The initiative use cases, each one transaction, on a real workspace. */
class InitiativeServiceTest {

    @TempDir
    Path folder;

    private Workspace workspace;
    private InitiativeService initiatives;

    @BeforeEach
    void open() {
        workspace = Workspace.open(folder);
        workspace.settings().saveUserProfile(new UserProfile("Dr. Katrin Huber", "StK", null));
        initiatives = workspace.initiatives();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void createHandsOutTheFirstNumberAndWritesTheFirstHistoryEntry() {
        Initiative created = initiatives.create(draft(ministry("DE-NW", "MWIDE")), "Im Digitaldialog vereinbart");

        assertThat(created.number()).isEqualTo("INI-BY1-0001");
        assertThat(created.status()).isEqualTo(IDEE);
        assertThat(initiatives.load(created.id())).isEqualTo(created);
        List<StatusChange> history = initiatives.history(created.id());
        assertThat(history).singleElement().satisfies(entry -> {
            assertThat(entry.kind()).isEqualTo(StatusChange.Kind.STATUS);
            assertThat(entry.fromValue()).isNull();
            assertThat(entry.toValue()).isEqualTo("IDEE");
            assertThat(entry.reason()).isEqualTo("Im Digitaldialog vereinbart");
            assertThat(entry.changedBy()).isEqualTo("Dr. Katrin Huber (StK)");
            assertThat(entry.changedByMinistry()).isEqualTo("StK");
        });
        assertThat(initiatives.list()).extracting(s -> s.number()).containsExactly("INI-BY1-0001");
    }

    @Test
    void anInitiativeIsFoundByItsNumber() {
        Initiative created = initiatives.create(draft(ministry("DE-NW", "MWIDE")), "Vereinbart");

        assertThat(initiatives.findByNumber("ini-by1-0001")).contains(created);
        assertThat(initiatives.findByNumber("INI-BY1-0002")).isEmpty();
    }

    @Test
    void stepsForwardAreRecordedInOrder() {
        Initiative created = initiatives.create(draft(ministry("DE-NW", "MWIDE")), "Vereinbart");

        initiatives.changeStatus(created.id(), IN_ABSTIMMUNG, "Ressortabstimmung eingeleitet", null);
        Initiative adopted = initiatives.changeStatus(created.id(), BESCHLOSSEN, "Kabinettsbeschluss", null);

        assertThat(adopted.status()).isEqualTo(BESCHLOSSEN);
        assertThat(adopted.audit().version()).isEqualTo(2);
        assertThat(initiatives.history(created.id()))
                .extracting(StatusChange::fromValue, StatusChange::toValue, StatusChange::reason)
                .containsExactly(
                        tuple(null, "IDEE", "Vereinbart"),
                        tuple("IDEE", "IN_ABSTIMMUNG", "Ressortabstimmung eingeleitet"),
                        tuple("IN_ABSTIMMUNG", "BESCHLOSSEN", "Kabinettsbeschluss"));
    }

    @Test
    void aForbiddenStepIsRefusedAndChangesNothing() {
        Initiative created = initiatives.create(draft(ministry("DE-NW", "MWIDE")), "Vereinbart");

        assertThatThrownBy(() -> initiatives.changeStatus(created.id(), ABGESCHLOSSEN, "Erledigt", null))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("status");
                    assertThat(e.key()).isEqualTo("validation.initiative.statusStep");
                    assertThat(e.args()).containsExactly(IDEE, ABGESCHLOSSEN);
                });
        assertThatThrownBy(() -> initiatives.changeStatus(created.id(), IN_ABSTIMMUNG, "  ", null))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("reason");
                    assertThat(e.key()).isEqualTo("validation.required");
                });

        assertThat(initiatives.load(created.id())).isEqualTo(created);
        assertThat(initiatives.history(created.id())).hasSize(1);
    }

    @Test
    void aDeferredInitiativeReturnsOnlyToTheStateItCameFrom() {
        UUID id = initiatives.create(draft(ministry("DE-NW", "MWIDE")), "Vereinbart").id();
        initiatives.changeStatus(id, IN_ABSTIMMUNG, "Abstimmung", null);

        Initiative deferred = initiatives.changeStatus(id, ZURUECKGESTELLT, "Haushalt offen", null);
        assertThat(deferred.deferredFrom()).isEqualTo(IN_ABSTIMMUNG);
        for (InitiativeStatus elsewhere : List.of(IDEE, BESCHLOSSEN, ABGESCHLOSSEN)) {
            assertThatThrownBy(() -> initiatives.changeStatus(id, elsewhere, "Weiter", null))
                    .isInstanceOf(ValidationException.class);
        }
        Initiative resumed = initiatives.changeStatus(id, IN_ABSTIMMUNG, "Haushalt steht", null);

        assertThat(resumed.status()).isEqualTo(IN_ABSTIMMUNG);
        assertThat(resumed.deferredFrom()).isNull();
        assertThat(initiatives.history(id)).extracting(StatusChange::toValue)
                .containsExactly("IDEE", "IN_ABSTIMMUNG", "ZURUECKGESTELLT", "IN_ABSTIMMUNG");
    }

    @Test
    void aFailingCreateLeavesNoInitiativeNoHistoryAndNoUsedNumber() {
        Initiative draft = draft(ministry("DE-BY", "StMD"));

        assertThatThrownBy(() -> initiatives.create(draft, "Vereinbart"))
                .isInstanceOfSatisfying(DeskException.class, e -> assertThat(e.key()).startsWith("constraint."));

        assertThatThrownBy(() -> initiatives.load(draft.id()))
                .isInstanceOfSatisfying(DeskException.class, e -> assertThat(e.key()).isEqualTo("error.notFound"));
        assertThat(initiatives.history(draft.id())).isEmpty();
        assertThat(initiatives.list()).isEmpty();
        assertThat(workspace.settings().installationCodeEditable()).isTrue();
        assertThat(initiatives.create(draft(ministry("DE-NW", "MWIDE")), "Vereinbart").number())
                .isEqualTo("INI-BY1-0001");
    }

    @Test
    void editsKeepNumberAndStatusAndAChangedArenaNeedsAReason() {
        Initiative created = initiatives.create(draft(ministry("DE-NW", "MWIDE")), "Vereinbart");
        Initiative toBundesrat = edit(created, Arena.BUNDESRAT, List.of(
                new Milestone(UUID.randomUUID(), "Entschließungsantrag", LocalDate.of(2020, 5, 15), false, null,
                        null)));

        assertThatThrownBy(() -> initiatives.save(toBundesrat, " "))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("arenaReason"));
        assertThat(initiatives.load(created.id())).isEqualTo(created);

        Initiative saved = initiatives.save(toBundesrat, "Bundesratsinitiative geplant");

        assertThat(saved.number()).isEqualTo("INI-BY1-0001");
        assertThat(initiatives.load(created.id()).milestones()).extracting(Milestone::title)
                .containsExactly("Entschließungsantrag");
        assertThat(initiatives.history(created.id())).last().satisfies(entry -> {
            assertThat(entry.kind()).isEqualTo(StatusChange.Kind.ARENA);
            assertThat(entry.fromValue()).isEqualTo("BILATERAL");
            assertThat(entry.toValue()).isEqualTo("BUNDESRAT");
        });
        assertThatThrownBy(() -> initiatives.save(toBundesrat, "noch einmal"))
                .isInstanceOf(ConcurrentChangeException.class);
    }

    private Initiative draft(UUID northRhineWestphaliaLead) {
        UUID theme = workspace.referenceData().themeAreas().stream()
                .filter(t -> t.code().equals("EGOV")).findFirst().orElseThrow().id();
        return new Initiative(UUID.randomUUID(), null, "Nachnutzung von Onlinediensten", null, Set.of(theme),
                Map.of(land("DE-BY"), ministry("DE-BY", "StMD"), land("DE-NW"), northRhineWestphaliaLead),
                Set.of(), Set.of(), Set.of(), Arena.BILATERAL, IDEE, null, null, null, null, null, null, null, null,
                List.of(), null);
    }

    private static Initiative edit(Initiative i, Arena arena, List<Milestone> milestones) {
        return new Initiative(i.id(), i.number(), i.title(), i.description(), i.themeAreaIds(),
                i.leadMinistryByLand(), i.participatingMinistryIds(), i.furtherLandIds(), i.contactPersonIds(), arena,
                i.status(), i.deferredFrom(), i.trafficLight(), i.trafficLightReason(), i.classification(),
                i.fileReference(), i.startDate(), i.targetDate(), i.nextStep(), milestones, i.audit());
    }

    private UUID land(String code) {
        return workspace.referenceData().lands().stream()
                .filter(l -> l.code().equals(code)).map(Land::id).findFirst().orElseThrow();
    }

    private UUID ministry(String landCode, String abbreviation) {
        UUID land = land(landCode);
        return workspace.referenceData().ministries().stream()
                .filter(m -> m.landId().equals(land) && m.abbreviation().equals(abbreviation))
                .map(Ministry::id).findFirst().orElseThrow();
    }
}
