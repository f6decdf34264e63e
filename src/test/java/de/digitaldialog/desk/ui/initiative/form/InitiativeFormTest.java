package de.digitaldialog.desk.ui.initiative.form;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitaldialog.desk.domain.Initiative;
import de.digitaldialog.desk.domain.InitiativeStatus;
import de.digitaldialog.desk.domain.Ministry;
import de.digitaldialog.desk.domain.StatusChange;
import de.digitaldialog.desk.domain.UserProfile;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.service.Preferences;
import de.digitaldialog.desk.workspace.Workspace;
import de.digitaldialog.desk.ui.DeskWindow;
import de.digitaldialog.desk.ui.common.Appearance;
import de.digitaldialog.desk.ui.common.DirectTaskExecutor;
import de.digitaldialog.desk.ui.dialog.ErrorDialog;
import de.digitaldialog.desk.ui.dialog.ErrorReporter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.controlsfx.control.SearchableComboBox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real form in the real window: create, milestones, status workflow, messages, a stale save. */
@ExtendWith(ApplicationExtension.class)
class InitiativeFormTest {

    @TempDir
    static Path folder;
    private static Workspace workspace;
    private DeskWindow window;
    private Stage form;

    @BeforeAll
    static void openWorkspace() {
        workspace = Workspace.open(folder);
        workspace.settings().saveUserProfile(new UserProfile("Jan Müller", "MWIDE", null));
    }

    @AfterAll
    static void closeWorkspace() {
        workspace.close();
    }

    @Start
    void start(Stage stage) {
        Messages messages = Messages.of(Locale.GERMAN);
        ErrorReporter errors = new ErrorReporter(new ErrorDialog(messages), () -> stage);
        Appearance appearance = new Appearance();
        appearance.apply(Preferences.Theme.LIGHT);
        window = DeskWindow.create(stage, messages, new DirectTaskExecutor(), folder, appearance, errors);
        stage.show();
        window.ready(workspace, DeskWindow.snapshot(workspace), false);
    }

    @AfterEach
    void closeForm(FxRobot robot) {
        if (form != null) {
            robot.interact(form::close);
        }
    }

    private void open(FxRobot robot, java.util.UUID id) {
        robot.interact(() -> form = window.factory().get(InitiativeFormWindow.class).open(window.stage(), id));
    }

    private static void chooseLead(FxRobot robot, String query, String abbreviation) {
        SearchableComboBox<Ministry> box = robot.lookup(query).queryAs(SearchableComboBox.class);
        robot.interact(() -> box.setValue(box.getItems().stream()
                .filter(m -> m.abbreviation().equals(abbreviation)).findFirst().orElseThrow()));
    }

    @SuppressWarnings("unchecked")
    private static void chooseStatus(FxRobot robot, InitiativeStatus target) {
        ComboBox<InitiativeStatus> box = robot.lookup("#formStatusTarget").queryAs(ComboBox.class);
        assertThat(box.getItems()).contains(target);
        robot.interact(() -> box.setValue(target));
    }

    private static void date(FxRobot robot, String query, LocalDate value) {
        DatePicker picker = robot.lookup(query).queryAs(DatePicker.class);
        robot.interact(() -> picker.setValue(value));
    }

    private static List<String> visibleMessages(FxRobot robot) {
        return robot.lookup(".field-error").queryAllAs(Label.class).stream()
                .filter(Label::isVisible).map(Label::getText).toList();
    }

