package de.digitaldialog.desk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.digitaldialog.desk.domain.DatabaseDamagedException;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.service.Passphrase;
import de.digitaldialog.desk.service.Preferences;
import de.digitaldialog.desk.testsupport.ScriptedDialogs;
import de.digitaldialog.desk.ui.common.Appearance;
import de.digitaldialog.desk.ui.common.DirectTaskExecutor;
import de.digitaldialog.desk.ui.dialog.DialogService;
import de.digitaldialog.desk.ui.dialog.ErrorDialog;
import de.digitaldialog.desk.ui.dialog.ErrorReporter;
import de.digitaldialog.desk.workspace.Workspace;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The window on a data folder whose database file was cut in half: it offers the newest backup
 * instead of an empty Desk; restoring it shows the data again and keeps the damaged file, and
 * declining closes the window with the file untouched.
 */
@ExtendWith(ApplicationExtension.class)
class DamagedDatabaseWindowTest {

    @TempDir
    Path folder;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final AtomicReference<Workspace> opened = new AtomicReference<>();
    private long initiatives;
    private DatabaseDamagedException problem;
    private byte[] damaged;
    private Stage stage;
    private DeskWindow window;

    @BeforeEach
    void damageTheDatabaseAfterABackup() throws IOException {
        try (Workspace workspace = Workspace.open(folder)) {
            workspace.demoData().load(false);
            initiatives = workspace.initiatives().list().size();
            workspace.backups().backUp();
        }
        Path file = folder.resolve("desk.mv.db");
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.truncate(channel.size() / 2);
        }
        damaged = Files.readAllBytes(file);
        assertThatThrownBy(() -> Workspace.open(folder)).isInstanceOfSatisfying(DatabaseDamagedException.class,
                e -> problem = e);
    }

    @Start
    void start(Stage primary) {
        stage = new Stage();
        Messages messages = Messages.of(Locale.GERMAN);
        ErrorReporter errors = new ErrorReporter(new ErrorDialog(messages), () -> stage);
        Appearance appearance = new Appearance();
        appearance.apply(Preferences.Theme.LIGHT);
        window = DeskWindow.create(stage, messages, new DirectTaskExecutor(), folder, appearance, errors);
        window.factory().register(DialogService.class, dialogs);
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(stage::close);
        if (opened.get() != null) {
            opened.get().close();
        }
    }

    @Test
    void restoringTheNewestBackupShowsTheDataAgainAndKeepsTheDamagedFile(FxRobot robot) throws IOException {
        dialogs.answer(true);

        robot.interact(() -> window.damaged(problem, Passphrase.NONE, opened::set));

        assertThat(opened.get()).isNotNull();
        assertThat(opened.get().initiatives().list()).hasSize((int) initiatives);
        assertThat(window.model().loadedProperty().get()).isTrue();
        assertThat(robot.lookup(".tile-count").queryAllAs(Label.class)).extracting(Label::getText)
                .anyMatch(count -> !"0".equals(count));
        assertThat(dialogs.asked()).hasSize(2);
        assertThat(dialogs.asked().get(1)).contains(initiatives + " Initiativen", "damaged");
        try (var kept = Files.list(folder.resolve("damaged"))) {
            Path file = kept.findFirst().orElseThrow();
            assertThat(Arrays.equals(Files.readAllBytes(file), damaged)).as("damaged file kept as it was").isTrue();
        }
    }

    @Test
    void decliningClosesTheWindowAndLeavesTheFileAsItWas(FxRobot robot) throws IOException {
        dialogs.answer(false);

        robot.interact(() -> window.damaged(problem, Passphrase.NONE, opened::set));

        assertThat(stage.isShowing()).isFalse();
        assertThat(opened.get()).isNull();
        assertThat(Arrays.equals(Files.readAllBytes(folder.resolve("desk.mv.db")), damaged)).isTrue();
        assertThat(folder.resolve("damaged")).doesNotExist();
    }
}
