package de.digitaldialog.desk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import de.digitaldialog.desk.domain.ActionItem;
import de.digitaldialog.desk.domain.AgendaItem;
import de.digitaldialog.desk.domain.Arena;
import de.digitaldialog.desk.domain.ConcurrentChangeException;
import de.digitaldialog.desk.domain.Initiative;
import de.digitaldialog.desk.domain.InitiativeStatus;
import de.digitaldialog.desk.domain.LocalizedText;
import de.digitaldialog.desk.domain.Ministry;
import de.digitaldialog.desk.domain.MinistryKind;
import de.digitaldialog.desk.domain.StatusChange;
import de.digitaldialog.desk.domain.UserProfile;
import de.digitaldialog.desk.domain.ValidationException;
import de.digitaldialog.desk.domain.Violation;
import de.digitaldialog.desk.testsupport.ActionItemExamples;
import de.digitaldialog.desk.testsupport.ReferenceIds;
import de.digitaldialog.desk.testsupport.TestCredentials;
import de.digitaldialog.desk.workspace.Workspace;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.h2.api.Trigger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cabinet reshuffle on a real database: new ministry rows, ends and successors with their rules,
 * deletion only of what nothing refers to, and the hand-over of what an ending ministry still owes.
 */
class MinistryServiceTest {

    private static final LocalDate LAST_DAY = LocalDate.of(2019, 5, 31);
    private static final LocalDate FIRST_DAY = LocalDate.of(2019, 6, 1);

    @TempDir
    Path folder;

    private Workspace workspace;
    private MinistryService ministries;
    private ActionItemExamples examples;
    private UUID digital;

    @BeforeEach
    void open() {
        workspace = Workspace.open(folder, ActionItemExamples.CLOCK);
        workspace.settings().saveUserProfile(new UserProfile("Dr. Katrin Huber", "StK", null));
        ministries = workspace.ministries();
        examples = new ActionItemExamples(workspace);
        digital = examples.ministry("DE-BY", "StMD");
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void aReshuffleCreatesTheNewRowAndEndsTheOldOneWithItsSuccessors() {
        Ministry science = ministries.create(ministry("DE-BY", "StMDW", FIRST_DAY));
        Ministry economy = ministries.create(ministry("DE-BY", "StMWD", FIRST_DAY));

        Ministry ended = ministries.end(digital, LAST_DAY, Set.of(science.id(), economy.id()));

        assertThat(ended.validTo()).isEqualTo(LAST_DAY);
        Ministry read = ministries.load(digital);
        assertThat(read.successorIds()).containsExactlyInAnyOrder(science.id(), economy.id());
        assertThat(read.name().de()).isEqualTo(ended.name().de());
        assertThat(read.audit().version()).isEqualTo(1);
        assertThat(read.audit().updatedBy()).isEqualTo("Dr. Katrin Huber (StK)");
        assertThat(read.audit().updatedAt()).isEqualTo(ActionItemExamples.CLOCK.instant());
        assertThat(ministries.load(science.id()).audit().createdBy()).isEqualTo("Dr. Katrin Huber (StK)");
        assertThat(ministries.predecessors(science.id())).extracting(Ministry::id).containsExactly(digital);
        assertThat(ministries.list()).extracting(Ministry::id).contains(digital, science.id(), economy.id());
    }

    @Test
    void aReplacementByNewRowsIsOneTransaction() {
        Ministry split = ministry("DE-BY", "StMDW", FIRST_DAY);
        Ministry tooEarly = ministry("DE-BY", "StMDX", LAST_DAY.minusDays(5));

        assertThatThrownBy(() -> ministries.replace(digital, LAST_DAY, List.of(split, tooEarly)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.key()).isEqualTo("validation.ministry.successorBeforeEnd"));
        assertThat(ministries.list()).extracting(Ministry::abbreviation).doesNotContain("StMDW", "StMDX");
        assertThat(ministries.load(digital).validTo()).isNull();

        Ministry ended = ministries.replace(digital, LAST_DAY.minusDays(5), List.of(split, tooEarly));

        assertThat(ended.successorIds()).containsExactlyInAnyOrder(split.id(), tooEarly.id());
        assertThat(ministries.load(split.id()).audit().createdBy()).isEqualTo("Dr. Katrin Huber (StK)");
    }

    @Test
    void anAbbreviationIsUniqueInItsLandOnlyWhileBothAreValid() {
        assertThatThrownBy(() -> ministries.create(ministry("DE-BY", "stmd", FIRST_DAY)))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("abbreviation");
                    assertThat(e.key()).isEqualTo("validation.ministry.abbreviationTaken");
                });
        // another Land may use it at the same time
        ministries.create(ministry("DE-NW", "StMD", FIRST_DAY));
        // once the old one has ended, the new cabinet's ministry may carry the same abbreviation
        ministries.end(digital, LAST_DAY, Set.of());
        Ministry again = ministries.create(ministry("DE-BY", "StMD", FIRST_DAY));

