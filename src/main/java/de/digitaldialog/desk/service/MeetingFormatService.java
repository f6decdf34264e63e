package de.digitaldialog.desk.service;

import de.digitaldialog.desk.domain.Actor;
import de.digitaldialog.desk.domain.DeskException;
import de.digitaldialog.desk.domain.LocalizedText;
import de.digitaldialog.desk.domain.MeetingFormat;
import de.digitaldialog.desk.domain.Violations;
import de.digitaldialog.desk.store.Database;
import de.digitaldialog.desk.store.Store;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The editable list of meeting formats: create, rename, retire. A format is never deleted, because
 * old meetings use it; a retired one is no longer offered. Each write is one transaction.
 */
public final class MeetingFormatService {

    /** Neutral grey for a new format until someone picks a colour. */
    public static final String DEFAULT_COLOR = "#5A6270";
    private static final int CODE_MAX = 30;
    private static final int SORT_STEP = 10;

    private final Database database;
    private final CurrentUser user;

    public MeetingFormatService(Database database, CurrentUser user) {
        this.database = database;
        this.user = user;
    }

    /** Every format, retired ones included, in list order. */
    public List<MeetingFormat> list() {
        return database.read(store -> store.meetingFormats().findAll());
    }

    /**
     * Adds a format at the end of the list. Its stable code is made from the German name
     * ("Digitalgipfel" becomes DIGITALGIPFEL, with a number when taken).
     *
     * @param color {@code #RRGGBB}, or {@code null} for {@link #DEFAULT_COLOR}
     */
    public MeetingFormat create(LocalizedText name, String color) {
        MeetingFormat draft = new MeetingFormat(UUID.randomUUID(), null, name,
                color == null ? DEFAULT_COLOR : color, 0, true, null);
        Actor actor = user.now();
        return database.inTransaction(store -> {
            checkName(store, draft);
            MeetingFormat numbered = new MeetingFormat(draft.id(), freeCode(store, name.de()), draft.name(),
                    draft.color(), store.meetingFormats().maxSortOrder() + SORT_STEP, true, null);
            return store.meetingFormats().save(numbered, actor);
        });
    }

    /**
     * Saves edited names, colour, order or active flag from the version they were loaded at; the
     * code stays as stored.
     *
     * @throws de.digitaldialog.desk.domain.ConcurrentChangeException when someone saved it meanwhile
     */
    public MeetingFormat save(MeetingFormat edited) {
        Actor actor = user.now();
        return database.inTransaction(store -> {
            MeetingFormat stored = find(store, edited.id());
            checkName(store, edited);
            return store.meetingFormats().save(new MeetingFormat(edited.id(), stored.code(), edited.name(),
                    edited.color(), edited.sortOrder(), edited.active(), edited.audit()), actor);
        });
    }

    /** Retires a format from the version it was loaded at: old meetings keep it, new ones cannot choose it. */
    public MeetingFormat retire(UUID id, int loadedVersion) {
        Actor actor = user.now();
        return database.inTransaction(store -> {
            MeetingFormat stored = find(store, id);
            return store.meetingFormats().save(
                    stored.withActive(false).withAudit(stored.audit().atVersion(loadedVersion)), actor);
        });
    }

    /** Two formats in use must not be told apart by colour alone: the German name is unique among active ones. */
    private static void checkName(Store store, MeetingFormat format) {
        boolean taken = format.active() && store.meetingFormats().findAll().stream()
                .anyMatch(other -> other.active() && !other.id().equals(format.id())
                        && other.name().de().strip().equalsIgnoreCase(format.name().de().strip()));
        new Violations().check(!taken, "nameDe", "validation.format.nameTaken", format.name().de().strip())
                .throwIfAny();
    }

    /** Upper-case letters, digits and underscores from the German name; umlauts spelt out. */
    static String code(String germanName) {
        String spelt = germanName.strip().toUpperCase(Locale.GERMAN)
                .replace("Ä", "AE").replace("Ö", "OE").replace("Ü", "UE").replace("ß", "SS");
        String plain = Normalizer.normalize(spelt, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String code = plain.replaceAll("[^A-Z0-9]+", "_").replaceAll("^_+|_+$", "");
        code = code.length() > CODE_MAX ? code.substring(0, CODE_MAX) : code;
        return code.length() < 2 ? "FORMAT" : code;
    }

    private static String freeCode(Store store, String germanName) {
        String base = code(germanName);
        String candidate = base;
        for (int n = 2; store.meetingFormats().codeExists(candidate); n++) {
            String suffix = "_" + n;
            candidate = base.substring(0, Math.min(base.length(), CODE_MAX - suffix.length())) + suffix;
        }
        return candidate;
    }

    private static MeetingFormat find(Store store, UUID id) {
        return store.meetingFormats().findById(id).orElseThrow(() -> new DeskException("error.notFound", id));
    }
}