    @Test
    @SuppressWarnings("unchecked")
    void createsAnInitiativeAddsMilestonesAndMovesItThroughTwoStates(FxRobot robot) {
        open(robot, null);
        assertThat(robot.lookup("#formHeading").queryAs(Label.class).getText()).isEqualTo("Neue Initiative");
        assertThat(robot.lookup("#formLeadNW #search").queryAs(TextField.class).getPromptText())
                .as("ControlsFX's search prompt in German").isEqualTo("Suchen …");

        robot.clickOn("#formTitle").write("Gemeinsame KI-Rechenkapazitäten");
        robot.clickOn("#themeArea-KI");
        robot.clickOn("#themeArea-EGOV");
        chooseLead(robot, "#formLeadBY", "StMD");
        chooseLead(robot, "#formLeadNW", "MWIDE");

        robot.clickOn("#milestoneTitle").write("Eckpunkte abgestimmt");
        date(robot, "#milestoneDue", LocalDate.of(2019, 6, 30));
        robot.clickOn("#addMilestone");
        robot.clickOn("#milestoneTitle").write("Kabinettsvorlage");
        date(robot, "#milestoneDue", LocalDate.of(2019, 9, 15));
        robot.clickOn("#addMilestone");
        TableView<MilestoneRow> milestones = robot.lookup("#formMilestones").queryAs(TableView.class);
        assertThat(milestones.getItems()).hasSize(2);
        // reorder with the keyboard, then back
        robot.interact(() -> {
            milestones.requestFocus();
            milestones.getSelectionModel().select(1);
        });
        robot.press(KeyCode.ALT, KeyCode.UP).release(KeyCode.UP, KeyCode.ALT);
        assertThat(milestones.getItems()).extracting(row -> row.titleProperty().get())
                .containsExactly("Kabinettsvorlage", "Eckpunkte abgestimmt");
        robot.press(KeyCode.ALT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.ALT);

        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);

        Initiative created = workspace.initiatives().list().stream()
                .filter(s -> s.title().equals("Gemeinsame KI-Rechenkapazitäten"))
                .map(s -> workspace.initiatives().load(s.id())).findFirst().orElseThrow();
        assertThat(created.themeAreaIds()).hasSize(2);
        assertThat(created.leadMinistryByLand()).hasSize(2);
        assertThat(created.milestones()).extracting(m -> m.title())
                .containsExactly("Eckpunkte abgestimmt", "Kabinettsvorlage");
        assertThat(robot.lookup("#formHeading").queryAs(Label.class).getText())
                .isEqualTo(created.number() + " – Gemeinsame KI-Rechenkapazitäten");

        chooseStatus(robot, InitiativeStatus.IN_ABSTIMMUNG);
        robot.clickOn("#formStatusReason").write("Ressortabstimmung eingeleitet");
        robot.clickOn("#changeStatus");
        chooseStatus(robot, InitiativeStatus.BESCHLOSSEN);
        robot.clickOn("#formStatusReason").write("Beschluss der gemeinsamen Kabinettssitzung");
        robot.clickOn("#changeStatus");

