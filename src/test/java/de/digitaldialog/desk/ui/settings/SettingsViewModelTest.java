package de.digitaldialog.desk.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitaldialog.desk.domain.PartnerLand;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.service.Preferences;
import de.digitaldialog.desk.testsupport.TestModels;
import de.digitaldialog.desk.ui.common.Appearance;
import de.digitaldialog.desk.ui.common.DirectTaskExecutor;
import de.digitaldialog.desk.ui.common.ProfileForm;
import de.digitaldialog.desk.ui.dialog.ErrorDialog;
import de.digitaldialog.desk.ui.dialog.ErrorReporter;
import de.digitaldialog.desk.workspace.Workspace;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings → Installation explains the code with a number of this installation. */
class SettingsViewModelTest {

    @TempDir
    Path folder;
    private Workspace workspace;

    @AfterEach
    void close() {
        workspace.close();
    }

    private SettingsViewModel settings(Locale language) {
        Messages messages = Messages.of(language);
        SettingsViewModel viewModel = new SettingsViewModel(messages, TestModels.ready(workspace),
                new DirectTaskExecutor(), workspace.settings(), workspace.referenceData(), Preferences.load(folder),
                new Appearance(), new ErrorReporter(new ErrorDialog(messages), () -> null), new ProfileForm(messages));
        viewModel.refresh();
        return viewModel;
    }

    @Test
    void theExampleNumberCarriesThisInstallationsCode() {
        workspace = Workspace.open(folder);
        workspace.settings().setUp(PartnerLand.NW, "NW1", "Jan Becker", "MWIDE", null);

        assertThat(settings(Locale.GERMAN).installationTextProperty().get()).contains("(z. B. INI-NW1-0001)");
        assertThat(settings(Locale.ENGLISH).installationTextProperty().get())
                .startsWith("This installation's code").contains("(e.g. INI-NW1-0001)");
    }
}
