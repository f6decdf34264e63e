package de.digitaldialog.desk.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The baseline: an empty JavaFX stage, started the way the program starts, marking when shown. */
public final class EmptyStage extends Application {

    /** The main class: like the program's, not the Application itself (JavaFX refuses that on the classpath). */
    public static final class Main {

        private Main() {
        }

        public static void main(String[] args) {
            Application.launch(EmptyStage.class, args);
        }
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Baseline");
        stage.setScene(new Scene(new StackPane(), 1280, 800));
        stage.show();
        try {
            Files.writeString(Path.of(System.getProperty("desk.startup.marker")), "shown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Platform.exit();
    }
}
