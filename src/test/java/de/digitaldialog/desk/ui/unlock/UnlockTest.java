package de.digitaldialog.desk.ui.unlock;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitaldialog.desk.domain.DeskException;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.service.Passphrase;
import de.digitaldialog.desk.service.Preferences.Theme;
import de.digitaldialog.desk.testsupport.Screenshots;
import de.digitaldialog.desk.testsupport.ScriptedDialogs;
import de.digitaldialog.desk.ui.common.Appearance;
import de.digitaldialog.desk.ui.common.DirectTaskExecutor;
import de.digitaldialog.desk.ui.dialog.FxDialogService;
import de.digitaldialog.desk.workspace.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The passphrase asked when an encrypted folder starts: a wrong one is said in the prompt, which
 * asks again; the right one opens; quitting ends the start. The opener stands in for opening the
 * workspace (it refuses as {@code FolderKey.unlock} does), so the prompt is tested on its own.
 * Leaves screenshots of the prompt after a wrong passphrase (German and English).
 */
@ExtendWith(ApplicationExtension.class)
class UnlockTest {

    private Stage owner;

    @Start
    void start(Stage stage) {
        new Appearance().apply(Theme.LIGHT);
        stage.setScene(new Scene(new StackPane(), 800, 500));
        stage.show();
        owner = stage;
    }

    /** Opens with "richtige Passphrase" only; counts the attempts. */
    private static Function<Passphrase, String> opener(List<String> attempts) {
        return passphrase -> {
            attempts.add(passphrase.toString());
            if (attempts.size() == 1) {
                throw new DeskException("error.passphrase.wrong");
            }
            return "opened";
        };
    }

    @Test
    void aWrongPassphraseIsSaidInThePromptWhichAsksAgainAndTheRightOneOpens(FxRobot robot) {
        for (Locale language : List.of(Locale.GERMAN, Locale.ENGLISH)) {
            Messages messages = Messages.of(language);
            List<String> attempts = new ArrayList<>();
            AtomicReference<String> opened = new AtomicReference<>();
            Unlock unlock = new Unlock(owner, new FxDialogService(messages), messages, new DirectTaskExecutor());
            Platform.runLater(() -> unlock.start(opener(attempts), opened::set, (error, typed) -> {
                throw new AssertionError(error);
            }, () -> {
                throw new AssertionError("quit");
            }));
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(robot.lookup("#passphraseProblem").tryQuery()).as("nothing wrong yet").isEmpty();
            Button open = robot.lookup("#passphraseDialogConfirm").queryButton();
            assertThat(open.isDisabled()).as("nothing typed").isTrue();

            robot.clickOn("#passphrase").write("falsche Passphrase");
            robot.clickOn("#passphraseDialogConfirm");

            assertThat(attempts).containsExactly("Passphrase[***]");
            assertThat(robot.lookup("#passphraseProblem").queryAs(Label.class).getText())
                    .isEqualTo(messages.get("error.passphrase.wrong"));
            Screenshots.save(robot, robot.lookup("#passphraseDialog").queryAs(DialogPane.class),
                    "passphrase-wrong-" + language.getLanguage());
            robot.clickOn("#passphrase").write("richtige Passphrase");
            robot.clickOn("#passphraseDialogConfirm");

            assertThat(attempts).hasSize(2);
            assertThat(opened.get()).isEqualTo("opened");
            assertThat(robot.lookup("#passphraseDialog").tryQuery()).isEmpty();
        }
        assertThat(Messages.of(Locale.GERMAN).get("error.passphrase.wrong")).isEqualTo("Die Passphrase ist falsch.");
    }

    @Test
    void anEncryptedFolderOpensOnlyWithItsPassphrase(@TempDir Path folder) {
        String right = "Laptop im Zug 2026";
        try (Workspace workspace = Workspace.open(folder); Passphrase passphrase = Passphrase.of(right.toCharArray())) {
            workspace.encryption().set(passphrase);
        }
        Messages messages = Messages.of(Locale.GERMAN);
        ScriptedDialogs dialogs = new ScriptedDialogs().answer("falsche Passphrase").answer(right);
        AtomicReference<Workspace> opened = new AtomicReference<>();
        new Unlock(null, dialogs, messages, new DirectTaskExecutor()).start(
                passphrase -> Workspace.open(folder, passphrase), opened::set, (error, typed) -> {
                    throw new AssertionError(error);
                }, () -> {
                    throw new AssertionError("quit");
                });
        try (Workspace workspace = opened.get()) {
            assertThat(dialogs.asked()).containsExactly(messages.get("passphrase.text"), "Die Passphrase ist falsch.");
            assertThat(workspace.encryption().encrypted()).isTrue();
        }
    }

    @Test
    void quittingThePromptEndsTheStartAndAnotherFailureKeepsThePassphraseForTheCaller() {
        Messages messages = Messages.of(Locale.GERMAN);
        ScriptedDialogs dialogs = new ScriptedDialogs().answer(null);
        AtomicBoolean quit = new AtomicBoolean();
        Unlock unlock = new Unlock(null, dialogs, messages, new DirectTaskExecutor());
        unlock.start(passphrase -> {
            throw new AssertionError("nothing typed, nothing opened");
        }, opened -> { }, (error, typed) -> { }, () -> quit.set(true));
        assertThat(quit).isTrue();
        assertThat(dialogs.asked()).containsExactly(messages.get("passphrase.text"));

        dialogs.answer("eine Passphrase");
        AtomicReference<Passphrase> kept = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        DeskException damaged = new DeskException("error.database.inUse");
        unlock.start(passphrase -> {
            throw damaged;
        }, opened -> { }, (error, typed) -> {
            failure.set(error);
            kept.set(typed);
        }, () -> quit.set(false));
        assertThat(failure.get()).isSameAs(damaged);
        assertThat(kept.get()).as("handed on to open a backup with").hasToString("Passphrase[***]");
        assertThat(quit).isTrue();
    }
}
