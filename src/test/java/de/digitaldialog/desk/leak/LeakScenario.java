package de.digitaldialog.desk.leak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.LoggerContext;
import de.digitaldialog.desk.LogConfiguration;
import de.digitaldialog.desk.domain.Arena;
import de.digitaldialog.desk.domain.Classification;
import de.digitaldialog.desk.domain.Initiative;
import de.digitaldialog.desk.domain.InitiativeStatus;
import de.digitaldialog.desk.domain.Ministry;
import de.digitaldialog.desk.domain.Person;
import de.digitaldialog.desk.i18n.Messages;
import de.digitaldialog.desk.service.BackupReason;
import de.digitaldialog.desk.service.InitiativeExport;
import de.digitaldialog.desk.service.briefing.BriefingRequest;
import de.digitaldialog.desk.service.briefing.BriefingService;
import de.digitaldialog.desk.ui.dialog.ErrorReporter;
import de.digitaldialog.desk.workspace.Workspace;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the leak tests write and look for: after the example data, a VS-NfD initiative with a known
 * title and a person with a known name and e-mail address, a backup, an export and a briefing
 * (written outside the data folder, where a user saves them) and two failures logged the way the
 * window logs them: a refused constraint of a create carrying the title, and a value H2 refuses
 * and quotes in its message. The log goes to the data folder's {@code logs/}, as the launcher
 * arranges it.
 */
final class LeakScenario {

    static final String TITLE = "Leckprobe Cyberabwehr Nordkap 4711";
    static final String NAME = "Quietschmeyer";
    static final String EMAIL = "l.quietschmeyer@stk.example";
    static final List<String> SECRETS = List.of(TITLE, NAME, EMAIL);

    /**
     * Logged as {@link ErrorReporter#report} logs a failed operation, without the dialog it shows: in
     * a run whose toolkit is up, that dialog would stay open under later tests.
     */
    private static final Logger REPORTER = LoggerFactory.getLogger(ErrorReporter.class);

    private LeakScenario() {
    }

    /**
     * Sets up a data folder under {@code root}, loads the example data, runs {@code prepare} (e.g.
     * sets a passphrase), writes the scenario and closes the folder.
     *
     * @return the data folder
     */
    static Path run(Path root, Consumer<Workspace> prepare) throws IOException {
        Path folder = root.resolve("daten");
        Path outside = Files.createDirectories(root.resolve("dokumente"));
        withLogIn(folder, () -> {
            try (Workspace workspace = Workspace.open(folder)) {
                workspace.demoData().load(false);
                prepare.accept(workspace);
                write(workspace, outside);
            }
        });
        return folder;
    }

    /** Checks that the search saw the log: it holds the failures the scenario provoked. */
    static void assertTheLogHoldsTheFailures(Path folder) throws IOException {
        assertThat(Files.readString(folder.resolve("logs/desk.log")))
                .contains("Operation failed", "constraint.fk_initiative_lead_ministry_of_land", "SQL state 22001");
    }

    /** Runs {@code work} with the log in {@code folder}'s {@code logs/}, as the launcher sets it up. */
    private static void withLogIn(Path folder, Runnable work) {
        String before = System.getProperty(LogConfiguration.LOG_DIR_PROPERTY);
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        System.setProperty(LogConfiguration.LOG_DIR_PROPERTY, folder.resolve("logs").toString());
        try {
            context.reset();
            new LogConfiguration().configure(context);
            work.run();
        } finally {
            if (before == null) {
                System.clearProperty(LogConfiguration.LOG_DIR_PROPERTY);
            } else {
                System.setProperty(LogConfiguration.LOG_DIR_PROPERTY, before);
            }
            context.reset();
            new LogConfiguration().configure(context);
        }
    }

