package de.digitaldialog.desk.service;

import de.digitaldialog.desk.domain.Actor;
import de.digitaldialog.desk.domain.Installation;
import java.time.Clock;
import java.time.temporal.ChronoUnit;

/** Stamps changes with the user of this installation, its id and the clock's time. */
public final class CurrentUser {

    private final SettingsService settings;
    private final Clock clock;

    public CurrentUser(SettingsService settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** The actor of a change made now. Before the first-start dialog, the login name stands in. */
    public Actor now() {
        var profile = settings.userProfile();
        String signature = profile.map(p -> p.signature()).orElse(System.getProperty("user.name", "unknown"));
        String ministry = profile.map(p -> p.ministry()).orElse(null);
        // the database keeps microseconds: a finer instant would differ from the one read back
        return new Actor(signature, ministry, settings.localInstallation().id(),
                clock.instant().truncatedTo(ChronoUnit.MICROS));
    }

    public Clock clock() {
        return clock;
    }

    /** This installation: its code goes into the numbers handed out here (SIT-BY1-0001). */
    public Installation installation() {
        return settings.localInstallation();
    }
}
