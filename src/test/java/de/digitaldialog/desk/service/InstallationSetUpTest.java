package de.digitaldialog.desk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.digitaldialog.desk.domain.DeskException;
import de.digitaldialog.desk.domain.Installation;
import de.digitaldialog.desk.domain.InstallationOffice;
import de.digitaldialog.desk.domain.Ministry;
import de.digitaldialog.desk.domain.MinistryKind;
import de.digitaldialog.desk.domain.PartnerLand;
import de.digitaldialog.desk.domain.Person;
import de.digitaldialog.desk.domain.UserProfile;
import de.digitaldialog.desk.domain.ValidationException;
import de.digitaldialog.desk.service.Listing.Kind;
import de.digitaldialog.desk.service.Listing.Line;
import de.digitaldialog.desk.store.Database;
import de.digitaldialog.desk.workspace.Workspace;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Setting an installation up for its Land and office, in one transaction, until the first number. */
class InstallationSetUpTest {

    @TempDir
    Path folder;

    private Workspace workspace;

    @AfterEach
    void close() {
        if (workspace != null) {
            workspace.close();
        }
    }

    private SettingsService settings() {
        if (workspace == null) {
            workspace = Workspace.open(folder);
        }
        return workspace.settings();
    }

    @Test
    void theCodeProposedIsTheLandsFirstOrTheNextFreeOne() {
        try (Database database = Database.open(folder)) {
            database.inTransaction(store -> {
                store.installations().insert(new Installation(UUID.randomUUID(), "NW2", false), Instant.now());
                return null;
            });
        }
        assertThat(settings().proposeCode(PartnerLand.BY, false)).isEqualTo("BY1");
        assertThat(settings().proposeCode(PartnerLand.BY, true)).isEqualTo("BY2");
        assertThat(settings().proposeCode(PartnerLand.NW, false)).isEqualTo("NW1");
        assertThat(settings().proposeCode(PartnerLand.NW, true)).isEqualTo("NW3");
    }

    @Test
    void theOfficesOfALandAreItsValidMinistriesWithTheStaatskanzleiFirst() {
        assertThat(settings().offices(PartnerLand.NW)).first().extracting(Ministry::kind)
                .isEqualTo(MinistryKind.STAATSKANZLEI);
        assertThat(settings().offices(PartnerLand.NW)).extracting(Ministry::abbreviation)
                .contains("StK NRW", "MWIDE").doesNotContain("StMD");
    }

    @Test
    void setUpStoresLandOfficeCodeAndProfile() {
        assertThat(settings().office()).isEmpty();

        settings().setUp(PartnerLand.NW, " nw1 ", "Jan Becker", "mwide", "jan.becker@mwide.nrw.example");

        Ministry mwide = office("MWIDE");
        assertThat(settings().localInstallation().code()).isEqualTo("NW1");
        assertThat(settings().office()).contains(new InstallationOffice(PartnerLand.NW, mwide.id()));
        assertThat(settings().userProfile())
                .contains(new UserProfile("Jan Becker", "MWIDE", "jan.becker@mwide.nrw.example"));
        assertThat(settings().installationCodeEditable()).isTrue();
    }

    @Test
    void withoutAMinistryTheOfficeIsTheStaatskanzleiAndSetUpMayBeRepeatedUntilTheFirstNumber() {
        settings().setUp(PartnerLand.NW, "NW1", "Jan Becker", null, null);
        assertThat(settings().office()).contains(new InstallationOffice(PartnerLand.NW, office("StK NRW").id()));

        settings().setUp(PartnerLand.BY, "BY2", "Katrin Huber", null, null);
        assertThat(settings().localInstallation().code()).isEqualTo("BY2");
        assertThat(settings().userProfile()).contains(new UserProfile("Katrin Huber", "StK", null));

        workspace.persons().create(new Person(UUID.randomUUID(), null, null, null, "Huber", null, null, null, null,
                null, null));

        assertThatThrownBy(() -> settings().setUp(PartnerLand.NW, "NW1", "Jan Becker", null, null))
                .isInstanceOfSatisfying(DeskException.class, e -> {
                    assertThat(e).isNotInstanceOf(ValidationException.class);
                    assertThat(e.key()).isEqualTo("error.setup.numbersIssued");
                    assertThat(e.args()).containsExactly("BY2");
                });
        assertThat(settings().localInstallation().code()).isEqualTo("BY2");
        assertThat(settings().office()).map(InstallationOffice::land).contains(PartnerLand.BY);
        assertThat(settings().userProfile()).map(UserProfile::name).contains("Katrin Huber");
    }

    @Test
    void aBadValueIsRefusedAtItsFieldAndNothingIsStored() {
        assertRefused(() -> settings().setUp(PartnerLand.NW, "NW-1", "Jan Becker", null, null), "installationCode");
        assertRefused(() -> settings().setUp(PartnerLand.NW, "NW1", "Jan Becker", "StMD", null), "ministry");
        assertRefused(() -> settings().setUp(PartnerLand.NW, "NW1", " ", null, null), "name");
        assertRefused(() -> settings().setUp(PartnerLand.NW, "NW1", "Jan Becker", null, "jan@"), "email");

        assertThat(settings().localInstallation().code()).isEqualTo("BY1");
        assertThat(settings().office()).isEmpty();
        assertThat(settings().userProfile()).isEmpty();
    }

    @Test
    void exampleDataLoadedInAnNrwInstallationIsNumberedNw1() {
        settings().setUp(PartnerLand.NW, "NW1", "Jan Becker", null, null);

        workspace.demoData().load(false);

        Listing listing = workspace.listing();
        for (Kind kind : new Kind[] {Kind.INITIATIVES, Kind.MEETINGS, Kind.PERSONS, Kind.BESTPRACTICES}) {
            assertThat(listing.lines(kind, Locale.GERMAN, true)).as(kind.name()).isNotEmpty()
                    .extracting(Line::key).allMatch(number -> number.matches("[A-Z]+-NW1-\\d{4}"));
        }
        assertThat(listing.lines(Kind.PERSONS, Locale.GERMAN, false)).extracting(Line::key)
                .contains("PER-NW1-0001", "PER-NW1-0008");
    }

    private Ministry office(String abbreviation) {
        return settings().offices(PartnerLand.NW).stream().filter(m -> m.abbreviation().equals(abbreviation))
                .findFirst().orElseThrow();
    }

    private static void assertRefused(Runnable setUp, String field) {
        assertThatThrownBy(setUp::run)
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo(field));
    }
}
