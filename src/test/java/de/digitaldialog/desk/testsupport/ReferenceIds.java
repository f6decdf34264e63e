package de.digitaldialog.desk.testsupport;

import de.digitaldialog.desk.domain.Land;
import de.digitaldialog.desk.domain.Ministry;
import de.digitaldialog.desk.domain.ThemeArea;
import de.digitaldialog.desk.workspace.Workspace;
import java.util.UUID;

/** The ids of shipped reference rows by their codes, as tests name them: "DE-BY", "DE-BY"/"StMD", "EGOV". */
public final class ReferenceIds {

    private final Workspace workspace;

    public ReferenceIds(Workspace workspace) {
        this.workspace = workspace;
    }

    public UUID land(String code) {
        return workspace.referenceData().lands().stream().filter(l -> l.code().equals(code)).map(Land::id)
                .findFirst().orElseThrow();
    }

    /** The first ministry of that Land with that abbreviation (the shipped one, valid since 2018). */
    public UUID ministry(String landCode, String abbreviation) {
        UUID land = land(landCode);
        return workspace.referenceData().ministries().stream()
                .filter(m -> m.landId().equals(land) && m.abbreviation().equals(abbreviation))
                .map(Ministry::id).findFirst().orElseThrow();
    }

    public UUID themeArea(String code) {
        return workspace.referenceData().themeAreas().stream().filter(t -> t.code().equals(code))
                .map(ThemeArea::id).findFirst().orElseThrow();
    }
}
