package de.digitaldialog.desk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.digitaldialog.desk.domain.Actor;
import de.digitaldialog.desk.domain.AgendaItem;
import de.digitaldialog.desk.domain.Attachment;
import de.digitaldialog.desk.domain.DeskException;
import de.digitaldialog.desk.domain.Meeting;
import de.digitaldialog.desk.domain.MeetingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttachmentRepositoryTest {

    /** SHA-256 of "abc" (FIPS 180-2, appendix B.1). */
    private static final String ABC_SHA256 = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    @TempDir
    Path folder;

    private final Actor actor = new Actor("Test User", null, new UUID(0, 0), Instant.now());
    private Database database;
    private Meeting meeting;
    private AgendaItem top;

    @BeforeEach
    void open() {
        database = Database.open(folder);
        UUID format = database.read(store -> store.meetingFormats().findByCode("FACHWORKSHOP")).orElseThrow().id();
        LocalDateTime start = LocalDateTime.of(2019, 6, 4, 10, 0);
        meeting = database.inTransaction(store -> store.meetings().save(new Meeting(UUID.randomUUID(),
                "SIT-TST-0001", format, "Fachworkshop", MeetingMode.VIDEO, start, start.plusHours(2), null, null,
                null, List.of(), null, null, null, null, null, List.of(), Set.of(), 0, null, false, null, null, null),
                actor));
        top = database.inTransaction(store -> store.agendaItems().save(new AgendaItem(UUID.randomUUID(),
                meeting.id(), "1", 0, "Stand der Nachnutzung", null, null, null, null, null, null, null, null, null,
                null, null, null, Set.of(), List.of(), null), actor));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void theHashIsLowerCaseHexOfSha256() {
        assertThat(AttachmentRepository.sha256("abc".getBytes(StandardCharsets.US_ASCII))).isEqualTo(ABC_SHA256);
    }

    @Test
    void contentAndDescriptionRoundTrip() {
        byte[] content = new byte[256 * 4];
        for (int i = 0; i < content.length; i++) {
            content[i] = (byte) i;
        }
        Attachment onMeeting = attachment(meeting.id(), null, "Einladung.pdf", content);
        Attachment onTop = attachment(null, top.id(), "Vorlage.txt", "abc".getBytes(StandardCharsets.US_ASCII));
        database.inTransaction(store -> {
            store.attachments().save(onMeeting, content, actor);
            store.attachments().save(onTop, "abc".getBytes(StandardCharsets.US_ASCII), actor);
            return null;
        });

        assertThat(onMeeting())
                .usingRecursiveFieldByFieldElementComparatorIgnoringFields("audit").containsExactly(onMeeting);
        Attachment loaded = database.read(store -> store.attachments().findByAgendaItem(top.id())).get(0);
        assertThat(loaded.sha256()).isEqualTo(ABC_SHA256);
        assertThat(loaded.sizeBytes()).isEqualTo(3);
        assertThat(loaded.audit().version()).isZero();
        Optional<Attachment> found = database.read(store -> store.attachments().findById(onMeeting.id()));
        assertThat(found).isPresent();
        assertThat(content(onMeeting.id())).isEqualTo(content);
        assertThat(content(onTop.id()))
                .isEqualTo("abc".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void aSizeThatDoesNotMatchTheContentIsRefused() {
        byte[] content = "abc".getBytes(StandardCharsets.US_ASCII);
        Attachment wrongSize = new Attachment(UUID.randomUUID(), meeting.id(), null, null, "Vorlage.txt",
                "text/plain", 4, ABC_SHA256, null);

        assertThatThrownBy(() -> database.inTransaction(store -> store.attachments().save(wrongSize, content, actor)))
                .isInstanceOfSatisfying(DeskException.class,
                        e -> assertThat(e.key()).isEqualTo("error.attachment.contentMismatch"));
        assertThat(onMeeting()).isEmpty();
    }

    @Test
    void aHashThatDoesNotMatchTheContentIsRefused() {
        byte[] content = "abd".getBytes(StandardCharsets.US_ASCII);
        Attachment wrongHash = new Attachment(UUID.randomUUID(), meeting.id(), null, null, "Vorlage.txt",
                "text/plain", 3, ABC_SHA256, null);

        assertThatThrownBy(() -> database.inTransaction(store -> store.attachments().save(wrongHash, content, actor)))
                .isInstanceOfSatisfying(DeskException.class,
                        e -> assertThat(e.key()).isEqualTo("error.attachment.contentMismatch"));
    }

    @Test
    void theContentOfAnUnknownAttachmentIsNotFound() {
        UUID unknown = UUID.randomUUID();

        assertThatThrownBy(() -> database.read(store -> store.attachments().content(unknown)))
                .isInstanceOfSatisfying(DeskException.class, e -> assertThat(e.key()).isEqualTo("error.notFound"));
    }

    private static Attachment attachment(UUID meetingId, UUID agendaItemId, String fileName, byte[] content) {
        return new Attachment(UUID.randomUUID(), meetingId, agendaItemId, null, fileName,
                fileName.endsWith(".pdf") ? "application/pdf" : "text/plain", content.length,
                AttachmentRepository.sha256(content), null);
    }

    private List<Attachment> onMeeting() {
        return database.read(store -> store.attachments().findByMeeting(meeting.id()));
    }

    private byte[] content(UUID id) {
        return database.read(store -> store.attachments().content(id));
    }
}
