package de.digitaldialog.desk.ui.dialog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import de.digitaldialog.desk.domain.InitiativeStatus;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.service.Preferences.Theme;
import de.digitaldialog.desk.ui.common.Appearance;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real dialogs: a step on a reason is not taken by Return before the reason is typed; a dialog
 * sits in the middle of its window, with room around its text.
 */
@ExtendWith(ApplicationExtension.class)
class FxDialogServiceTest {

    private Stage owner;

    @Start
    void start(Stage stage) {
        new Appearance().apply(Theme.LIGHT);
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
        owner = stage;
    }

    @Test
    void aReasonPromptStartsOnItsChoiceAndReturnTakesNoStepWithoutTheReason(FxRobot robot) {
        FxDialogService dialogs = new FxDialogService(Messages.of(Locale.GERMAN));
        ComboBox<InitiativeStatus> target = new ComboBox<>(FXCollections.observableArrayList(InitiativeStatus.values()));
        ReasonPrompt prompt = ReasonPrompt.of("bulkStatus", "Status von 2 Initiativen ändern", null,
                "Begründung", "Status ändern").withChoice("Neuer Status", target, target.valueProperty().isNull());
        AtomicReference<Optional<String>> answer = new AtomicReference<>();
        Platform.runLater(() -> answer.set(dialogs.askReason(owner, prompt)));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(target.getScene().getFocusOwner()).isSameAs(target);
        Button confirm = robot.lookup("#bulkStatusConfirm").queryButton();
        assertThat(confirm.isDefaultButton()).isFalse();
        robot.interact(() -> target.setValue(InitiativeStatus.IN_ABSTIMMUNG));
        robot.type(KeyCode.ENTER);
        assertThat(robot.lookup("#bulkStatus").tryQuery()).as("still asking").isPresent();
        assertThat(confirm.isDisabled()).isTrue();

        robot.clickOn("#reason").write("Ressortabstimmung eingeleitet").type(KeyCode.ENTER);
        assertThat(robot.lookup("#bulkStatus").tryQuery()).as("Return in the reason is a new line").isPresent();
        robot.clickOn(confirm);

        assertThat(answer.get()).contains("Ressortabstimmung eingeleitet");
    }

    @Test
    void aQuestionAfterAClosedDialogIsCentredOnTheWindowUnderItWithRoomAroundItsText(FxRobot robot) {
        FxDialogService dialogs = new FxDialogService(Messages.of(Locale.GERMAN));
        // a window of its own off the screen's corner: the toolkit's primary stage is shared by later test classes
        AtomicReference<Stage> own = new AtomicReference<>();
        robot.interact(() -> {
            own.set(new Stage());
            own.get().setScene(new Scene(new StackPane(), 400, 300));
            own.get().setX(300);
            own.get().show();
        });
        Stage owner = own.get();
        AtomicReference<Stage> asking = new AtomicReference<>();
        robot.interact(() -> {
            Stage closed = new Stage();
            asking.set(closed);
            closed.initOwner(owner);
            closed.setScene(new Scene(new StackPane(), 100, 100));
            closed.show();
            closed.close();
        });
        Platform.runLater(() -> dialogs.inform(asking.get(), "Übergeben", "Die Umbildung ist gespeichert. Jetzt die "
                + "offenen Initiativen, Aufträge und Zulieferungen an einen Nachfolger übergeben?"));
        WaitForAsyncUtils.waitForFxEvents();

        DialogPane pane = robot.lookup("#informDialog").queryAs(DialogPane.class);
        Window dialog = pane.getScene().getWindow();
        assertThat(dialog.getX() + dialog.getWidth() / 2).isCloseTo(owner.getX() + owner.getWidth() / 2, within(1.0));
        assertThat(dialog.getY() + dialog.getHeight() / 2).isCloseTo(owner.getY() + owner.getHeight() / 2, within(1.0));
        assertThat(((Region) pane.getContent()).getPadding().getLeft()).isEqualTo(24);
        robot.clickOn("#informDialog .button");
        robot.interact(owner::close);
    }

    @Test
    void aPromptGrowsWhenItsContentIsFilledInAfterItOpenedSoItsButtonsStayInTheWindow(FxRobot robot) {
        FxDialogService dialogs = new FxDialogService(Messages.of(Locale.GERMAN));
        Label heading = new Label();
        heading.setWrapText(true);
        heading.setMinHeight(Region.USE_PREF_SIZE);
        heading.setPrefWidth(300);
        Platform.runLater(() -> dialogs.open(owner, Prompt.of("late", "Übergeben", new VBox(heading)).confirm("Übergeben")));
        WaitForAsyncUtils.waitForFxEvents();

        // as a background load does: the text arrives once the window has its size
        robot.interact(() -> heading.setText("Offenes von MWIDE – Ministerium für Wirtschaft, Innovation, "
                + "Digitalisierung und Energie des Landes Nordrhein-Westfalen übergeben; ".repeat(3)));
        WaitForAsyncUtils.waitForFxEvents();

        Button confirm = robot.lookup("#lateConfirm").queryButton();
        Bounds inScene = confirm.localToScene(confirm.getBoundsInLocal());
        assertThat(inScene.getMaxY()).as("the button lies inside the window").isLessThanOrEqualTo(
                confirm.getScene().getHeight());
        robot.clickOn(confirm);
    }
}
