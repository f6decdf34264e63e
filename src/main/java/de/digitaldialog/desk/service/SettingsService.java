package de.digitaldialog.desk.service;

import de.digitaldialog.desk.domain.Installation;
import de.digitaldialog.desk.domain.UserProfile;
import de.digitaldialog.desk.domain.ValidationException;
import de.digitaldialog.desk.store.Database;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

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
        String wanted = code == null ? null : code.strip().toUpperCase(Locale.ROOT);
        Installation.validateCode(wanted);
        if (wanted.equals(local.code())) {
            return;
        }
        local = database.inTransaction(store -> {
            if (store.installations().hasIssuedNumbers(local)) {
                throw new ValidationException("installationCode", "validation.installationCode.inUse");
            }
            if (store.installations().codeTaken(wanted)) {
                throw new ValidationException("installationCode", "validation.installationCode.taken", wanted);
            }
            store.installations().changeCode(local, wanted);
            return new Installation(local.id(), wanted, true);
        });
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
