package de.digitaldialog.desk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.digitaldialog.desk.domain.DeskException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The passphrase file scripts hand over: its first line, and only when its owner alone may use it. */
class PassphraseFileTest {

    @TempDir
    Path folder;

    private Path file(byte[] content, String permissions) throws IOException {
        Path file = Files.write(folder.resolve("passphrase"), content);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
        return file;
    }

    private Path file(String content, String permissions) throws IOException {
        return file(content.getBytes(StandardCharsets.UTF_8), permissions);
    }

    @Test
    void theFirstLineWithoutItsLineBreakIsThePassphrase() throws IOException {
        for (String content : new String[] {" Grüße an Köln 2026 \nsecond line", " Grüße an Köln 2026 \r\n",
                " Grüße an Köln 2026 "}) {
            try (Passphrase passphrase = PassphraseFile.read(file(content, "rw-------"))) {
                assertThat(passphrase.characters()).as(content).containsExactly(" Grüße an Köln 2026 ".toCharArray());
                assertThat(passphrase).hasToString("Passphrase[***]");
            }
        }
        try (Passphrase readOnly = PassphraseFile.read(file("owner may only read it", "r--------"))) {
            assertThat(readOnly.length()).isEqualTo(22);
        }
    }

    @Test
    void aFileGroupOrOthersMayReadOrWriteIsRefusedNamingItsMode() throws IOException {
        for (String permissions : new String[] {"rw-r-----", "rw--w----", "rw----r--", "rw-----w-", "rw-rw-rw-"}) {
            Path file = file("a passphrase nobody else should see", permissions);

            assertThatThrownBy(() -> PassphraseFile.read(file)).as(permissions).isInstanceOf(DeskException.class)
                    .satisfies(e -> {
                        DeskException problem = (DeskException) e;
                        assertThat(problem.key()).isEqualTo("error.passphrase.fileOpen");
                        assertThat(problem.args()).containsExactly(file, permissions);
                    });
        }
    }

    @Test
    void aMissingEmptyOrMalformedFileIsRefused() throws IOException {
        assertThatThrownBy(() -> PassphraseFile.read(folder.resolve("none")))
                .hasMessageContaining("error.passphrase.fileMissing");
        Path empty = file("\nthe second line does not count", "rw-------");
        assertThatThrownBy(() -> PassphraseFile.read(empty)).hasMessageContaining("error.passphrase.empty");
        Path latin1 = file(new byte[] {'G', 'r', (byte) 0xFC, (byte) 0xDF, 'e'}, "rw-------");
        assertThatThrownBy(() -> PassphraseFile.read(latin1)).hasMessageContaining("error.passphrase.fileUnreadable");
    }
}
