package de.digitaldialog.desk.cli;

import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.workspace.Workspace;
import de.digitaldialog.desk.service.briefing.BriefingOptions;
import de.digitaldialog.desk.service.briefing.BriefingRequest;
import de.digitaldialog.desk.service.briefing.BriefingService;
import de.digitaldialog.desk.service.briefing.DocumentKind;
import de.digitaldialog.desk.service.briefing.Section;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code desk briefing meeting|theme|initiative <number or code> --out FILE.pdf}: writes a briefing
 * sheet with the same service the window uses. Without a sub-command it is wrong usage.
 */
@Command(name = "briefing", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        resourceBundle = Messages.BUNDLE,
        subcommands = {BriefingCommand.MeetingBriefing.class, BriefingCommand.ThemeAreaReport.class,
                BriefingCommand.InitiativeOnePager.class})
final class BriefingCommand implements Callable<Integer> {

    @ParentCommand
    private DeskCommand parent;

    @Spec
    private CommandSpec spec;

    /** Without a document there is nothing to write: wrong usage. */
    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(),
                parent.messages().get("cli.missingArgument", "meeting | theme | initiative"));
    }

    /** The options every document takes. */
    static final class DocumentOptions {
        @Option(names = "--out", required = true, paramLabel = "FILE.pdf", descriptionKey = "cli.briefing.out")
        Path out;

        @Option(names = "--sections", split = ",", paramLabel = "SECTION", descriptionKey = "cli.briefing.sections")
        List<String> sections;

        @Option(names = "--include-classified", descriptionKey = "cli.briefing.includeClassified")
        boolean includeClassified;

        @Option(names = "--footer", paramLabel = "TEXT", descriptionKey = "cli.briefing.footer")
        String footer;

        @Option(names = "--lang", paramLabel = "de|en", descriptionKey = "cli.briefing.lang")
        String language;
    }

    /** One document: reads its options, calls the service and says where the file went. */
    private abstract static class Document implements Callable<Integer> {

        @ParentCommand
        private BriefingCommand briefing;

        @Spec
        private CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NUMBER|CODE", descriptionKey = "cli.briefing.reference")
        private String reference;

        @Mixin
        private DocumentOptions options;

        private final DocumentKind kind;

        Document(DocumentKind kind) {
            this.kind = kind;
        }

        @Override
        public Integer call() {
            BriefingRequest request = new BriefingRequest(kind, reference, new BriefingOptions(sections(),
                    options.includeClassified, options.footer, language()));
            DeskCommand desk = briefing.parent;
            try (Workspace workspace = desk.openWorkspace()) {
                Path file = workspace.briefings().write(request, options.out, BriefingService.ProgressListener.NONE,
                        () -> false);
                spec.commandLine().getOut().println(desk.messages().get("cli.briefing.written", file));
                spec.commandLine().getOut().flush();
            }
            return 0;
        }

        private Set<Section> sections() {
            List<Section> all = kind.sections();
            if (options.sections == null) {
                return EnumSet.copyOf(all);
            }
            Set<Section> chosen = EnumSet.noneOf(Section.class);
            for (String code : options.sections) {
                Section section = all.stream().filter(s -> s.code().equalsIgnoreCase(code.strip())).findFirst()
                        .orElseThrow(() -> new ParameterException(spec.commandLine(), "--sections: " + code + " ("
                                + all.stream().map(Section::code).collect(Collectors.joining(", ")) + ")"));
                chosen.add(section);
            }
            return chosen;
        }

        private Locale language() {
            if (options.language == null) {
                return briefing.parent.messages().locale();
            }
            return switch (options.language.strip().toLowerCase(Locale.ROOT)) {
                case "de" -> Messages.GERMAN;
                case "en" -> Messages.ENGLISH;
                default -> throw new ParameterException(spec.commandLine(), "--lang: " + options.language + " (de, en)");
            };
        }
    }

    @Command(name = "meeting", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            resourceBundle = Messages.BUNDLE)
    static final class MeetingBriefing extends Document {
        MeetingBriefing() {
            super(DocumentKind.MEETING);
        }
    }

    @Command(name = "theme", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            resourceBundle = Messages.BUNDLE)
    static final class ThemeAreaReport extends Document {
        ThemeAreaReport() {
            super(DocumentKind.THEME_AREA);
        }
    }

    @Command(name = "initiative", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            resourceBundle = Messages.BUNDLE)
    static final class InitiativeOnePager extends Document {
        InitiativeOnePager() {
            super(DocumentKind.INITIATIVE);
        }
    }
}
