package de.digitaldialog.desk.ui.format.list;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitaldialog.desk.domain.MeetingFormat;
import de.digitaldialog.desk.domain.UserProfile;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.testsupport.TestModels;
import de.digitaldialog.desk.ui.common.DirectTaskExecutor;
import de.digitaldialog.desk.workspace.Workspace;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Formate page's view model on a temp database: create, edit, retire, and names required at their fields. */
class FormatsViewModelTest {

    @TempDir
    Path folder;

    private Workspace workspace;
    private FormatsViewModel viewModel;

    @BeforeEach
    void open() {
        workspace = Workspace.open(folder);
        workspace.settings().saveUserProfile(new UserProfile("Dr. Katrin Huber", "StK", null));
        viewModel = new FormatsViewModel(Messages.of(Locale.GERMAN), new DirectTaskExecutor(),
                workspace.meetingFormats(), TestModels.ready(workspace));
        viewModel.refresh();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private MeetingFormat stored(String nameDe) {
        return workspace.meetingFormats().list().stream().filter(f -> f.name().de().equals(nameDe)).findFirst()
                .orElseThrow();
    }

    @Test
    void aNewFormatIsCreatedWithItsNamesAndColourAndStaysChosen() {
        int before = viewModel.formats().size();
        viewModel.choose(null);
        viewModel.nameDeProperty().set("Digitalgipfel");
        viewModel.nameEnProperty().set("Digital summit");
        viewModel.colorProperty().set("#1A7F37");

        assertThat(viewModel.save()).isTrue();

        MeetingFormat created = stored("Digitalgipfel");
        assertThat(created.code()).isEqualTo("DIGITALGIPFEL");
        assertThat(created.color()).isEqualTo("#1A7F37");
        assertThat(viewModel.formats()).hasSize(before + 1);
        assertThat(viewModel.form().stored().id()).isEqualTo(created.id());
        assertThat(viewModel.changedProperty().get()).startsWith("zuletzt geändert von Dr. Katrin Huber (StK) am ");
    }

    @Test
    void anEditedFormatKeepsItsCodeAndMissingNamesAreRefusedAtTheirFields() {
        MeetingFormat workshop = viewModel.formats().get(0);
        viewModel.choose(workshop);
        viewModel.nameEnProperty().set(" ");

        assertThat(viewModel.save()).isFalse();
        assertThat(viewModel.form().errorProperty(FormatsViewModel.NAME_EN).get()).isNotEmpty();

        viewModel.nameEnProperty().set("Joint cabinet meeting (renamed)");
        viewModel.colorProperty().set("#123456");
        assertThat(viewModel.save()).isTrue();

        MeetingFormat read = workspace.meetingFormats().list().stream().filter(f -> f.id().equals(workshop.id()))
                .findFirst().orElseThrow();
        assertThat(read.code()).isEqualTo(workshop.code());
        assertThat(read.name().en()).isEqualTo("Joint cabinet meeting (renamed)");
        assertThat(read.color()).isEqualTo("#123456");
        assertThat(read.audit().version()).isEqualTo(workshop.audit().version() + 1);
    }

    @Test
    void aRetiredFormatShowsOnlyWithRetiredOnesAndIsKept() {
        MeetingFormat first = viewModel.formats().get(0);
        viewModel.choose(first);
        assertThat(viewModel.retireQuestion()).contains(first.name().de());

        viewModel.retire();

        assertThat(viewModel.formats()).extracting(MeetingFormat::id).doesNotContain(first.id());
        viewModel.withRetiredProperty().set(true);
        MeetingFormat retired = viewModel.formats().stream().filter(f -> f.id().equals(first.id())).findFirst()
                .orElseThrow();
        assertThat(retired.active()).isFalse();
        assertThat(viewModel.state(retired)).isEqualTo("außer Dienst");
    }
}
