package de.digitaldialog.desk.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** Each validating record names every broken field in one exception, in form order. */
class RecordViolationsTest {

    private static final LocalDate DAY = LocalDate.of(2019, 3, 12);
    private static final UUID ID = UUID.randomUUID();

    @Test
    void initiative() {
        assertViolations(() -> new Initiative(null, null, " ", null, Set.of(), Map.of(), Set.of(), Set.of(),
                        Set.of(), Arena.BILATERAL, InitiativeStatus.IDEE, null, null, null, null, null,
                        DAY, DAY.minusDays(1), null, List.of(), null),
                tuple("title", "validation.required"),
                tuple("leadMinistries", "validation.initiative.lead"),
                tuple("targetDate", "validation.initiative.targetBeforeStart"));
    }

    @Test
    void meeting() {
        assertViolations(() -> new Meeting(null, null, null, "", null, DAY.atTime(10, 0), DAY.atTime(9, 0),
                        null, null, null, List.of(), MeetingStatus.ABGESAGT, null, null, null, null, List.of(),
                        Set.of(), 0, null, false, null, null, null),
                tuple("title", "validation.required"),
                tuple("format", "validation.required"),
                tuple("endsAt", "validation.meeting.endBeforeStart"),
                tuple("cancelReason", "validation.meeting.cancelReason"));
    }

    @Test
    void meetingWithoutStartOnlyBlamesTheStart() {
        LocalDateTime end = DAY.atTime(9, 0);
        assertViolations(() -> new Meeting(null, null, ID, "Kabinett", null, null, end, null, null, null,
                        List.of(), null, null, null, null, null, List.of(), Set.of(), 0, null, false, null, null,
                        null),
                tuple("startsAt", "validation.required"));
    }

    @Test
    void agendaItem() {
        assertViolations(() -> new AgendaItem(null, ID, "12345678901", 1, null, null, null, null, -5, null, null,
                        null, null, null, null, null, null, Set.of(), List.of(), null),
                tuple("title", "validation.required"),
                tuple("number", "validation.tooLong"),
                tuple("plannedMinutes", "validation.agenda.minutes"));
    }

    @Test
    void actionItem() {
        assertViolations(() -> new ActionItem(null, ID, "", null, null, DAY, null, null, null, null),
                tuple("description", "validation.required"),
                tuple("owner", "validation.actionItem.owner"));
    }

    @Test
    void milestone() {
        assertViolations(() -> new Milestone(null, null, DAY, false, DAY, null),
                tuple("milestone.title", "validation.required"),
                tuple("milestone.doneOn", "validation.milestone.doneOn"));
    }

    @Test
    void attachment() {
        assertViolations(() -> new Attachment(null, ID, ID, null, " ", "text/plain", 1, "00", null),
                tuple("owner", "validation.attachment.owner"),
                tuple("fileName", "validation.required"));
    }

    @Test
    void bestPractice() {
        assertViolations(() -> new BestPractice(null, "Portal", Set.of(), null, null, null, null, null, null,
                        Adoption.ABGELEHNT, " ", Set.of(), null, null),
                tuple("themeAreas", "validation.required"),
                tuple("land", "validation.required"),
                tuple("adoptionReason", "validation.bestPractice.adoptionReason"));
    }

    @Test
    void bestPracticeLinkIsAWebAddress() {
        for (String link : new String[] {"www.logineo.nrw.de", "mailto:a@b.de", "https://", "https://a b.de"}) {
            assertViolations(() -> new BestPractice(null, "Portal", Set.of(ID), ID, null, null, null, link, null,
                    null, null, Set.of(), null, null), tuple("link", "validation.link"));
        }
        for (String link : new String[] {"https://www.logineo.nrw.de/a?b=1", "http://intranet.nrw:8080", " "}) {
            assertThat(new BestPractice(null, "Portal", Set.of(ID), ID, null, null, null, link, null, null, null,
                    Set.of(), null, null).link()).isEqualTo(link);
        }
    }

    @Test
    void ministry() {
        assertViolations(() -> new Ministry(ID, ID, "", new LocalizedText("Staatskanzlei", null),
                        MinistryKind.STAATSKANZLEI, null, DAY, Set.of(ID), null),
                tuple("abbreviation", "validation.required"),
                tuple("nameEn", "validation.required"),
                tuple("validFrom", "validation.required"),
                tuple("successors", "validation.ministry.successorSelf"));
    }

    @Test
    void person() {
        assertViolations(() -> new Person(null, Salutation.FRAU, null, "Anna", null, null, null, ID, "anna@",
                        null, null),
                tuple("lastName", "validation.required"),
                tuple("email", "validation.email"));
        assertViolations(() -> new Person(null, null, null, null, "Anna", "Schmidt", null, null, null, null, null,
                        null, DAY, DAY.minusDays(1), null),
                tuple("activeTo", "validation.person.activeTo"));
    }

    @Test
    void userProfile() {
        assertViolations(() -> new UserProfile(" ", "StMD", "no mail"),
                tuple("name", "validation.required"),
                tuple("email", "validation.email"));
    }

    private static void assertViolations(ThrowingCallable construction, Tuple... expected) {
        assertThatThrownBy(construction)
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.violations())
                            .extracting(Violation::field, Violation::key)
                            .containsExactly(expected);
                    assertThat(tuple(e.field(), e.key())).isEqualTo(expected[0]);
                });
    }
}
