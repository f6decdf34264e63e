package de.digitaldialog.desk.cli;

import de.digitaldialog.desk.service.BackupReason;
import de.digitaldialog.desk.service.BackupService;
import de.digitaldialog.desk.service.BackupService.Backup;
import de.digitaldialog.desk.service.Preferences;
import de.digitaldialog.desk.workspace.Workspace;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code desk backups}: one line per backup, newest first, fields separated by tabs: local time,
 * bytes, reason, initiatives, meetings, schema version, file name ({@code -} where a backup has no
 * sidecar saying so), then {@code encrypted} or {@code unencrypted} (last, so scripts that read the
 * fields before it by position keep working). {@code desk backups --delete-unencrypted} deletes those
 * made before the folder was encrypted.
 */
@Command(name = "backups", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        resourceBundle = "de.digitaldialog.desk.i18n.messages")
final class BackupsCommand implements Callable<Integer> {

    private static final String UNKNOWN = "-";
    private static final String ENCRYPTED = "encrypted";
    private static final String UNENCRYPTED = "unencrypted";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @ParentCommand
    private DeskCommand parent;

    @Spec
    private CommandSpec spec;

    @Option(names = "--delete-unencrypted", descriptionKey = "cli.backups.deleteUnencrypted")
    private boolean deleteUnencrypted;

    @Override
    public Integer call() {
        if (deleteUnencrypted) {
            return deleteUnencrypted();
        }
        // read from the backup folder alone: the database is not opened, so a damaged one can still list its backups
        PrintWriter out = spec.commandLine().getOut();
        for (Backup backup : BackupService.list(Preferences.load(parent.dataFolder()).backupFolder())) {
            String contents = backup.contents().map(held -> held.initiatives() + "\t" + held.meetings() + "\t"
                    + held.schemaVersion()).orElse(UNKNOWN + "\t" + UNKNOWN + "\t" + UNKNOWN);
            out.println(String.join("\t", TIME.format(backup.time().atZone(ZoneId.systemDefault())),
                    Long.toString(backup.size()), backup.reason() == BackupReason.UNKNOWN ? UNKNOWN
                            : backup.reason().code(), contents, backup.file().getFileName().toString(),
                    backup.encrypted() ? ENCRYPTED : UNENCRYPTED));
        }
        out.flush();
        return Cli.OK;
    }

    /** Deletes the backups made before the folder was encrypted; opening it proves the passphrase first. */
    private int deleteUnencrypted() {
        PassphraseCommand.refuseUnencrypted(parent);
        try (Workspace workspace = parent.openWorkspace()) {
            int deleted = workspace.backups().deleteUnencrypted();
            spec.commandLine().getOut().println(parent.messages().get("cli.backups.deletedUnencrypted", deleted));
            spec.commandLine().getOut().flush();
        }
        return Cli.OK;
    }
}
