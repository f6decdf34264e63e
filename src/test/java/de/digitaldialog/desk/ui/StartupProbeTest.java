package de.digitaldialog.desk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupProbeTest {

    @TempDir
    Path folder;

    @Test
    void writesTheMarkerWhole() throws Exception {
        Path marker = folder.resolve("sub/marker.txt");
        StartupProbe.write(marker, 1_552_377_600_000L);
        assertThat(Files.readString(marker).strip()).isEqualTo("1552377600000");
        try (var files = Files.list(marker.getParent())) {
            assertThat(files).containsExactly(marker);
        }
    }
}
