package de.digitaldialog.desk.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataFolderTest {

    private final Path home = Path.of("/home/anna");

    @Test
    void linuxUsesXdgDataHomeOrItsDefault() {
        assertThat(DataFolder.defaultFor("Linux", Map.of("XDG_DATA_HOME", "/data"), home))
                .isEqualTo(Path.of("/data/digitaldialog-desk"));
        assertThat(DataFolder.defaultFor("Linux", Map.of(), home))
                .isEqualTo(Path.of("/home/anna/.local/share/digitaldialog-desk"));
    }

    @Test
    void windowsUsesTheLocalNotTheRoamingProfile() {
        assertThat(DataFolder.defaultFor("Windows 11", Map.of("LOCALAPPDATA", "/c/Users/anna/AppData/Local",
                "APPDATA", "/c/Users/anna/AppData/Roaming"), home))
                .isEqualTo(Path.of("/c/Users/anna/AppData/Local/Digitaldialog Desk"));
    }

    @Test
    void macOsUsesApplicationSupport() {
        assertThat(DataFolder.defaultFor("Mac OS X", Map.of(), home))
                .isEqualTo(Path.of("/home/anna/Library/Application Support/Digitaldialog Desk"));
    }
}
