package de.digitaldialog.desk.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import org.h2.mvstore.DataUtils;

/**
 * Looks at a closed database file without opening it: present, not empty, not shorter than it
 * was, and H2's store header (two copies, at offset 0 and 4096, each {@code H:2,…,fletcher:…}
 * with a checksum) readable. Cheap enough for every start.
 */
public final class DatabaseFileCheck {

    /** What is wrong with the file; the name ends the message key {@code error.database.damaged.*}. */
    public enum Damage { MISSING, EMPTY, TRUNCATED, HEADER }

    private static final int BLOCK = 4096;

    private DatabaseFileCheck() {
    }

    /**
     * @param minimumSize     the size the file had when it was last closed cleanly, 0 when unknown
     * @param headersRequired 2 after a clean close (H2 wrote both copies); 1 after a crash, when H2
     *                        may have been rewriting one of them
     * @return the damage found, empty when the file looks sound
     */
    public static Optional<Damage> check(Path file, long minimumSize, int headersRequired) {
        try {
            if (!Files.exists(file)) {
                return Optional.of(Damage.MISSING);
            }
            long size = Files.size(file);
            if (size == 0) {
                return Optional.of(Damage.EMPTY);
            }
            if (size < minimumSize) {
                return Optional.of(Damage.TRUNCATED);
            }
            return readableHeaders(file) < headersRequired ? Optional.of(Damage.HEADER) : Optional.empty();
        } catch (IOException e) {
            return Optional.of(Damage.HEADER);
        }
    }

    private static int readableHeaders(Path file) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(2 * BLOCK);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
                // read both header blocks, or as much of them as there is
            }
        }
        byte[] bytes = buffer.array();
        int readable = 0;
        for (int offset = 0; offset < buffer.position() - BLOCK + 1; offset += BLOCK) {
            if (validHeader(bytes, offset)) {
                readable++;
            }
        }
        return readable;
    }

    /** As H2 reads it: text up to {@code ,fletcher:}, whose hex value is the Fletcher-32 of that text. */
    private static boolean validHeader(byte[] bytes, int offset) {
        int end = offset + BLOCK;
        while (end > offset && bytes[end - 1] <= ' ') {
            end--;
        }
        String text = new String(bytes, offset, end - offset, StandardCharsets.ISO_8859_1);
        int checksumAt = text.lastIndexOf(",fletcher:");
        if (!text.startsWith("H:2,") || checksumAt < 0) {
            return false;
        }
        try {
            int stored = (int) Long.parseLong(text.substring(checksumAt + ",fletcher:".length()), 16);
            return stored == DataUtils.getFletcher32(bytes, offset, checksumAt);
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
