package de.digitaldialog.desk.service;

import de.digitaldialog.desk.domain.DeskException;
import de.digitaldialog.desk.domain.Land;
import de.digitaldialog.desk.domain.MeetingFormat;
import de.digitaldialog.desk.domain.Ministry;
import de.digitaldialog.desk.domain.ThemeArea;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reference data by its stable codes: Länder, ministries (by Land and abbreviation), areas, formats. */
final class Catalog {

    private final Map<String, UUID> lands;
    private final Map<String, UUID> ministries;
    private final Map<String, UUID> themeAreas;
    private final Map<String, UUID> formats;

    Catalog(ReferenceDataService referenceData) {
        List<Land> allLands = referenceData.lands();
        Map<UUID, String> landCodes = allLands.stream().collect(Collectors.toMap(Land::id, Land::code));
        lands = allLands.stream().collect(Collectors.toMap(Land::code, Land::id));
        ministries = referenceData.ministries().stream().collect(Collectors.toMap(
                m -> key(landCodes.get(m.landId()), m.abbreviation()), Ministry::id, (a, b) -> a));
        themeAreas = index(referenceData.themeAreas(), ThemeArea::code, ThemeArea::id);
        formats = index(referenceData.meetingFormats(), MeetingFormat::code, MeetingFormat::id);
    }

    private static <T> Map<String, UUID> index(Collection<T> rows, Function<T, String> code, Function<T, UUID> id) {
        return rows.stream().collect(Collectors.toMap(code, id));
    }

    private static String key(String landCode, String abbreviation) {
        return landCode + "/" + abbreviation;
    }

    private static UUID require(Map<String, UUID> map, String code) {
        UUID id = map.get(code);
        if (id == null) {
            throw new DeskException("error.notFound", code);
        }
        return id;
    }

    UUID land(String code) {
        return require(lands, code);
    }

    UUID ministry(String landCode, String abbreviation) {
        return require(ministries, key(landCode, abbreviation));
    }

    UUID themeArea(String code) {
        return require(themeAreas, code);
    }

    UUID format(String code) {
        return require(formats, code);
    }

    Set<UUID> themeAreaIds(List<String> codes) {
        return codes.stream().map(this::themeArea).collect(Collectors.toSet());
    }

    Set<UUID> landIds(List<String> codes) {
        return codes.stream().map(this::land).collect(Collectors.toSet());
    }

    /** Ministries written as "DE-BY/StMD". */
    Set<UUID> ministryIds(List<String> keys) {
        return keys.stream().map(k -> require(ministries, k)).collect(Collectors.toSet());
    }
}
