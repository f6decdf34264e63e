package de.digitaldialog.desk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** Esc leaves a form wherever the focus is, also in a list or table (the TOPs of a meeting). */
@ExtendWith(ApplicationExtension.class)
class FormWindowTest {

    @Test
    void escAsksToCloseFromAFieldAListAndATable(FxRobot robot) {
        AtomicInteger asked = new AtomicInteger();
        TextField field = new TextField();
        ListView<String> list = new ListView<>(FXCollections.observableArrayList("TOP 1", "TOP 2"));
        list.setId("tops");
        TableView<String> table = new TableView<>(FXCollections.observableArrayList("Anna Schmidt"));
        table.setId("participants");
        Stage[] stage = new Stage[1];
        robot.interact(() -> {
            stage[0] = FormWindow.of(null, new VBox(field, list, table), new SimpleStringProperty("Sitzung"),
                    () -> { }, asked::incrementAndGet);
            stage[0].show();
        });

        robot.clickOn(field).type(KeyCode.ESCAPE);
        assertThat(asked).hasValue(1);
        robot.clickOn("#tops").type(KeyCode.ESCAPE);
        assertThat(asked).as("the list does not swallow it").hasValue(2);
        robot.clickOn("#participants").type(KeyCode.ESCAPE);
        assertThat(asked).hasValue(3);
        robot.interact(stage[0]::close);
    }
}
