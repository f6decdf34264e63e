package de.digitaldialog.desk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.digitaldialog.desk.domain.AgendaItem;
import de.digitaldialog.desk.domain.AgendaOutcome;
import de.digitaldialog.desk.domain.Classification;
import de.digitaldialog.desk.domain.ConcurrentChangeException;
import de.digitaldialog.desk.domain.Deletion;
import de.digitaldialog.desk.domain.DeletionKind;
import de.digitaldialog.desk.domain.DeletionPart;
import de.digitaldialog.desk.domain.DeskException;
import de.digitaldialog.desk.domain.Meeting;
import de.digitaldialog.desk.domain.ParentDeletedException;
import de.digitaldialog.desk.domain.Person;
import de.digitaldialog.desk.workspace.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrashServiceTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2019, 3, 12, 14, 0);

    @TempDir
    Path folder;

    private Workspace workspace;
    private TrashService trash;
    private MeetingFixtures fixtures;

    @BeforeEach
    void open() {
        workspace = Workspace.open(folder, Clock.fixed(NOW.atZone(Meeting.ZONE).toInstant(), Meeting.ZONE));
        trash = workspace.trash();
        fixtures = new MeetingFixtures(workspace);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    /** The session of 12 March 2019 (started two hours ago) with three TOPs, two of them decided. */
    private Meeting cabinet(Person chair) {
        Meeting meeting = fixtures.meeting("Gemeinsame Kabinettssitzung", NOW.minusHours(2), Classification.OFFEN,
                List.of(chair.id()), List.of());
        for (String title : List.of("Künstliche Intelligenz", "E-Government", "Mobilität")) {
            AgendaItem top = fixtures.addItem(meeting, title, Classification.OFFEN, Set.of());
            if (!title.equals("Mobilität")) {
                fixtures.decide(top, AgendaOutcome.BESCHLOSSEN);
            }
        }
        return workspace.meetings().load(meeting.id());
    }

    @Test
    void aMeetingGoesWithItsTopsAndDecisionsUnderOneDeletionId() {
        Meeting meeting = cabinet(fixtures.person("Markus", "Söder", null));

        assertThat(trash.preview(DeletionKind.MEETING, meeting.id()).counts())
                .containsEntry(DeletionPart.AGENDA_ITEMS, 3).containsEntry(DeletionPart.DECISIONS, 2);
        Deletion deletion = trash.delete(DeletionKind.MEETING, meeting.id(), meeting.audit().version());

        assertThat(workspace.meetings().list()).isEmpty();
        assertThat(workspace.meetings().agenda(meeting.id())).isEmpty();
        assertThat(trash.list()).singleElement().satisfies(entry -> {
            assertThat(entry.id()).isEqualTo(deletion.id());
            assertThat(entry.what().title()).isEqualTo("Gemeinsame Kabinettssitzung");
            assertThat(entry.what().count(DeletionPart.AGENDA_ITEMS)).isEqualTo(3);
        });
    }

    @Test
    void restoringTheMeetingBringsBackExactlyItsGroupNotATopDeletedBefore() {
        Meeting meeting = cabinet(fixtures.person("Markus", "Söder", null));
        AgendaItem first = workspace.meetings().agenda(meeting.id()).get(0);
        workspace.meetings().removeAgendaItem(first.id(), first.audit().version());
        Meeting reloaded = workspace.meetings().load(meeting.id());
        Deletion whole = trash.delete(DeletionKind.MEETING, meeting.id(), reloaded.audit().version());
        Deletion topA = deletionOf(DeletionKind.AGENDA_ITEM);

        assertThatThrownBy(() -> trash.restore(topA.id(), false)).isInstanceOf(ParentDeletedException.class);
        trash.restore(whole.id(), false);

        assertThat(workspace.meetings().agenda(meeting.id())).extracting(AgendaItem::title)
                .containsExactly("E-Government", "Mobilität");
        assertThat(workspace.meetings().agenda(meeting.id()).get(0).decisions()).hasSize(1);
        assertThat(trash.list()).extracting(Deletion::id).containsExactly(topA.id());

        trash.restore(topA.id(), false);
        List<AgendaItem> agenda = workspace.meetings().agenda(meeting.id());
        assertThat(agenda).extracting(AgendaItem::title)
                .containsExactly("E-Government", "Mobilität", "Künstliche Intelligenz");
        assertThat(agenda).extracting(AgendaItem::number).containsExactly("1", "2", "3");
    }

    @Test
    void aTopWhoseMeetingIsDeletedComesBackWithItsMeetingWhenAskedTo() {
        Meeting meeting = cabinet(fixtures.person("Markus", "Söder", null));
        AgendaItem first = workspace.meetings().agenda(meeting.id()).get(0);
        workspace.meetings().removeAgendaItem(first.id(), first.audit().version());
        trash.delete(DeletionKind.MEETING, meeting.id(), workspace.meetings().load(meeting.id()).audit().version());
        UUID topDeletion = deletionOf(DeletionKind.AGENDA_ITEM).id();

        trash.restore(topDeletion, true);

        assertThat(workspace.meetings().agenda(meeting.id())).hasSize(3);
        assertThat(trash.list()).isEmpty();
    }

    @Test
    void deletingWhatAnotherWindowChangedMeanwhileIsRefused() {
        Meeting meeting = cabinet(fixtures.person("Markus", "Söder", null));
        workspace.meetings().save(meeting.withNumber(meeting.number()));

        assertThatThrownBy(() -> trash.delete(DeletionKind.MEETING, meeting.id(), meeting.audit().version()))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(trash.list()).isEmpty();
        assertThat(workspace.meetings().agenda(meeting.id())).hasSize(3);
    }

    @Test
    void aReferencedPersonCannotBeDeletedAnUnusedOneCan() {
        Person chair = fixtures.person("Markus", "Söder", null);
        Person unused = fixtures.person("Judith", "Gerlach", null);
        cabinet(chair);

        assertThatThrownBy(() -> trash.delete(DeletionKind.PERSON, chair.id(), chair.audit().version()))
                .isInstanceOf(DeskException.class)
                .satisfies(e -> assertThat(((DeskException) e).key()).isEqualTo("error.person.referenced"));
        trash.delete(DeletionKind.PERSON, unused.id(), unused.audit().version());

        assertThat(trash.list()).singleElement()
                .satisfies(entry -> assertThat(entry.what().title()).isEqualTo("Judith Gerlach"));
    }

    @Test
    void purgingBlanksTheContentButKeepsTheTombstones() {
        Meeting meeting = cabinet(fixtures.person("Markus", "Söder", null));
        Deletion deletion = trash.delete(DeletionKind.MEETING, meeting.id(), meeting.audit().version());

        trash.purge(deletion.id());

        assertThat(trash.list()).isEmpty();
        assertThatThrownBy(() -> trash.restore(deletion.id(), false)).isInstanceOf(DeskException.class);
        assertThat(workspace.meetings().findByNumber(meeting.number())).isEmpty();
    }

    @Test
    void aTopChangedMeanwhileIsNotDeletedFromTheAgenda() {
        Meeting meeting = cabinet(fixtures.person("Markus", "Söder", null));
        AgendaItem loaded = workspace.meetings().agenda(meeting.id()).get(0);
        workspace.meetings().saveAgendaItem(loaded);

        assertThatThrownBy(() -> workspace.meetings().removeAgendaItem(loaded.id(), loaded.audit().version()))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(workspace.meetings().agenda(meeting.id())).hasSize(3);
        assertThat(trash.list()).isEmpty();
    }

    @Test
    void deletionsOfTheSameInstantListTheLaterOneFirst() {
        Person chair = fixtures.person("Markus", "Söder", null);
        Meeting first = cabinet(chair);
        Meeting second = cabinet(chair);
        Deletion earlier = trash.delete(DeletionKind.MEETING, first.id(), first.audit().version());
        Deletion later = trash.delete(DeletionKind.MEETING, second.id(), second.audit().version());

        assertThat(earlier.deletedAt()).isEqualTo(later.deletedAt());
        assertThat(trash.list()).extracting(Deletion::id).containsExactly(later.id(), earlier.id());
    }

    @Test
    void aPersonReferencedOnlyByADeletedMeetingStaysUntilThatMeetingIsPurged() {
        Person chair = fixtures.person("Markus", "Söder", null);
        Meeting meeting = cabinet(chair);
        Deletion deletion = trash.delete(DeletionKind.MEETING, meeting.id(), meeting.audit().version());

        assertThatThrownBy(() -> trash.delete(DeletionKind.PERSON, chair.id(), chair.audit().version()))
                .isInstanceOf(DeskException.class)
                .satisfies(e -> assertThat(((DeskException) e).key()).isEqualTo("error.person.referenced"));
        trash.purge(deletion.id());
        trash.delete(DeletionKind.PERSON, chair.id(), chair.audit().version());

        assertThat(trash.list()).singleElement().satisfies(entry -> assertThat(entry.what().kind())
                .isEqualTo(DeletionKind.PERSON));
    }

    @Test
    void restoringAMeetingLeavesEveryOtherMeetingAsItWas() {
        Person chair = fixtures.person("Markus", "Söder", null);
        Meeting deleted = cabinet(chair);
        Meeting other = cabinet(chair);
        List<AgendaItem> otherAgenda = workspace.meetings().agenda(other.id());
        Deletion deletion = trash.delete(DeletionKind.MEETING, deleted.id(), deleted.audit().version());

        trash.restore(deletion.id(), false);

        assertThat(workspace.meetings().load(other.id()).audit()).isEqualTo(other.audit());
        assertThat(workspace.meetings().agenda(other.id())).isEqualTo(otherAgenda);
        assertThat(workspace.meetings().agenda(deleted.id())).hasSize(3);
        assertThat(workspace.meetings().list()).hasSize(2);
    }

    /** The open deletion of that kind: two deletions may carry the same instant (the tests' clock stands still). */
    private Deletion deletionOf(DeletionKind kind) {
        return trash.list().stream().filter(deletion -> deletion.what().kind() == kind).findFirst().orElseThrow();
    }
}
