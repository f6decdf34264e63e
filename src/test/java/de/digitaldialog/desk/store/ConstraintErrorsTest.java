package de.digitaldialog.desk.store;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitaldialog.desk.domain.DeskException;
import de.digitaldialog.desk.i18n.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.h2.api.ErrorCode;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;

class ConstraintErrorsTest {

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Pattern CONSTRAINT = Pattern.compile("(DROP CONSTRAINT|CONSTRAINT) ([a-z0-9_]+)");

    @Test
    void everyConstraintOfTheSchemaHasANamedMessageInBothLanguages() throws IOException {
        Set<String> constraints = constraintsOfTheSchema();
        assertThat(constraints).hasSizeGreaterThan(200).contains("ck_initiative_title", "uq_initiative_number");
        for (Locale language : List.of(Messages.GERMAN, Messages.ENGLISH)) {
            ResourceBundle bundle = Messages.bundle(language);
            assertThat(constraints).allSatisfy(name -> assertThat(bundle.containsKey(ConstraintErrors.key(name)))
                    .as(name + " in " + language).isTrue());
        }
    }

    @Test
    void theDatabasesTextNeverBecomesTheMessage() {
        DeskException check = (DeskException) ConstraintErrors.translate(refused(
                "Check constraint violation: \"CK_INITIATIVE_TITLE: \"; SQL statement: INSERT ... 'Geheim'", "23513",
                23513));
        assertThat(check.key()).isEqualTo("constraint.ck_initiative_title");
        assertThat(check.args()).isEmpty();
        assertThat(((DeskException) ConstraintErrors.translate(refused("Unique index or primary key violation: "
                + "\"PUBLIC.UQ_INITIATIVE_NUMBER INDEX PUBLIC.UQ_INITIATIVE_NUMBER_INDEX_5 ON ...\"", "23505", 23505)))
                .key()).isEqualTo("constraint.uq_initiative_number");
        assertThat(((DeskException) ConstraintErrors.translate(refused("Unique index or primary key violation: "
                + "\"PUBLIC.PK_PERSON PRIMARY KEY ON PUBLIC.PERSON(ID) ('Anna')\"", "23505", 23505))).key())
                .isEqualTo("constraint.primaryKey");
        assertThat(((DeskException) ConstraintErrors.translate(refused("Referential integrity constraint violation: "
                + "\"FK_PERSON_MINISTRY: ...\"", "23503", ErrorCode.REFERENTIAL_INTEGRITY_VIOLATED_CHILD_EXISTS_1)))
                .key()).isEqualTo("error.constraint.inUse");
        assertThat(((DeskException) ConstraintErrors.translate(refused("NULL not allowed for column", "23502", 23502)))
                .key()).isEqualTo("error.constraint");
    }

    private static DataAccessException refused(String message, String state, int code) {
        return new DataAccessException("SQL [insert ...]; " + message, new SQLException(message, state, code));
    }

    /** The constraints the migrations leave in place, in the order Flyway applies them. */
    private static Set<String> constraintsOfTheSchema() throws IOException {
        Set<String> alive = new TreeSet<>();
        List<Path> files;
        try (Stream<Path> all = Files.list(MIGRATIONS)) {
            files = all.filter(f -> f.getFileName().toString().matches("V\\d+__.+\\.sql"))
                    .sorted(Comparator.comparingInt(f -> Integer.parseInt(f.getFileName().toString()
                            .replaceAll("^V(\\d+)__.*", "$1"))))
                    .toList();
        }
        for (Path file : files) {
            Matcher matcher = CONSTRAINT.matcher(Files.readString(file).replaceAll("--[^\n]*", ""));
            while (matcher.find()) {
                if (matcher.group(1).startsWith("DROP")) {
                    alive.remove(matcher.group(2));
                } else {
                    alive.add(matcher.group(2));
                }
            }
        }
        return alive;
    }
}