        assertThat(robot.lookup("#formCurrentStatus").queryAs(Label.class).getText()).isEqualTo("Beschlossen");
        TableView<StatusChange> history = robot.lookup("#formHistory").queryAs(TableView.class);
        assertThat(history.getItems()).extracting(StatusChange::toValue, StatusChange::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple("IDEE", "Initiative angelegt"),
                org.assertj.core.groups.Tuple.tuple("IN_ABSTIMMUNG", "Ressortabstimmung eingeleitet"),
                org.assertj.core.groups.Tuple.tuple("BESCHLOSSEN", "Beschluss der gemeinsamen Kabinettssitzung"));
        assertThat(workspace.initiatives().history(created.id())).hasSize(3);
        assertThat(robot.lookup("#formStatusTarget").queryAs(ComboBox.class).getItems())
                .containsExactlyInAnyOrder(InitiativeStatus.IN_ABSTIMMUNG, InitiativeStatus.IN_UMSETZUNG,
                        InitiativeStatus.ZURUECKGESTELLT, InitiativeStatus.VERWORFEN);
    }

    @Test
    void showsTheMessagesAtTheFieldsAndSavesNothing(FxRobot robot) {
        int before = workspace.initiatives().list().size();
        open(robot, null);
        date(robot, "#formStartDate", LocalDate.of(2019, 6, 1));
        date(robot, "#formTargetDate", LocalDate.of(2019, 3, 1));
        robot.clickOn("#formSave");

        assertThat(visibleMessages(robot)).containsExactly("Pflichtfeld",
                "Mindestens ein federführendes Ressort ist erforderlich.",
                "Das Zieldatum liegt vor dem Startdatum.");
        assertThat(workspace.initiatives().list()).hasSize(before);

        // leaving with unsaved changes asks first; "Abbrechen" stays, "Verwerfen" leaves
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        assertThat(robot.lookup("#unsavedDialog").tryQuery()).isPresent();
        robot.clickOn("#unsavedCancel");
        assertThat(form.isShowing()).isTrue();
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        robot.clickOn("#unsavedDiscard");
        assertThat(form.isShowing()).isFalse();
        assertThat(workspace.initiatives().list()).hasSize(before);
    }

    @Test
    void theFocusStartsOnTheTitleAndAStrayReturnOnTheStepButtonTakesNoStepWithoutAReason(FxRobot robot) {
        open(robot, null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(form.getScene().getFocusOwner()).isSameAs(robot.lookup("#formTitle").query());
        robot.clickOn("#formTitle").write("Gemeinsames Bürgerkonto");
        robot.clickOn("#themeArea-EGOV");
        chooseLead(robot, "#formLeadBY", "StMD");
        chooseLead(robot, "#formLeadNW", "MWIDE");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        Initiative created = workspace.initiatives().list().stream()
                .filter(s -> s.title().equals("Gemeinsames Bürgerkonto"))
                .map(s -> workspace.initiatives().load(s.id())).findFirst().orElseThrow();
        robot.interact(form::close);
        open(robot, created.id());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(form.getScene().getFocusOwner()).isSameAs(robot.lookup("#formTitle").query());

        chooseStatus(robot, InitiativeStatus.IN_ABSTIMMUNG);
        Button step = robot.lookup("#changeStatus").queryButton();
        assertThat(step.isDefaultButton()).isFalse();
        robot.interact(step::requestFocus);
        robot.type(KeyCode.ENTER);

        assertThat(visibleMessages(robot)).containsExactly("Pflichtfeld");
        assertThat(workspace.initiatives().load(created.id()).status()).isEqualTo(InitiativeStatus.IDEE);
    }

    @Test
    void aFieldIsCheckedWhenTheUserLeavesIt(FxRobot robot) {
        open(robot, null);
        robot.clickOn("#formTitle");
        assertThat(visibleMessages(robot)).isEmpty();
        robot.clickOn("#formDescription");
        assertThat(visibleMessages(robot)).as("only the field left").containsExactly("Pflichtfeld");
        robot.clickOn("#formTitle").write("Registermodernisierung");
        assertThat(visibleMessages(robot)).isEmpty();
    }

    @Test
    void aStaleSaveShowsTheConcurrencyMessageAndOverwritesNothing(FxRobot robot) {
        Initiative draft = new Initiative(java.util.UUID.randomUUID(), null, "Digitale Verwaltungsleistungen", null,
                Set.of(), java.util.Map.of(land("DE-BY"), ministry("DE-BY", "StMD")), Set.of(), Set.of(), Set.of(),
                de.digitaldialog.desk.domain.Arena.BILATERAL, InitiativeStatus.IDEE, null, null, null, null, null,
                null, null, null, List.of(), null);
        Initiative stored = workspace.initiatives().create(draft, "Vereinbart");
        open(robot, stored.id());

        // another window saves first
        workspace.initiatives().save(new Initiative(stored.id(), stored.number(), "Anderer Titel", null, Set.of(),
                stored.leadMinistryByLand(), Set.of(), Set.of(), Set.of(), stored.arena(), stored.status(), null,
                null, null, null, null, null, null, null, List.of(), stored.audit()), null);

        robot.clickOn("#formTitle").write(" (Entwurf)");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);

        assertThat(robot.lookup("#formProblem").queryAs(Label.class).getText())
                .startsWith("Der Datensatz wurde zwischenzeitlich von Jan Müller");
        Initiative now = workspace.initiatives().load(stored.id());
        assertThat(now.title()).isEqualTo("Anderer Titel");
        assertThat(robot.lookup("#formTitle").queryAs(javafx.scene.control.TextField.class).getText())
                .as("the user's edits stay in the form").isEqualTo("Digitale Verwaltungsleistungen (Entwurf)");

        robot.clickOn("#formReload");
        assertThat(robot.lookup("#formTitle").queryAs(javafx.scene.control.TextField.class).getText())
                .isEqualTo("Anderer Titel");
        assertThat(robot.lookup("#formProblem").queryAs(Label.class).isVisible()).isFalse();
    }

    private static java.util.UUID land(String code) {
        return workspace.referenceData().lands().stream().filter(l -> l.code().equals(code))
                .findFirst().orElseThrow().id();
    }

    private static java.util.UUID ministry(String landCode, String abbreviation) {
        java.util.UUID land = land(landCode);
        return workspace.referenceData().ministries().stream()
                .filter(m -> m.landId().equals(land) && m.abbreviation().equals(abbreviation))
                .findFirst().orElseThrow().id();
    }
}
