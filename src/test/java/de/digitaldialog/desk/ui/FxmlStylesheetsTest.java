package de.digitaldialog.desk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A view whose stylesheet moved away loads without its styles and only logs it: caught here. */
class FxmlStylesheetsTest {

    private static final Path VIEWS = Path.of("src/main/resources");
    private static final Pattern STYLESHEET = Pattern.compile("stylesheets=\"@([^\"]+)\"");

    @Test
    void everyStylesheetAViewNamesExists() throws IOException {
        List<Path> views;
        try (Stream<Path> files = Files.walk(VIEWS)) {
            views = files.filter(file -> file.toString().endsWith(".fxml")).toList();
        }
        assertThat(views).isNotEmpty();
        for (Path view : views) {
            Matcher named = STYLESHEET.matcher(Files.readString(view));
            while (named.find()) {
                assertThat(view.resolveSibling(named.group(1)).normalize())
                        .as("the stylesheet %s of %s", named.group(1), view).isRegularFile();
            }
        }
    }
}
