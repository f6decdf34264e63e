package de.digitaldialog.desk.ui.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitaldialog.desk.domain.DeskException;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.service.Preferences.Theme;
import de.digitaldialog.desk.ui.common.Appearance;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** An exception nobody caught, on any thread, ends in the error dialog with copyable details. */
@ExtendWith(ApplicationExtension.class)
class ErrorReporterTest {

    private ErrorReporter reporter;

    @Start
    void start(Stage stage) {
        new Appearance().apply(Theme.LIGHT);
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
        reporter = new ErrorReporter(new ErrorDialog(Messages.of(Locale.GERMAN)), () -> stage);
    }

    @Test
    void anUncaughtExceptionOnAnyThreadShowsTheDialog(FxRobot robot) throws Exception {
        Thread worker = new Thread(() -> {
            throw new DeskException("error.notFound", "INI-BY1-0042");
        }, "test-worker");
        worker.setUncaughtExceptionHandler(reporter);
        worker.start();
        worker.join();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#errorMessage").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#errorMessage").queryAs(Label.class).getText())
                .isEqualTo("Der Datensatz INI-BY1-0042 wurde nicht gefunden.");
        robot.clickOn("#errorDetailsPane");
        TextArea details = robot.lookup("#errorDetails").queryAs(TextArea.class);
        assertThat(details.isEditable()).isFalse();
        assertThat(details.getText()).contains("DeskException", "error.notFound");
        robot.clickOn("Schließen");
        assertThat(robot.lookup("#errorMessage").tryQuery()).isEmpty();
    }
}
