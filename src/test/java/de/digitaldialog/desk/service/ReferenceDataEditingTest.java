package de.digitaldialog.desk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.digitaldialog.desk.domain.ConcurrentChangeException;
import de.digitaldialog.desk.domain.LocalizedText;
import de.digitaldialog.desk.domain.MeetingFormat;
import de.digitaldialog.desk.domain.ThemeArea;
import de.digitaldialog.desk.domain.UserProfile;
import de.digitaldialog.desk.domain.ValidationException;
import de.digitaldialog.desk.testsupport.ReferenceIds;
import de.digitaldialog.desk.workspace.Workspace;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Meeting formats and theme areas edited on a real database, each change stamped with who and when. */
class ReferenceDataEditingTest {

    private static final String WHO = "Dr. Katrin Huber (StK)";

    @TempDir
    Path folder;

    private Workspace workspace;
    private MeetingFormatService formats;
    private ThemeAreaService themeAreas;

    @BeforeEach
    void open() {
        workspace = Workspace.open(folder);
        workspace.settings().saveUserProfile(new UserProfile("Dr. Katrin Huber", "StK", null));
        formats = workspace.meetingFormats();
        themeAreas = workspace.themeAreas();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void aNewFormatGetsACodeFromItsGermanNameAndComesLast() {
        MeetingFormat summit = formats.create(new LocalizedText("Digitalgipfel der Länder", "Digital summit"), null);
        MeetingFormat again = formats.create(new LocalizedText("Digital-Gipfel der Länder!", "Summit 2"), "#1F4E79");

        assertThat(summit.code()).isEqualTo("DIGITALGIPFEL_DER_LAENDER");
        assertThat(again.code()).isEqualTo("DIGITAL_GIPFEL_DER_LAENDER");
        assertThat(MeetingFormatService.code("Ärzte-Über ß")).isEqualTo("AERZTE_UEBER_SS");
        assertThat(summit.color()).isEqualTo(MeetingFormatService.DEFAULT_COLOR);
        assertThat(formats.list()).last().isEqualTo(again);
        assertThat(summit.audit().createdBy()).isEqualTo(WHO);
        assertThat(summit.sortOrder()).isGreaterThan(formats.list().get(0).sortOrder());
    }

    @Test
    void aFormatIsRenamedAndRetiredButKeepsItsCode() {
        MeetingFormat round = formats.list().stream().filter(f -> f.code().equals("RESSORTGESPRAECH"))
                .findFirst().orElseThrow();
        MeetingFormat renamed = formats.save(new MeetingFormat(round.id(), "HACKED", new LocalizedText(
                "Ressortrunde", "Ministry round"), round.color(), round.sortOrder(), true, round.audit()));

        assertThat(renamed.code()).isEqualTo("RESSORTGESPRAECH");
        assertThat(renamed.audit().version()).isEqualTo(1);
        assertThat(renamed.audit().updatedBy()).isEqualTo(WHO);

        assertThatThrownBy(() -> formats.retire(round.id(), 0)).isInstanceOf(ConcurrentChangeException.class);
        MeetingFormat retired = formats.retire(round.id(), 1);

        assertThat(retired.active()).isFalse();
        assertThat(formats.list()).filteredOn(f -> f.id().equals(round.id())).singleElement()
                .satisfies(f -> assertThat(f.active()).isFalse());
    }

    @Test
    void formatNamesAreRequiredInBothLanguagesAndUniqueAmongActiveFormats() {
        assertThatThrownBy(() -> formats.create(new LocalizedText("Klausur", " "), null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("nameEn"));
        assertThatThrownBy(() -> formats.create(new LocalizedText("Klausur", "Retreat"), "blau"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("color"));
        String taken = formats.list().get(0).name().de();
        assertThatThrownBy(() -> formats.create(new LocalizedText(taken.toUpperCase(), "Again"), null))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("nameDe");
                    assertThat(e.key()).isEqualTo("validation.format.nameTaken");
                });
    }

    @Test
    void aThemeAreasDescriptionAndResponsibleMinistriesPerLandAreSavedTogether() {
        ThemeArea area = themeAreas.list().stream().filter(t -> t.code().equals("EGOV")).findFirst().orElseThrow();
        UUID digital = ministry("DE-BY", "StMD");
        UUID interior = ministry("DE-BY", "StMI");
        UUID nrwDigital = ministry("DE-NW", "MWIDE");
        ThemeArea edited = new ThemeArea(area.id(), area.code(), area.name(),
                new LocalizedText("Verwaltung digital", "Digital administration"), area.color(), area.icon(),
                area.sortOrder(), area.audit());

        ThemeAreaService.Details saved = themeAreas.save(edited, Set.of(digital, interior, nrwDigital));

        assertThat(saved.area().description()).isEqualTo(new LocalizedText("Verwaltung digital",
                "Digital administration"));
        assertThat(saved.area().audit().version()).isEqualTo(1);
        assertThat(saved.area().audit().updatedBy()).isEqualTo(WHO);
        assertThat(saved.responsibleMinistriesByLand()).isEqualTo(Map.of(land("DE-BY"), Set.of(digital, interior),
                land("DE-NW"), Set.of(nrwDigital)));
        assertThat(themeAreas.details(area.id())).isEqualTo(saved);

        ThemeAreaService.Details fewer = themeAreas.save(saved.area(), Set.of(nrwDigital));
        assertThat(fewer.responsibleMinistriesByLand()).isEqualTo(Map.of(land("DE-NW"), Set.of(nrwDigital)));
        assertThat(fewer.area().audit().version()).isEqualTo(2);
        // an edit from a stale version changes neither text nor ministries
        assertThatThrownBy(() -> themeAreas.save(edited, Set.of())).isInstanceOf(ConcurrentChangeException.class);
        assertThat(themeAreas.details(area.id())).isEqualTo(fewer);
        // an unknown ministry is refused, and the whole save with it
        assertThatThrownBy(() -> themeAreas.save(fewer.area(), Set.of(digital, UUID.randomUUID())))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("responsibleMinistries"));
        assertThat(themeAreas.details(area.id())).isEqualTo(fewer);
    }

    @Test
    void aTooLongDescriptionIsRefusedAtItsField() {
        ThemeArea area = themeAreas.list().get(0);
        ThemeArea edited = new ThemeArea(area.id(), area.code(), area.name(),
                new LocalizedText("kurz", "x".repeat(ThemeAreaService.DESCRIPTION_MAX + 1)), area.color(),
                area.icon(), area.sortOrder(), area.audit());

        assertThatThrownBy(() -> themeAreas.save(edited, Set.of()))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("descriptionEn"));
    }

    private UUID land(String code) {
        return new ReferenceIds(workspace).land(code);
    }

    private UUID ministry(String landCode, String abbreviation) {
        return new ReferenceIds(workspace).ministry(landCode, abbreviation);
    }
}