        assertThat(ministries.load(again.id()).abbreviation()).isEqualTo("StMD");
        // ... but the old one cannot be stretched into the new one's time
        Ministry old = ministries.load(digital);
        assertThatThrownBy(() -> ministries.save(old.endingOn(FIRST_DAY.plusDays(1), Set.of())))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.key()).isEqualTo("validation.ministry.abbreviationTaken"));
    }

    @Test
    void aSuccessorValidBeforeItsPredecessorEndsIsRefusedAndNothingIsSaved() {
        Ministry early = ministries.create(ministry("DE-BY", "StMDW", LAST_DAY.minusDays(10)));
        Ministry elsewhere = ministries.create(ministry("DE-NW", "MDW", FIRST_DAY));

        assertThatThrownBy(() -> ministries.end(digital, LAST_DAY, Set.of(early.id(), elsewhere.id())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field, Violation::key)
                        .containsExactlyInAnyOrder(
                                tuple("successors", "validation.ministry.successorBeforeEnd"),
                                tuple("successors", "validation.ministry.successorOtherLand")));
        assertThatThrownBy(() -> ministries.save(ministries.load(digital).endingOn(null, Set.of(early.id()))))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("validTo");
                    assertThat(e.key()).isEqualTo("validation.ministry.successorNeedsEnd");
                });
        Ministry unchanged = ministries.load(digital);
        assertThat(unchanged.validTo()).isNull();
        assertThat(unchanged.successorIds()).isEmpty();
        assertThat(unchanged.audit().version()).isZero();

        // the same rule seen from the successor: it cannot move its start before the predecessor's end
        Ministry successor = ministries.create(ministry("DE-BY", "StMDX", FIRST_DAY));
        ministries.end(digital, LAST_DAY, Set.of(successor.id()));
        Ministry stored = ministries.load(successor.id());
        assertThatThrownBy(() -> ministries.save(new Ministry(stored.id(), stored.landId(), stored.abbreviation(),
                stored.name(), stored.kind(), LAST_DAY.minusDays(1), null, Set.of(), stored.audit())))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("validFrom");
                    assertThat(e.key()).isEqualTo("validation.ministry.startsBeforePredecessorEnds");
                });
    }

    @Test
    void aMinistryStillReferredToCannotBeDeletedOnlyEnded() {
        Ministry mistake = ministries.create(ministry("DE-BY", "StMZ", FIRST_DAY));

        assertThatThrownBy(() -> ministries.delete(digital, 0))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.key()).isEqualTo("validation.ministry.referenced");
                    assertThat((String) e.args()[1]).contains("initiative_lead", "action_item", "agenda_item");
                });
        // a successor is referred to by its predecessor
        ministries.end(examples.ministry("DE-BY", "StMWi"), LAST_DAY, Set.of(mistake.id()));
        assertThatThrownBy(() -> ministries.delete(mistake.id(), 0))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat((String) e.args()[1]).isEqualTo("ministry_successor"));
        ministries.end(examples.ministry("DE-BY", "StMWi"), LAST_DAY, Set.of());

        assertThatThrownBy(() -> ministries.delete(mistake.id(), 7)).isInstanceOf(ConcurrentChangeException.class);
        ministries.delete(mistake.id(), 0);

        assertThat(ministries.list()).extracting(Ministry::id).doesNotContain(mistake.id()).contains(digital);
    }

    @Test
    void aHandOverMovesExactlyTheOpenInitiativesActionItemsAndInputDeadlines() {
        UUID bavaria = land("DE-BY");
        UUID nrw = land("DE-NW");
        UUID mwide = examples.ministry("DE-NW", "MWIDE");
        Initiative participating = initiative("Gemeinsames Lagebild", Map.of(nrw, mwide), Set.of(digital));
        Initiative finished = initiative("Abgeschlossenes Vorhaben", Map.of(bavaria, digital), Set.of());
        workspace.initiatives().changeStatus(finished.id(), InitiativeStatus.VERWORFEN, "nicht weiter verfolgt", null);
        Initiative lead = workspace.initiatives().list().stream()
                .filter(s -> s.title().equals("Supercomputing-Verbund")).map(s -> workspace.initiatives().load(s.id()))
                .findFirst().orElseThrow();
        Ministry successor = ministries.create(ministry("DE-BY", "StMDW", FIRST_DAY));
        ministries.end(digital, LAST_DAY, Set.of(successor.id()));

        MinistryService.HandOverResult result = ministries.handOver(digital, successor.id(), "Kabinettsumbildung");

        assertThat(result).isEqualTo(new MinistryService.HandOverResult(2, 1, 2));
        Initiative leadAfter = workspace.initiatives().load(lead.id());
        assertThat(leadAfter.leadMinistryByLand()).containsEntry(bavaria, successor.id()).containsEntry(nrw, mwide);
        assertThat(leadAfter.audit().version()).isEqualTo(lead.audit().version() + 1);
        assertThat(leadAfter.audit().updatedBy()).isEqualTo("Dr. Katrin Huber (StK)");
        assertThat(workspace.initiatives().load(participating.id()).participatingMinistryIds())
                .containsExactly(successor.id());
        assertThat(workspace.initiatives().load(finished.id()).leadMinistryByLand()).containsEntry(bavaria, digital);
        assertThat(workspace.initiatives().history(lead.id())).last().satisfies(entry -> {
            assertThat(entry.kind()).isEqualTo(StatusChange.Kind.HANDOVER);
            assertThat(entry.fromValue()).isEqualTo(digital.toString());
            assertThat(entry.toValue()).isEqualTo(successor.id().toString());
            assertThat(entry.reason()).isEqualTo("Kabinettsumbildung");
            assertThat(entry.changedBy()).isEqualTo("Dr. Katrin Huber (StK)");
        });
        assertThat(workspace.initiatives().history(finished.id()))
                .noneMatch(entry -> entry.kind() == StatusChange.Kind.HANDOVER);

        assertThat(actionItem(examples.overdue).ownerMinistryId()).isEqualTo(successor.id());
        assertThat(actionItem(examples.done).ownerMinistryId()).isEqualTo(digital);
        List<AgendaItem> workshop = workspace.meetings().agenda(examples.inputOwed.meetingId());
        assertThat(workshop).extracting(AgendaItem::title, AgendaItem::inputOwnerMinistryId).containsExactly(
                tuple("Stand der Nachnutzung", successor.id()),
                tuple("Servicekonten", digital),
                tuple("Ausblick", successor.id()));
        // the 2019 cabinet session is over: what it was owed stays as it was
        assertThat(workspace.meetings().agenda(examples.cabinet.id()))
                .allMatch(item -> !successor.id().equals(item.inputOwnerMinistryId()));
    }

    @Test
    void aHandOverWithoutReasonNamesBothMinistriesAndGoesOnlyToASuccessor() {
        Ministry successor = ministries.create(ministry("DE-BY", "StMDW", FIRST_DAY));
        Ministry other = ministries.create(ministry("DE-BY", "StMQ", FIRST_DAY));
        ministries.end(digital, LAST_DAY, Set.of(successor.id()));

        assertThatThrownBy(() -> ministries.handOver(digital, other.id(), null))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("successor");
                    assertThat(e.key()).isEqualTo("validation.ministry.notASuccessor");
                });
        assertThat(actionItem(examples.overdue).ownerMinistryId()).isEqualTo(digital);

        ministries.handOver(digital, successor.id(), "  ");

        UUID supercomputing = workspace.initiatives().list().get(0).id();
        assertThat(workspace.initiatives().history(supercomputing)).last()
                .extracting(StatusChange::reason).isEqualTo("StMD → StMDW");
    }

    @Test
    void aReshuffleMayKeepTheAbbreviationAndNameExistingMinistriesAsSuccessors() {
        Ministry existing = ministries.create(ministry("DE-BY", "StMWD", FIRST_DAY));
        Ministry renamed = ministry("DE-BY", "StMD", FIRST_DAY);

        Ministry ended = ministries.reshuffle(digital, LAST_DAY, List.of(renamed), Set.of(existing.id()));

        assertThat(ended.validTo()).isEqualTo(LAST_DAY);
        assertThat(ministries.load(digital).successorIds()).containsExactlyInAnyOrder(renamed.id(), existing.id());
        assertThat(ministries.load(renamed.id()).abbreviation()).isEqualTo("StMD");
    }

    @Test
    void theHandOverPreviewCountsWhatTheHandOverThenMoves() {
        UUID nrw = land("DE-NW");
        initiative("Gemeinsames Lagebild", Map.of(nrw, examples.ministry("DE-NW", "MWIDE")), Set.of(digital));
        Ministry successor = ministries.create(ministry("DE-BY", "StMDW", FIRST_DAY));
        ministries.end(digital, LAST_DAY, Set.of(successor.id()));

        MinistryService.HandOverPreview preview = ministries.handOverPreview(digital);
        MinistryService.HandOverResult result = ministries.handOver(digital, successor.id(), "Kabinettsumbildung");

        assertThat(preview.leading() + preview.participating()).isEqualTo(result.initiatives());
        assertThat(preview.participating()).isEqualTo(1);
        assertThat(preview.actionItems()).isEqualTo(result.actionItems());
        assertThat(preview.inputDeadlines()).isEqualTo(result.inputDeadlines());
        assertThat(ministries.handOverPreview(digital)).isEqualTo(new MinistryService.HandOverPreview(0, 0, 0, 0));
    }

    @Test
    void aHandOverToAnotherMinistryOfTheLandNamesItASuccessorWhenTheRulesAllow() {
        Ministry successor = ministries.create(ministry("DE-BY", "StMDW", FIRST_DAY));
        Ministry other = ministries.create(ministry("DE-BY", "StMQ", FIRST_DAY));
        Ministry older = ministries.create(ministry("DE-BY", "StMA", LAST_DAY.minusDays(30)));
        ministries.end(digital, LAST_DAY, Set.of(successor.id()));

        assertThatThrownBy(() -> ministries.handOverNamingSuccessor(digital, older.id(), null))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.key()).isEqualTo("validation.ministry.successorBeforeEnd"));
        assertThat(actionItem(examples.overdue).ownerMinistryId()).isEqualTo(digital);
        assertThat(ministries.load(digital).successorIds()).containsExactly(successor.id());

        ministries.handOverNamingSuccessor(digital, other.id(), "Zuschnitt geändert");

        assertThat(ministries.load(digital).successorIds()).containsExactlyInAnyOrder(successor.id(), other.id());
        assertThat(actionItem(examples.overdue).ownerMinistryId()).isEqualTo(other.id());
    }

    @Test
    void aHandOverThatFailsHalfwayLeavesEverythingAsItWas() throws SQLException {
        Ministry successor = ministries.create(ministry("DE-BY", "StMDW", FIRST_DAY));
        ministries.end(digital, LAST_DAY, Set.of(successor.id()));
        UUID supercomputing = workspace.initiatives().list().get(0).id();
        int historyBefore = workspace.initiatives().history(supercomputing).size();
        // the input deadlines move last: refuse that step, after initiatives and action items moved
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TRIGGER refuse_agenda_update BEFORE UPDATE ON agenda_item FOR EACH ROW CALL '"
                    + Refuse.class.getName() + "'");
        }

        assertThatThrownBy(() -> ministries.handOver(digital, successor.id(), "Kabinettsumbildung"))
                .hasStackTraceContaining("refused for the test");

        Initiative after = workspace.initiatives().load(supercomputing);
        assertThat(after.leadMinistryByLand()).containsValue(digital);
        assertThat(workspace.initiatives().history(supercomputing)).hasSize(historyBefore);
        assertThat(actionItem(examples.overdue).ownerMinistryId()).isEqualTo(digital);
        assertThat(actionItem(examples.overdue).audit().version()).isEqualTo(examples.overdue.audit().version());
    }

    /** A trigger that refuses every row, standing in for a failure in the middle of a transaction. */
    public static final class Refuse implements Trigger {
        @Override
        public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
            throw new SQLException("refused for the test");
        }
    }

    /** A second connection to the open database, in this process (H2 shares the open file). */
    private Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + folder.resolve("desk").toAbsolutePath()
                + ";FILE_LOCK=FILE;WRITE_DELAY=0;QUERY_CACHE_SIZE=64", "desk", TestCredentials.userPassword(folder));
    }

    private ActionItem actionItem(ActionItem item) {
        return workspace.meetings().list().stream()
                .flatMap(meeting -> workspace.meetings().actionItems(meeting.id()).values().stream())
                .flatMap(List::stream)
                .filter(found -> found.id().equals(item.id())).findFirst().orElseThrow();
    }

    private Initiative initiative(String title, Map<UUID, UUID> leads, Set<UUID> participants) {
        return workspace.initiatives().create(new Initiative(UUID.randomUUID(), null, title, null, Set.of(), leads,
                participants, Set.of(), Set.of(), Arena.BILATERAL, InitiativeStatus.IDEE, null, null, null, null,
                null, null, null, null, List.of(), null), "angelegt");
    }

    private Ministry ministry(String land, String abbreviation, LocalDate validFrom) {
        return new Ministry(UUID.randomUUID(), land(land), abbreviation,
                new LocalizedText("Ministerium " + abbreviation, "Ministry " + abbreviation),
                MinistryKind.MINISTERIUM, validFrom, null, Set.of(), null);
    }

    private UUID land(String code) {
        return new ReferenceIds(workspace).land(code);
    }
}
