package de.digitaldialog.desk.service;

import de.digitaldialog.desk.service.BackupService.Contents;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a backup in the backup folder holds, in a small owner-only file beside it
 * ({@code desk-….zip.properties}): the reason it was written, the counts of initiatives and
 * meetings, the schema version and whether it is encrypted. Reading the zip itself would mean
 * unpacking a whole database.
 */
final class BackupSidecar {

    private static final Logger LOG = LoggerFactory.getLogger(BackupSidecar.class);
    private static final String SUFFIX = ".properties";
    private static final String REASON = "reason";
    private static final String INITIATIVES = "initiatives";
    private static final String MEETINGS = "meetings";
    private static final String SCHEMA = "schema";
    private static final String ENCRYPTED = "encrypted";

    /**
     * What a sidecar says; a backup without one has reason {@link BackupReason#UNKNOWN} and no
     * contents; whether it is encrypted is empty when a sidecar from before issue 12 does not say.
     */
    record Facts(BackupReason reason, Optional<Contents> contents, Optional<Boolean> encrypted) {
    }

    private BackupSidecar() {
    }

    static Path of(Path backup) {
        return backup.resolveSibling(backup.getFileName() + SUFFIX);
    }

    static void write(Path backup, BackupReason reason, Contents contents, boolean encrypted) throws IOException {
        Properties values = new Properties();
        values.setProperty(REASON, reason.code());
        values.setProperty(INITIATIVES, Long.toString(contents.initiatives()));
        values.setProperty(MEETINGS, Long.toString(contents.meetings()));
        values.setProperty(SCHEMA, contents.schemaVersion());
        values.setProperty(ENCRYPTED, Boolean.toString(encrypted));
        Path file = of(backup);
        Files.deleteIfExists(file);
        Files.createFile(file, OwnerOnly.file());
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            values.store(writer, "Digitaldialog Desk backup");
        }
    }

    static Facts read(Path backup) {
        Path file = of(backup);
        if (!Files.isRegularFile(file)) {
            return new Facts(BackupReason.UNKNOWN, Optional.empty(), Optional.empty());
        }
        Properties values = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            values.load(reader);
            Contents contents = new Contents(Long.parseLong(values.getProperty(INITIATIVES, "")),
                    Long.parseLong(values.getProperty(MEETINGS, "")), values.getProperty(SCHEMA, ""));
            return new Facts(BackupReason.ofCode(values.getProperty(REASON, "")), Optional.of(contents),
                    Optional.ofNullable(values.getProperty(ENCRYPTED)).map(Boolean::parseBoolean));
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("Ignoring the unreadable backup sidecar {}", file, e);
            return new Facts(BackupReason.UNKNOWN, Optional.empty(), Optional.empty());
        }
    }

    static void delete(Path backup) throws IOException {
        Files.deleteIfExists(of(backup));
    }
}
