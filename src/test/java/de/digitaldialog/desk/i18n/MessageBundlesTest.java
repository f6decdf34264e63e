package de.digitaldialog.desk.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitaldialog.desk.domain.ActionItemStatus;
import de.digitaldialog.desk.domain.Adoption;
import de.digitaldialog.desk.domain.AgendaOutcome;
import de.digitaldialog.desk.domain.Arena;
import de.digitaldialog.desk.domain.Classification;
import de.digitaldialog.desk.domain.DeletionKind;
import de.digitaldialog.desk.domain.Holiday;
import de.digitaldialog.desk.domain.InitiativeStatus;
import de.digitaldialog.desk.domain.MeetingMode;
import de.digitaldialog.desk.domain.MeetingStatus;
import de.digitaldialog.desk.domain.MinistryKind;
import de.digitaldialog.desk.domain.ParticipantRole;
import de.digitaldialog.desk.domain.PartnerLand;
import de.digitaldialog.desk.domain.Salutation;
import de.digitaldialog.desk.domain.StatusChange;
import de.digitaldialog.desk.domain.TrafficLight;
import de.digitaldialog.desk.domain.Transferability;
import de.digitaldialog.desk.store.StorageProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Both languages are complete, no key is defined twice, and every key is used: as a literal in
 * the Java sources, as {@code %key} in FXML, as a picocli description key, or as the label of a
 * value of one of the domain's enums, or as the name of a constraint of the migrations.
 */
class MessageBundlesTest {

    private static final Path SOURCES = Path.of("src/main");
    private static final Pattern FXML_KEY = Pattern.compile("\"%([A-Za-z0-9_.]+)\"");
    private static final Pattern JAVA_LITERAL = Pattern.compile("\"([A-Za-z0-9_.]+)\"");
    /** Literals that can only be message keys: the prefixes of errors, validation and the command line. */
    private static final Pattern MESSAGE_KEY_LITERAL =
            Pattern.compile("\"((?:error|validation|cli)\\.[A-Za-z0-9_.]+)\"");
    private static final Pattern CONSTRAINT = Pattern.compile("CONSTRAINT ([a-z0-9_]+)");
    /** Keys picocli looks up by name, not through a literal of ours. */
    private static final Pattern PICOCLI_KEY = Pattern.compile("usage\\..+|[a-z.]+\\.usage\\.description|help|version");

    private static List<String> keysOf(String language) throws IOException {
        String resource = "/de/digitaldialog/desk/i18n/messages_" + language + ".properties";
        List<String> keys = new ArrayList<>();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            new Properties() {
                @Override
                public synchronized Object put(Object key, Object value) {
                    keys.add((String) key);
                    return super.put(key, value);
                }
            }.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return keys;
    }

    @Test
    void germanAndEnglishHaveTheSameKeysEachOnce() throws IOException {
        List<String> german = keysOf("de");
        List<String> english = keysOf("en");
        assertThat(german).doesNotHaveDuplicates();
        assertThat(english).doesNotHaveDuplicates();
        assertThat(new HashSet<>(english)).isEqualTo(new HashSet<>(german));
    }

    @Test
    void noValueIsEmpty() {
        for (Locale locale : List.of(Locale.GERMAN, Locale.ENGLISH)) {
            var bundle = Messages.bundle(locale);
            assertThat(bundle.keySet()).allSatisfy(key -> assertThat(bundle.getString(key)).as(key).isNotBlank());
        }
    }

    @Test
    void noPatternLosesItsArgumentsToAnApostrophe() {
        for (Locale locale : List.of(Locale.GERMAN, Locale.ENGLISH)) {
            var bundle = Messages.bundle(locale);
            assertThat(bundle.keySet()).allSatisfy(key -> {
                String value = bundle.getString(key);
                if (value.contains("{")) {
                    // MessageFormat reads a lone ' as the start of a quote: write ’ instead
                    assertThat(value.replace("''", "")).as(key).doesNotContain("'");
                }
            });
        }
    }

