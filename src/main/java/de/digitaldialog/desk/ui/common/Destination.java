package de.digitaldialog.desk.ui.common;

import java.util.Objects;
import java.util.UUID;

/** A page of the window: one of the sections, and for a theme area, which one. */
public record Destination(Section section, UUID themeArea) {

    public enum Section { OVERVIEW, THEME_AREA, INITIATIVES, MEETINGS, ACTION_ITEMS, BEST_PRACTICES, MINISTRIES, PERSONS,
        FORMATS, THEME_AREAS_MASTER, TRASH, SETTINGS }

    public static final Destination OVERVIEW = new Destination(Section.OVERVIEW, null);
    public static final Destination INITIATIVES = new Destination(Section.INITIATIVES, null);
    public static final Destination MEETINGS = new Destination(Section.MEETINGS, null);
    public static final Destination ACTION_ITEMS = new Destination(Section.ACTION_ITEMS, null);
    public static final Destination BEST_PRACTICES = new Destination(Section.BEST_PRACTICES, null);
    public static final Destination MINISTRIES = new Destination(Section.MINISTRIES, null);
    public static final Destination PERSONS = new Destination(Section.PERSONS, null);
    public static final Destination FORMATS = new Destination(Section.FORMATS, null);
    public static final Destination THEME_AREAS_MASTER = new Destination(Section.THEME_AREAS_MASTER, null);
    public static final Destination TRASH = new Destination(Section.TRASH, null);
    public static final Destination SETTINGS = new Destination(Section.SETTINGS, null);

    public Destination {
        Objects.requireNonNull(section, "section");
        if ((section == Section.THEME_AREA) != (themeArea != null)) {
            throw new IllegalArgumentException("A theme-area page needs its area, and only it");
        }
    }

    public static Destination themeArea(UUID id) {
        return new Destination(Section.THEME_AREA, id);
    }
}
