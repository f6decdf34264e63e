package de.digitaldialog.desk.ui.person.list;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitaldialog.desk.domain.Arena;
import de.digitaldialog.desk.domain.Initiative;
import de.digitaldialog.desk.domain.InitiativeStatus;
import de.digitaldialog.desk.domain.Ministry;
import de.digitaldialog.desk.domain.Person;
import de.digitaldialog.desk.domain.UserProfile;
import de.digitaldialog.desk.testsupport.ReferenceIds;
import de.digitaldialog.desk.testsupport.ScriptedDialogs;
import de.digitaldialog.desk.testsupport.TestWindows;
import de.digitaldialog.desk.workspace.Workspace;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
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

/**
 * The Personen page in the real window on an empty workspace: reached by Ctrl+Shift+P; create,
 * edit and search persons, retired ones on request, a nameless person refused at the field,
 * an unused person deleted and a referenced one refused with the advice to retire them.
 */
@ExtendWith(ApplicationExtension.class)
class PersonsViewTest {

    @TempDir
    static Path folder;
    private static Workspace workspace;
    private static ReferenceIds ids;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @BeforeAll
    static void openEmptyWorkspace() {
        workspace = Workspace.open(folder);
        workspace.settings().saveUserProfile(new UserProfile("Jan Müller", "MWIDE", null));
        ids = new ReferenceIds(workspace);
    }

    @AfterAll
    static void closeWorkspace() {
        workspace.close();
    }

    @Start
    void start(Stage primary) {
        TestWindows.show(workspace, Locale.GERMAN, dialogs);
    }

    @AfterEach
    void closeWindows(FxRobot robot) {
        robot.interact(() -> new ArrayList<>(Window.getWindows()).forEach(Window::hide));
    }

    private static Optional<Person> stored(String lastName) {
        return workspace.persons().list().stream().filter(p -> p.lastName().equals(lastName)).findFirst();
    }

    private static Person person(String lastName, LocalDate activeTo) {
        return workspace.persons().create(new Person(UUID.randomUUID(), null, null, null, "Erika", lastName, null, null,
                ids.ministry("DE-NW", "MWIDE"), null, null, null, null, activeTo, null));
    }

