package de.digitaldialog.desk.ui.attachments;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitaldialog.desk.domain.Attachment;
import de.digitaldialog.desk.domain.MeetingSummary;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.workspace.Workspace;
import de.digitaldialog.desk.ui.common.DirectTaskExecutor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A meeting's files: kept in the database, listed with their size, written back to disk unchanged. */
class AttachmentsViewModelTest {

    @TempDir
    Path folder;
    @TempDir
    Path files;
    private Workspace workspace;
    private AttachmentsViewModel attachments;

    @BeforeEach
    void open() {
        workspace = Workspace.open(folder);
        workspace.demoData().load(false);
        attachments = new AttachmentsViewModel(Messages.of(Locale.GERMAN), new DirectTaskExecutor(),
                workspace.meetings());
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void aFileIsKeptWithTheMeetingAndSavedBackUnchanged() throws Exception {
        MeetingSummary meeting = workspace.meetings().list().get(0);
        Path note = files.resolve("Vermerk Föderalismus.txt");
        Files.writeString(note, "Zulieferung des StMD – 12 Seiten", StandardCharsets.UTF_8);

        attachments.show(AttachmentsViewModel.Owner.meeting(meeting.id()));
        int before = attachments.attachments().size();
        attachments.add(note);

        assertThat(attachments.attachments()).hasSize(before + 1);
        Attachment kept = attachments.attachments().get(before);
        assertThat(kept.fileName()).isEqualTo("Vermerk Föderalismus.txt");
        assertThat(attachments.label(kept)).isEqualTo("Vermerk Föderalismus.txt (1 KB)");
        assertThat(attachments.messageProperty().get()).contains("als Anlage gespeichert");
        assertThat(workspace.meetings().attachments(meeting.id())).extracting(Attachment::id).contains(kept.id());

        Path copy = files.resolve("kopie.txt");
        attachments.saveAs(kept, copy);
        assertThat(Files.readString(copy, StandardCharsets.UTF_8)).isEqualTo("Zulieferung des StMD – 12 Seiten");
    }

    @Test
    void theInputOfATopIsKeptWithTheTopNotWithTheMeeting() throws Exception {
        MeetingSummary meeting = workspace.meetings().list().get(0);
        var top = workspace.meetings().agenda(meeting.id()).get(0);
        int onMeeting = workspace.meetings().attachments(meeting.id()).size();
        Path input = files.resolve("Zulieferung StMD.pdf");
        Files.write(input, new byte[2048]);

        attachments.show(AttachmentsViewModel.Owner.agendaItem(top.id()));
        attachments.add(input);

        assertThat(attachments.attachments()).extracting(Attachment::fileName).contains("Zulieferung StMD.pdf");
        assertThat(workspace.meetings().agendaItemAttachments(top.id())).extracting(Attachment::agendaItemId)
                .containsOnly(top.id());
        assertThat(workspace.meetings().attachments(meeting.id())).hasSize(onMeeting);
        assertThat(attachments.label(attachments.attachments().get(attachments.attachments().size() - 1)))
                .isEqualTo("Zulieferung StMD.pdf (2 KB)");
    }

    @Test
    void anUnreadableFileGivesAMessageAndKeepsNothing() {
        MeetingSummary meeting = workspace.meetings().list().get(0);
        attachments.show(AttachmentsViewModel.Owner.meeting(meeting.id()));
        int before = attachments.attachments().size();
        attachments.add(files.resolve("gibt-es-nicht.pdf"));
        assertThat(attachments.messageProperty().get()).contains("lässt sich nicht lesen");
        assertThat(workspace.meetings().attachments(meeting.id())).hasSize(before);
    }
}
