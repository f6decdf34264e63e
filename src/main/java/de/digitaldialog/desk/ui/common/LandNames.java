package de.digitaldialog.desk.ui.common;

import de.digitaldialog.desk.domain.Land;
import de.digitaldialog.desk.service.ReferenceDataService;
import de.digitaldialog.desk.workspace.Workspace;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Land code → the Land's name in the UI language ("Bayern" for DE-BY), for tables whose rows
 * name a Land by its code; read once with the rows instead of per page.
 */
public final class LandNames {

    /** Before anything is read: every code stands for itself. */
    public static final LandNames NONE = new LandNames(Map.of());

    private final Map<String, String> names;

    private LandNames(Map<String, String> names) {
        this.names = names;
    }

    /** Reads the names of all Länder; runs in the background. */
    public static LandNames read(Workspace workspace, Locale locale) {
        return read(workspace.referenceData(), locale);
    }

    /** Reads the names of all Länder from the reference data; runs in the background. */
    public static LandNames read(ReferenceDataService referenceData, Locale locale) {
        return new LandNames(referenceData.lands().stream()
                .collect(Collectors.toMap(Land::code, land -> land.name().in(locale), (a, b) -> a)));
    }

    /** The name; the code itself when the Land is unknown, "" for none. */
    public String name(String code) {
        return code == null ? "" : names.getOrDefault(code, code);
    }
}