    private static void openPage(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P).release(KeyCode.P, KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(robot.lookup(".page-title").queryAs(Label.class).getText()).isEqualTo("Personen");
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static void replace(FxRobot robot, String query, String value) {
        TextField field = robot.lookup(query).queryAs(TextField.class);
        robot.interact(() -> field.setText(value));
    }

    private static void date(FxRobot robot, String query, LocalDate value) {
        DatePicker picker = robot.lookup(query).queryAs(DatePicker.class);
        robot.interact(() -> picker.setValue(value));
    }

    private static List<String> cells(FxRobot robot) {
        return robot.lookup("#personsTable .table-cell").queryAllAs(Labeled.class).stream()
                .map(Labeled::getText).toList();
    }

    @Test
    void showsTheNumbersAndTheCountWhole(FxRobot robot) {
        Person first = person("Breitenbach", null);
        person("Carstensen", null);
        openPage(robot);
        assertThat(robot.lookup("#personsTable .table-cell").queryAllAs(Labeled.class))
                .filteredOn(cell -> first.number().equals(cell.getText())).singleElement()
                .satisfies(cell -> assertThat(shown(robot, cell)).isEqualTo(first.number()));
        Label count = robot.lookup("#personsSummary").queryAs(Label.class);
        assertThat(shown(robot, count)).isEqualTo(count.getText()).endsWith("Personen");
    }

    /** The text a label shows: its own text, or that cut off with "…" when it is too narrow. */
    private static String shown(FxRobot robot, Labeled labeled) {
        return robot.from(labeled).lookup(".text").queryAs(Text.class).getText();
    }

    @Test
    @SuppressWarnings("unchecked")
    void createsEditsAndFindsAPersonAndRefusesANamelessOneAtTheField(FxRobot robot) {
        openPage(robot);
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        assertThat(text(robot, "#formHeading")).isEqualTo("Neue Person");

        robot.clickOn("#personFirstName").write("Anna");
        robot.clickOn("#formSave");
        assertThat(text(robot, "#lastNameError")).isEqualTo("Pflichtfeld");
        assertThat(workspace.persons().list()).noneMatch(p -> "Anna".equals(p.firstName()));

        robot.clickOn("#personLastName").write("Schmidt");
        robot.clickOn("#personEmail").write("anna.schmidt@");
        date(robot, "#personActiveFrom", LocalDate.of(2024, 1, 1));
        date(robot, "#personActiveTo", LocalDate.of(2023, 12, 31));
        robot.clickOn("#formSave");
        assertThat(text(robot, "#emailError")).isEqualTo("Keine gültige E-Mail-Adresse");
        assertThat(text(robot, "#activeToError")).isEqualTo("Das Ende der Tätigkeit liegt vor ihrem Beginn.");
        assertThat(robot.lookup("#lastNameError").queryAs(Label.class).isVisible()).isFalse();
        assertThat(stored("Schmidt")).isEmpty();

        replace(robot, "#personEmail", "anna.schmidt@stmd.bayern.de");
        date(robot, "#personActiveTo", null);
        robot.clickOn("#personAcademicTitle").write("Dr.");
        SearchableComboBox<Ministry> ministry = robot.lookup("#personMinistry").queryAs(SearchableComboBox.class);
        robot.interact(() -> ministry.setValue(ministry.getItems().stream()
                .filter(m -> m.id().equals(ids.ministry("DE-BY", "StMD"))).findFirst().orElseThrow()));
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);

        Person anna = stored("Schmidt").orElseThrow();
        assertThat(anna.number()).startsWith("PER-");
        assertThat(anna.landId()).isEqualTo(ids.land("DE-BY"));
        assertThat(anna.email()).isEqualTo("anna.schmidt@stmd.bayern.de");
        assertThat(text(robot, "#formHeading")).isEqualTo(anna.number() + " – Dr. Anna Schmidt");
        robot.type(KeyCode.ESCAPE);

        TableView<Person> table = robot.lookup("#personsTable").queryTableView();
        assertThat(table.getItems()).extracting(Person::id).contains(anna.id());
        assertThat(cells(robot)).contains(anna.number(), "Dr. Anna Schmidt", "StMD", "Bayern",
                "anna.schmidt@stmd.bayern.de");

        // open the row with Enter and edit it
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(table.getItems().indexOf(anna));
        });
        robot.type(KeyCode.ENTER);
        assertThat(text(robot, "#formHeading")).isEqualTo(anna.number() + " – Dr. Anna Schmidt");
        robot.clickOn("#personFunction").write("Referatsleiterin Digitalpolitik");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        robot.type(KeyCode.ESCAPE);
        assertThat(stored("Schmidt").orElseThrow().functionTitle()).isEqualTo("Referatsleiterin Digitalpolitik");
        assertThat(cells(robot)).contains("Referatsleiterin Digitalpolitik");

        robot.clickOn("#personsSearch").write("schmi");
        assertThat(table.getItems()).extracting(Person::lastName).containsExactly("Schmidt");
        replace(robot, "#personsSearch", "Digitalpolitik");
        assertThat(table.getItems()).extracting(Person::lastName).containsExactly("Schmidt");
        replace(robot, "#personsSearch", "Niemand");
        assertThat(table.getItems()).isEmpty();
    }

    @Test
    void hidesRetiredPersonsDeletesAnUnusedOneAndRefusesAReferencedOne(FxRobot robot) {
        Person retired = person("Ruhestand", LocalDate.of(2020, 12, 31));
        Person unused = person("Unbenutzt", null);
        Person contact = person("Kontakt", null);
        workspace.initiatives().create(new Initiative(UUID.randomUUID(), null, "Digitale Verwaltung", null,
                Set.of(ids.themeArea("EGOV")), Map.of(ids.land("DE-BY"), ids.ministry("DE-BY", "StMD")), Set.of(),
                Set.of(), Set.of(contact.id()), Arena.BILATERAL, InitiativeStatus.IDEE, null, null, null, null, null,
                null, null, null, List.of(), null), "Angelegt");
        openPage(robot);
        TableView<Person> table = robot.lookup("#personsTable").queryTableView();
        assertThat(table.getItems()).extracting(Person::id).contains(unused.id(), contact.id())
                .doesNotContain(retired.id());
        robot.clickOn("#personsWithRetired");
        assertThat(robot.lookup("#personsWithRetired").queryAs(CheckBox.class).isSelected()).isTrue();
        assertThat(table.getItems()).extracting(Person::id).contains(retired.id());
        assertThat(cells(robot)).contains("31.12.2020 (ausgeschieden)");

        // Delete on an unused person: asked naming them, then gone
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(table.getItems().indexOf(unused));
        });
        dialogs.answer(true);
        robot.type(KeyCode.DELETE);
        assertThat(dialogs.asked()).last().asString().contains("Erika Unbenutzt (" + unused.number() + ")");
        assertThat(table.getItems()).extracting(Person::id).doesNotContain(unused.id());
        assertThat(stored("Unbenutzt")).isEmpty();

        // a person an initiative names is refused, with the advice to retire them
        robot.interact(() -> table.getSelectionModel().select(table.getItems().indexOf(contact)));
        dialogs.answer(true);
        robot.clickOn("#personsDelete");
        assertThat(dialogs.asked()).last().asString()
                .contains("wird noch verwendet").contains("„aktiv bis“");
        assertThat(table.getItems()).extracting(Person::id).contains(contact.id());
        assertThat(stored("Kontakt")).isPresent();
    }
}