    /** Writes the known contents into the open {@code workspace} and everything else the scenario does. */
    private static void write(Workspace workspace, Path outside) {
        Messages messages = Messages.of(Locale.GERMAN);
        Person person = workspace.persons().create(new Person(UUID.randomUUID(), null, null, null, "Leonore", NAME,
                null, null, null, null, EMAIL, null, null, null, null));
        Initiative initiative = workspace.initiatives().create(initiative(workspace, person, ministry(workspace,
                "DE-NW", "MWIDE")), "Vereinbart");
        workspace.backups().backUp(BackupReason.MANUAL);

        workspace.export().export(workspace.initiatives().list(), outside.resolve("initiativen.csv"),
                InitiativeExport.Format.CSV, true, Locale.GERMAN, InitiativeExport.ProgressListener.NONE, () -> false);
        BriefingRequest briefing = BriefingRequest.initiative(initiative.number(), Locale.GERMAN);
        workspace.briefings().write(briefing.withOptions(briefing.options().withIncludeClassified(true)),
                outside.resolve("briefing.pdf"), BriefingService.ProgressListener.NONE, () -> false);

        // the lead of North Rhine-Westphalia is a Bavarian ministry: the database refuses the create
        assertThatThrownBy(() -> workspace.initiatives().create(initiative(workspace, person,
                ministry(workspace, "DE-BY", "StMD")), "Vereinbart"))
                .satisfies(error -> report(error, messages));
        // longer than the column: H2 quotes the value in its message
        assertThatThrownBy(() -> workspace.persons().create(new Person(UUID.randomUUID(), null, null, null,
                NAME.repeat(10), NAME, null, null, null, null, EMAIL, null, null, null, null)))
                .satisfies(error -> report(error, messages));
    }

    private static void report(Throwable error, Messages messages) {
        REPORTER.error("Operation failed", error);
        assertThat(messages.failure(error)).doesNotContain(TITLE, NAME, EMAIL);
    }

    private static Initiative initiative(Workspace workspace, Person contact, UUID northRhineWestphaliaLead) {
        UUID theme = workspace.referenceData().themeAreas().stream()
                .filter(t -> t.code().equals("CYBER")).findFirst().orElseThrow().id();
        return new Initiative(UUID.randomUUID(), null, TITLE, null, Set.of(theme),
                Map.of(land(workspace, "DE-BY"), ministry(workspace, "DE-BY", "StMD"), land(workspace, "DE-NW"),
                        northRhineWestphaliaLead),
                Set.of(), Set.of(), Set.of(contact.id()), Arena.BILATERAL, InitiativeStatus.IDEE, null, null, null,
                Classification.VS_NFD, null, null, null, null, List.of(), null);
    }

    private static UUID land(Workspace workspace, String code) {
        return workspace.referenceData().lands().stream().filter(l -> l.code().equals(code)).findFirst()
                .orElseThrow().id();
    }

    private static UUID ministry(Workspace workspace, String landCode, String abbreviation) {
        UUID land = land(workspace, landCode);
        return workspace.referenceData().ministries().stream()
                .filter(m -> m.landId().equals(land) && m.abbreviation().equals(abbreviation))
                .map(Ministry::id).findFirst().orElseThrow();
    }

    /** Each file under {@code folder} (relative, with {@code /}) and which of the secrets it holds. */
    static Map<String, Set<String>> secretsIn(Path folder) throws IOException {
        Map<String, Set<String>> found = new TreeMap<>();
        List<Path> files;
        try (Stream<Path> all = Files.walk(folder)) {
            files = all.filter(Files::isRegularFile).toList();
        }
        for (Path file : files) {
            Set<String> held = new TreeSet<>();
            for (byte[] content : contents(file)) {
                String text = new String(content, StandardCharsets.ISO_8859_1);
                for (String secret : SECRETS) {
                    // UTF-8 and UTF-16 (H2 keeps some strings as Java chars), read as bytes
                    if (text.contains(new String(secret.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1))
                            || text.contains(new String(secret.getBytes(StandardCharsets.UTF_16BE),
                            StandardCharsets.ISO_8859_1))
                            || text.contains(new String(secret.getBytes(StandardCharsets.UTF_16LE),
                            StandardCharsets.ISO_8859_1))) {
                        held.add(secret);
                    }
                }
            }
            found.put(folder.relativize(file).toString().replace('\\', '/'), held);
        }
        return found;
    }

    /** The bytes of a file, and those of each entry when it is a zip or gzip (a backup, a rolled log). */
    private static List<byte[]> contents(Path file) throws IOException {
        List<byte[]> contents = new ArrayList<>();
        byte[] bytes = Files.readAllBytes(file);
        contents.add(bytes);
        String name = file.getFileName().toString();
        if (name.endsWith(".zip")) {
            try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
                for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    contents.add(zip.readAllBytes());
                }
            }
        } else if (name.endsWith(".gz")) {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(file));
                 ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                in.transferTo(out);
                contents.add(out.toByteArray());
            }
        }
        return contents;
    }
}
