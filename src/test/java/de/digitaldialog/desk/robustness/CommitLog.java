package de.digitaldialog.desk.robustness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The writer's durable account of its transactions: before each one a line "B op facts", after its
 * commit a line "C op facts", each forced to disk before the writer goes on. A kill can come between
 * the two, so at most the last transaction is pending: it may be in the database or not, but whole.
 */
final class CommitLog implements AutoCloseable {

    /** One transaction: what it promised ({@code committed} false) or what it stored. */
    record Entry(boolean committed, long op, List<Fact> facts) {
    }

    private final FileChannel channel;

    private CommitLog(FileChannel channel) {
        this.channel = channel;
    }

    static CommitLog appendTo(Path file) {
        try {
            return new CommitLog(FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void begin(long op, List<Fact> facts) {
        write("B", op, facts.stream().map(Fact::anyVersion).toList());
    }

    void commit(long op, List<Fact> facts) {
        write("C", op, facts);
    }

    private void write(String mark, long op, List<Fact> facts) {
        String line = mark + " " + op + " " + facts.stream().map(Fact::format).collect(Collectors.joining(";")) + "\n";
        try {
            ByteBuffer bytes = ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8));
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            channel.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The entries of a log; a last line the kill cut short is no entry. */
    static List<Entry> read(Path file) {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            List<Entry> entries = new ArrayList<>();
            int end = text.lastIndexOf('\n');
            for (String line : end < 0 ? List.<String>of() : text.substring(0, end).lines().toList()) {
                String[] parts = line.split(" ", 3);
                List<Fact> facts = parts.length < 3 || parts[2].isEmpty() ? List.of()
                        : Arrays.stream(parts[2].split(";")).map(Fact::parse).toList();
                entries.add(new Entry(parts[0].equals("C"), Long.parseLong(parts[1]), facts));
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