    @Test
    void germanIsChosenEvenOnAnEnglishMachine() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            assertThat(Messages.of(Locale.GERMAN).get("enum.TrafficLight.GRUEN")).isEqualTo("Grün");
            Locale.setDefault(Locale.GERMAN);
            assertThat(Messages.of(Locale.ENGLISH).get("enum.TrafficLight.GRUEN")).isEqualTo("Green");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void everyKeyIsUsed() throws IOException {
        Set<String> used = usedKeys();
        List<String> unused = keysOf("de").stream()
                .filter(key -> !used.contains(key) && !PICOCLI_KEY.matcher(key).matches() && !isEnumLabel(key))
                .toList();
        assertThat(unused).as("keys no source uses").isEmpty();
    }

    @Test
    void everyLiteralKeyOfFxmlExists() throws IOException {
        Set<String> defined = new HashSet<>(keysOf("de"));
        Set<String> missing = new HashSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".fxml")).toList()) {
                Matcher matcher = FXML_KEY.matcher(Files.readString(file));
                while (matcher.find()) {
                    if (!defined.contains(matcher.group(1))) {
                        missing.add(file.getFileName() + ": " + matcher.group(1));
                    }
                }
            }
        }
        assertThat(missing).as("FXML keys missing in the bundles").isEmpty();
    }

    @Test
    void everyMessageKeyTheJavaSourcesNameExists() throws IOException {
        Set<String> defined = new HashSet<>(keysOf("de"));
        Set<String> named = new HashSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                collect(MESSAGE_KEY_LITERAL, Files.readString(file), named);
            }
        }
        named.removeAll(defined);
        assertThat(named).as("keys named in Java but missing in the bundles").isEmpty();
    }

    @Test
    void everyEnumValueHasALabel() {
        Set<String> defined = Messages.bundle(Locale.GERMAN).keySet();
        for (Class<? extends Enum<?>> type : DOMAIN_ENUMS) {
            for (Enum<?> value : type.getEnumConstants()) {
                assertThat(defined).contains("enum." + type.getSimpleName() + "." + value.name());
            }
        }
    }

    private static final List<Class<? extends Enum<?>>> DOMAIN_ENUMS = List.of(
            Classification.class, Arena.class, InitiativeStatus.class, TrafficLight.class, MeetingStatus.class,
            MeetingMode.class, ParticipantRole.class, AgendaOutcome.class, ActionItemStatus.class,
            Transferability.class, MinistryKind.class, Salutation.class, Holiday.class, PartnerLand.class,
            Adoption.class, StatusChange.Kind.class, DeletionKind.class, StorageProblem.class);

    private static boolean isEnumLabel(String key) {
        if (!key.startsWith("enum.")) {
            return false;
        }
        String[] parts = key.split("\\.");
        return parts.length == 3 && DOMAIN_ENUMS.stream().anyMatch(type -> type.getSimpleName().equals(parts[1])
                && Stream.of(type.getEnumConstants()).anyMatch(value -> value.name().equals(parts[2])));
    }

    private static Set<String> usedKeys() throws IOException {
        Set<String> used = new HashSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.toString();
                if (name.endsWith(".java")) {
                    collect(JAVA_LITERAL, Files.readString(file), used);
                } else if (name.endsWith(".fxml")) {
                    collect(FXML_KEY, Files.readString(file), used);
                } else if (name.endsWith(".sql")) {
                    // a refused constraint's name becomes the key constraint.<name>
                    Matcher constraint = CONSTRAINT.matcher(Files.readString(file));
                    while (constraint.find()) {
                        used.add("constraint." + constraint.group(1));
                    }
                }
            }
        }
        return used;
    }

    private static void collect(Pattern pattern, String text, Set<String> into) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            into.add(matcher.group(1));
        }
    }
}
