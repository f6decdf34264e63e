package de.digitaldialog.desk.ui.backup;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.service.Preferences;
import de.digitaldialog.desk.testsupport.ScriptedDialogs;
import de.digitaldialog.desk.testsupport.TestModels;
import de.digitaldialog.desk.ui.common.DirectTaskExecutor;
import de.digitaldialog.desk.workspace.Workspace;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The settings of Einstellungen → Sicherungen: checked as the user writes them, kept in the preferences. */
class BackupsViewModelTest {

    @TempDir
    Path folder;
    @TempDir
    Path share;
    private Workspace workspace;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @BeforeEach
    void open() {
        workspace = Workspace.open(folder);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private BackupsViewModel backups(Locale language) {
        Messages messages = Messages.of(language);
        BackupsViewModel viewModel = new BackupsViewModel(messages, new DirectTaskExecutor(), workspace.backups(), workspace.encryption(),
                workspace.preferences(), TestModels.ready(workspace), dialogs, new BackupStatus(messages));
        viewModel.refresh();
        return viewModel;
    }

    @Test
    void theFieldsShowTheDefaultsInTheUiLanguage() {
        assertThat(backups(Locale.GERMAN).intervalProperty().get()).isEqualTo("30");
        assertThat(backups(Locale.GERMAN).capProperty().get()).isEqualTo("2");
        workspace.preferences().setBackupLimits(45, 3L << 29);
        assertThat(backups(Locale.GERMAN).capProperty().get()).isEqualTo("1,5");
        assertThat(backups(Locale.ENGLISH).capProperty().get()).isEqualTo("1.5");
    }

    @Test
    void everyWrongFieldIsNamedAtOnceAndNothingIsKept() {
        BackupsViewModel viewModel = backups(Locale.GERMAN);
        viewModel.intervalProperty().set("0");
        viewModel.capProperty().set("zwei");

        viewModel.saveLimits();

        assertThat(viewModel.intervalErrorProperty().get()).isEqualTo("Bitte eine ganze Zahl von 1 bis 1440 Minuten angeben.");
        assertThat(viewModel.capErrorProperty().get()).isEqualTo("Bitte eine Zahl größer als 0 und höchstens 10.000 GB angeben.");
        assertThat(Preferences.load(folder).backupIntervalMinutes()).isEqualTo(30);
    }

    @Test
    void minutesAndGigabytesAreCheckedStrictly() {
        BackupsViewModel german = backups(Locale.GERMAN);
        assertThat(BackupsViewModel.minutes("15")).hasValue(15);
        assertThat(BackupsViewModel.minutes(" 1440 ")).hasValue(1440);
        for (String wrong : new String[] {"", "0", "-5", "1441", "1,5", "zehn"}) {
            assertThat(BackupsViewModel.minutes(wrong)).as(wrong).isEmpty();
        }
        assertThat(german.capBytes("2,5")).hasValue(5L << 29);
        for (String wrong : new String[] {"", "0", "-1", "2,5 GB", "10001", "2,5,1"}) {
            assertThat(german.capBytes(wrong)).as(wrong).isEmpty();
        }
        assertThat(backups(Locale.ENGLISH).capBytes("0.5")).hasValue(1L << 29);
    }

    @Test
    void validLimitsAndAChosenFolderAreKeptInThePreferences() {
        BackupsViewModel viewModel = backups(Locale.GERMAN);
        viewModel.intervalProperty().set("10");
        viewModel.capProperty().set("0,5");

        viewModel.saveLimits();

        assertThat(viewModel.noticeProperty().get()).isEqualTo("Übernommen.");
        Preferences kept = Preferences.load(folder);
        assertThat(kept.backupIntervalMinutes()).isEqualTo(10);
        assertThat(kept.backupCapBytes()).isEqualTo(1L << 29);

        dialogs.answer(share);
        viewModel.chooseFolder(null);
        assertThat(viewModel.folderProperty().get()).isEqualTo(share.toString());
        assertThat(Preferences.load(folder).backupFolder()).isEqualTo(share);
        viewModel.backUpNow();
        assertThat(viewModel.backups()).singleElement().satisfies(backup -> {
            assertThat(backup.file().getParent()).isEqualTo(share);
            assertThat(viewModel.size(backup)).matches("\\d+ KB");
            assertThat(viewModel.reason(backup)).isEqualTo("von Hand");
        });

        viewModel.useDefaultFolder();
        assertThat(viewModel.folderProperty().get()).isEqualTo(folder.resolve("backups").toString());
        assertThat(viewModel.backups()).isEmpty();
    }
}
