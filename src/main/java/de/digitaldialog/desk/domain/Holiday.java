package de.digitaldialog.desk.domain;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.EnumSet;
import java.util.Set;

/**
 * The statutory public holidays of Bavaria and North Rhine-Westphalia, each with its rule: a fixed
 * day of the year or a distance from Easter Sunday. The Augsburger Friedensfest (Augsburg only)
 * is not counted; Buß- und Bettag is a holiday in neither Land.
 */
public enum Holiday {
    NEUJAHR(MonthDay.of(1, 1)),
    HEILIGE_DREI_KOENIGE(MonthDay.of(1, 6), PartnerLand.BY),
    KARFREITAG(-2),
    OSTERMONTAG(1),
    TAG_DER_ARBEIT(MonthDay.of(5, 1)),
    CHRISTI_HIMMELFAHRT(39),
    PFINGSTMONTAG(50),
    FRONLEICHNAM(60, PartnerLand.BY, PartnerLand.NW),
    MARIAE_HIMMELFAHRT(MonthDay.of(8, 15), PartnerLand.BY),
    TAG_DER_DEUTSCHEN_EINHEIT(MonthDay.of(10, 3)),
    ALLERHEILIGEN(MonthDay.of(11, 1), PartnerLand.BY, PartnerLand.NW),
    ERSTER_WEIHNACHTSTAG(MonthDay.of(12, 25)),
    ZWEITER_WEIHNACHTSTAG(MonthDay.of(12, 26));

    private final MonthDay fixed;
    private final int daysAfterEaster;
    private final Set<PartnerLand> lands;

    /** A fixed day, nationwide when no Land is named. */
    Holiday(MonthDay fixed, PartnerLand... lands) {
        this(fixed, 0, lands);
    }

    /** A movable day, {@code daysAfterEaster} from Easter Sunday, nationwide when no Land is named. */
    Holiday(int daysAfterEaster, PartnerLand... lands) {
        this(null, daysAfterEaster, lands);
    }

    Holiday(MonthDay fixed, int daysAfterEaster, PartnerLand... lands) {
        this.fixed = fixed;
        this.daysAfterEaster = daysAfterEaster;
        this.lands = lands.length == 0 ? EnumSet.allOf(PartnerLand.class) : EnumSet.of(lands[0], lands);
    }

    /** The day this holiday falls on in {@code year}. */
    public LocalDate date(int year) {
        return fixed != null ? fixed.atYear(year) : PublicHolidays.easterSunday(year).plusDays(daysAfterEaster);
    }

    public boolean observedIn(PartnerLand land) {
        return lands.contains(land);
    }

    /**
     * Mariä Himmelfahrt is a holiday only in Bavarian municipalities with a mostly Catholic
     * population — most of them, but not all.
     */
    public boolean regionalIn(PartnerLand land) {
        return this == MARIAE_HIMMELFAHRT && land == PartnerLand.BY;
    }
}
