package de.digitaldialog.desk.service;

import de.digitaldialog.desk.domain.DeskException;
import de.digitaldialog.desk.domain.Installation;
import de.digitaldialog.desk.domain.InstallationOffice;
import de.digitaldialog.desk.domain.Ministry;
import de.digitaldialog.desk.domain.MinistryKind;
import de.digitaldialog.desk.domain.PartnerLand;
import de.digitaldialog.desk.domain.UserProfile;
import de.digitaldialog.desk.domain.ValidationException;
import de.digitaldialog.desk.store.Database;
import de.digitaldialog.desk.store.Store;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** This installation's identity and the profile of the person using it. */
public final class SettingsService {

    static final String DEFAULT_CODE = "BY1";
    private static final String USER_NAME = "user.name";
    private static final String USER_MINISTRY = "user.ministry";
    private static final String USER_EMAIL = "user.email";

    private final Database database;
    private final Clock clock;
    private volatile Installation local;

    public SettingsService(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** At first start the installation gets its id and the default code (editable until first use). */
    public void ensureLocalInstallation() {
        local = database.inTransaction(store -> store.installations().findLocal().orElseGet(() -> {
            Installation created = new Installation(UUID.randomUUID(), DEFAULT_CODE, true);
            store.installations().insert(created, clock.instant());
            return created;
        }));
    }

    public Installation localInstallation() {
        return local;
    }

    /** The code may change until the first number (INI-BY1-0001) has been handed out. */
    public boolean installationCodeEditable() {
        return database.read(store -> !store.installations().hasIssuedNumbers(local));
    }

    public void changeInstallationCode(String code) {
        String wanted = normalizedCode(code);
        if (wanted.equals(local.code())) {
            return;
        }
        local = database.inTransaction(store -> {
            if (store.installations().hasIssuedNumbers(local)) {
                throw new ValidationException("installationCode", "validation.installationCode.inUse");
            }
            return changeCode(store, wanted);
        });
    }

    private static String normalizedCode(String code) {
        String wanted = code == null ? null : code.strip().toUpperCase(Locale.ROOT);
        Installation.validateCode(wanted);
        return wanted;
    }

    /** Gives the local installation {@code wanted} (checked to be free) and returns it as changed. */
    private Installation changeCode(Store store, String wanted) {
        if (wanted.equals(local.code())) {
            return local;
        }
        if (store.installations().codeTaken(wanted)) {
            throw new ValidationException("installationCode", "validation.installationCode.taken", wanted);
        }
        store.installations().changeCode(local, wanted);
        return new Installation(local.id(), wanted, true);
    }

    /**
     * The code to propose for an installation of {@code land}: {@code BY1} / {@code NW1}, or, when
     * the user says another installation of that Land exists, the next number no installation this
     * database knows has taken ({@code BY2}, ...).
     */
    public String proposeCode(PartnerLand land, boolean otherInstallationsExist) {
        List<String> taken = database.read(store -> store.installations().codesOfOthers(local));
        int number = otherInstallationsExist ? 2 : 1;
        while (taken.contains(land.name() + number)) {
            number++;
        }
        return land.name() + number;
    }

    /** The offices an installation of {@code land} may work for: its ministries valid today, the Staatskanzlei first. */
    public List<Ministry> offices(PartnerLand land) {
        LocalDate today = LocalDate.now(clock);
        return database.read(store -> {
            UUID landId = store.lands().findByCode(land.code()).orElseThrow().id();
            return store.ministries().findAll().stream()
                    .filter(m -> m.landId().equals(landId) && m.isValidOn(today))
                    .sorted(Comparator.comparing((Ministry m) -> m.kind() != MinistryKind.STAATSKANZLEI)
                            .thenComparing(Ministry::abbreviation, String.CASE_INSENSITIVE_ORDER))
                    .toList();
        });
    }

    /** The Land and office this installation works for; empty until it has been set up. */
    public Optional<InstallationOffice> office() {
        return database.read(store -> store.installations().findOffice(local));
    }

    /**
     * Sets the installation up in one transaction: its Land, its office (the ministry of that Land
     * with {@code ministryAbbreviation}, or its Staatskanzlei when none is given), its code, and the
     * profile of the person using it (name, office, e-mail).
     *
     * @throws DeskException {@code error.setup.numbersIssued} once this installation has issued a number
     * @throws ValidationException at {@code installationCode}, {@code ministry}, {@code name} or {@code email}
     */
    public void setUp(PartnerLand land, String code, String name, String ministryAbbreviation, String email) {
        String wanted = normalizedCode(code);
        local = database.inTransaction(store -> {
            if (store.installations().hasIssuedNumbers(local)) {
                throw new DeskException("error.setup.numbersIssued", local.code());
            }
            Ministry office = office(land, ministryAbbreviation);
            UserProfile profile = new UserProfile(name, office.abbreviation(), email);
            Installation changed = changeCode(store, wanted);
            store.installations().changeOffice(changed, office.landId(), office.id());
            saveUserProfile(profile);
            return changed;
        });
    }

    private Ministry office(PartnerLand land, String abbreviation) {
        List<Ministry> offices = offices(land);
        if (abbreviation == null || abbreviation.isBlank()) {
            return offices.get(0);
        }
        return offices.stream().filter(m -> m.abbreviation().equalsIgnoreCase(abbreviation.strip())).findFirst()
                .orElseThrow(() -> new ValidationException("ministry", "validation.setup.ministry", abbreviation.strip(),
                        offices.stream().map(Ministry::abbreviation).collect(Collectors.joining(", "))));
    }

    /** Empty until the first-start dialog has been answered. */
    public Optional<UserProfile> userProfile() {
        return database.read(store -> store.settings().get(USER_NAME).map(name -> new UserProfile(name,
                store.settings().get(USER_MINISTRY).orElse(null), store.settings().get(USER_EMAIL).orElse(null))));
    }

    public void saveUserProfile(UserProfile profile) {
        database.inTransaction(store -> {
            store.settings().put(USER_NAME, profile.name().strip());
            store.settings().put(USER_MINISTRY, profile.ministry() == null ? null : profile.ministry().strip());
            store.settings().put(USER_EMAIL, profile.email() == null ? null : profile.email().strip());
            return null;
        });
    }
}
