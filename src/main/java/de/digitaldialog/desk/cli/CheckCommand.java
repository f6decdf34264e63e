package de.digitaldialog.desk.cli;

import de.digitaldialog.desk.domain.ConsistencyFinding;
import de.digitaldialog.desk.domain.ConsistencyReport;
import de.digitaldialog.desk.domain.ConsistencyReport.Checked;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.service.ConsistencyService;
import de.digitaldialog.desk.service.Passphrase;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code desk check}: the full consistency check on the database opened read-only. One line says
 * what was checked, then one line per finding (table, a tab, record, a tab, what is wrong), then
 * the verdict; exit 0 when clean, 1 with findings.
 */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        resourceBundle = Messages.BUNDLE)
final class CheckCommand implements Callable<Integer> {

    @ParentCommand
    private DeskCommand parent;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        ConsistencyReport report;
        try (Passphrase passphrase = parent.passphraseToOpen()) {
            report = ConsistencyService.check(parent.dataFolder(), passphrase);
        }
        Messages messages = parent.messages();
        PrintWriter out = spec.commandLine().getOut();
        out.println(messages.get("cli.check.checked", report.count(Checked.TABLES), report.count(Checked.ROWS),
                report.count(Checked.INDEXES), report.count(Checked.FOREIGN_KEYS), report.count(Checked.UNIQUE_KEYS),
                report.count(Checked.REFERENCES), report.count(Checked.NUMBERS), report.count(Checked.COUNTERS),
                report.took().toMillis() / 1000.0));
        for (ConsistencyFinding finding : report.findings()) {
            out.println(finding.table() + "\t" + finding.record() + "\t"
                    + messages.get(finding.key(), finding.args().toArray()));
        }
        out.println(report.clean() ? messages.get("cli.check.clean")
                : messages.get("cli.check.found", report.findings().size()));
        out.flush();
        return report.clean() ? Cli.OK : Cli.FAILED;
    }
}
