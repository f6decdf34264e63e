package de.digitaldialog.desk.service;

import de.digitaldialog.desk.domain.Actor;
import de.digitaldialog.desk.domain.DeskException;
import de.digitaldialog.desk.domain.ThemeArea;
import de.digitaldialog.desk.domain.ValidationException;
import de.digitaldialog.desk.domain.Violations;
import de.digitaldialog.desk.store.Database;
import de.digitaldialog.desk.store.Store;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The eight theme areas: their codes are fixed; their descriptions (German and English) and the
 * ministries responsible for them in each Land are edited here, each save one transaction.
 */
public final class ThemeAreaService {

    public static final int DESCRIPTION_MAX = 4000;

    private final Database database;
    private final CurrentUser user;

    public ThemeAreaService(Database database, CurrentUser user) {
        this.database = database;
        this.user = user;
    }

    /** A theme area with its responsible ministries: Land id to the ids of that Land's ministries. */
    public record Details(ThemeArea area, Map<UUID, Set<UUID>> responsibleMinistriesByLand) {
        public Details {
            responsibleMinistriesByLand = Map.copyOf(responsibleMinistriesByLand);
        }
    }

    public List<ThemeArea> list() {
        return database.read(store -> store.themeAreas().findAll());
    }

    public Details details(UUID id) {
        return database.read(store -> details(store, id));
    }

    /**
     * Saves a theme area's edited texts and its responsible ministries (each listed under its own
     * Land) from the version it was loaded at; one version step for both.
     *
     * @throws de.digitaldialog.desk.domain.ConcurrentChangeException when someone saved it meanwhile
     */
    public Details save(ThemeArea edited, Set<UUID> responsibleMinistryIds) {
        new Violations()
                .check(length(edited.description().de()) <= DESCRIPTION_MAX, "descriptionDe", "validation.tooLong",
                        DESCRIPTION_MAX)
                .check(length(edited.description().en()) <= DESCRIPTION_MAX, "descriptionEn", "validation.tooLong",
                        DESCRIPTION_MAX)
                .throwIfAny();
        Actor actor = user.now();
        return database.inTransaction(store -> {
            ThemeArea stored = store.themeAreas().findById(edited.id())
                    .orElseThrow(() -> new DeskException("error.notFound", edited.id()));
            store.themeAreas().update(new ThemeArea(stored.id(), stored.code(), edited.name(), edited.description(),
                    edited.color(), edited.icon(), stored.sortOrder(), edited.audit()), actor);
            Set<UUID> responsible = Set.copyOf(responsibleMinistryIds);
            if (store.themeAreas().replaceResponsibleMinistries(edited.id(), responsible) != responsible.size()) {
                throw new ValidationException("responsibleMinistries", "error.notFound", responsible);
            }
            return details(store, edited.id());
        });
    }

    private static Details details(Store store, UUID id) {
        ThemeArea area = store.themeAreas().findById(id).orElseThrow(() -> new DeskException("error.notFound", id));
        return new Details(area, store.themeAreas().findResponsibleMinistries(id));
    }

    private static int length(String text) {
        return text == null ? 0 : text.length();
    }
}
