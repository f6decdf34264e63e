package de.digitaldialog.desk.workspace;

import de.digitaldialog.desk.service.ActionItemService;
import de.digitaldialog.desk.service.AutoBackup;
import de.digitaldialog.desk.service.BackupService;
import de.digitaldialog.desk.service.BestPracticeExport;
import de.digitaldialog.desk.service.BestPracticeService;
import de.digitaldialog.desk.service.CalendarWarnings;
import de.digitaldialog.desk.service.CurrentUser;
import de.digitaldialog.desk.service.DamagedDatabase;
import de.digitaldialog.desk.service.DemoData;
import de.digitaldialog.desk.service.EncryptionService;
import de.digitaldialog.desk.service.FolderSession;
import de.digitaldialog.desk.service.InfoService;
import de.digitaldialog.desk.service.InitiativeExport;
import de.digitaldialog.desk.service.InitiativeService;
import de.digitaldialog.desk.service.Listing;
import de.digitaldialog.desk.service.MeetingCalendarExport;
import de.digitaldialog.desk.service.MeetingFollowUps;
import de.digitaldialog.desk.service.MeetingFormatService;
import de.digitaldialog.desk.service.MeetingService;
import de.digitaldialog.desk.service.PersonService;
import de.digitaldialog.desk.service.MinistryService;
import de.digitaldialog.desk.service.OpeningNotice;
import de.digitaldialog.desk.service.Passphrase;
import de.digitaldialog.desk.service.Preferences;
import de.digitaldialog.desk.service.ReferenceDataService;
import de.digitaldialog.desk.service.RestoreService;
import de.digitaldialog.desk.service.SettingsService;
import de.digitaldialog.desk.service.ThemeAreaService;
import de.digitaldialog.desk.service.TrashService;
import de.digitaldialog.desk.service.briefing.BriefingService;
import de.digitaldialog.desk.store.Database;
import de.digitaldialog.desk.store.OpenOptions;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * An open data folder: the database and the services working on it. The window and the
 * command line each open one and use the same services.
 */
public final class Workspace implements AutoCloseable {

    private final FolderSession session;
    private final Database database;
    private final Preferences preferences;
    private final SettingsService settings;
    private final ReferenceDataService referenceData;
    private final InitiativeService initiatives;
    private final MeetingService meetings;
    private final ActionItemService actionItems;
    private final BestPracticeService bestPractices;
    private final PersonService persons;
    private final TrashService trash;
    private final MeetingFollowUps followUps;
    private final CurrentUser user;
    private final Clock clock;
    private final BackupService backups;
    private final EncryptionService encryption;
    private boolean closed;

    private Workspace(FolderSession session, Clock clock) {
        this.session = session;
        this.database = session.database();
        this.clock = clock;
        this.preferences = Preferences.load(database.folder());
        this.settings = new SettingsService(database, clock);
        this.user = new CurrentUser(settings, clock);
        this.referenceData = new ReferenceDataService(database, user);
        this.initiatives = new InitiativeService(database, user);
        this.meetings = new MeetingService(database, user);
        this.actionItems = new ActionItemService(database, user, meetings);
        this.bestPractices = new BestPracticeService(database, user);
        this.persons = new PersonService(database, user);
        this.trash = new TrashService(database, user);
        this.followUps = new MeetingFollowUps(database, meetings);
        // after a restore in place the installation is reread: the backup may carry another code
        this.backups = new BackupService(database, clock, () -> {
            session.replaced();
            settings.ensureLocalInstallation();
        });
        this.encryption = new EncryptionService(database, backups, session::replaced);
    }

    /** Opens the data folder's database, migrating it, and makes sure this installation has an id. */
    public static Workspace open(Path folder) {
        return open(folder, Clock.systemDefaultZone());
    }

    public static Workspace open(Path folder, Clock clock) {
        return open(folder, clock, OpenOptions.STANDARD);
    }

    /**
     * Opens the data folder safely (see {@link FolderSession}): locked, checked before anything is
     * written, migrated only after a backup. The program passes {@link OpenOptions#STANDARD}; tests
     * and the crash tests pass {@code OpenOptions.STANDARD.withMigrations("classpath:db/testmigration-slow")}
     * (or {@code -fail}) to run a test migration of their own, e.g. to kill the process during it.
     *
     * @throws de.digitaldialog.desk.domain.DatabaseDamagedException when the database file is damaged
     */
    public static Workspace open(Path folder, Clock clock, OpenOptions options) {
        return open(folder, clock, options, Passphrase.NONE);
    }

    /** Opens an encrypted data folder with its passphrase ({@link Passphrase#NONE} for an unencrypted one). */
    public static Workspace open(Path folder, Passphrase passphrase) {
        return open(folder, Clock.systemDefaultZone(), OpenOptions.STANDARD, passphrase);
    }

    /**
     * As {@link #open(Path, Clock, OpenOptions)}, with the folder's passphrase.
     *
     * @throws de.digitaldialog.desk.domain.DeskException {@code error.passphrase.missing} or
     *         {@code error.passphrase.wrong} for an encrypted folder
     */
    public static Workspace open(Path folder, Clock clock, OpenOptions options, Passphrase passphrase) {
        FolderSession session = FolderSession.open(folder, options, FolderSession.Access.WRITE, clock, passphrase);
        try {
            Workspace workspace = new Workspace(session, clock);
            workspace.settings.ensureLocalInstallation();
            return workspace;
        } catch (RuntimeException e) {
            session.close();
            throw e;
        }
    }

    /**
     * Opens the data folder for reading only ({@code desk info}, {@code desk list}): the database
     * file stays byte for byte as it was; a database that needs a migration is refused with
     * {@code error.database.needsMigration}. A folder without a database gets its first start.
     */
    public static Workspace openReadOnly(Path folder) {
        return openReadOnly(folder, Passphrase.NONE);
    }

    /** As {@link #openReadOnly(Path)}, for an encrypted folder with its passphrase. */
    public static Workspace openReadOnly(Path folder, Passphrase passphrase) {
        Clock clock = Clock.systemDefaultZone();
        FolderSession session = FolderSession.open(folder, OpenOptions.STANDARD, FolderSession.Access.READ_ONLY,
                clock, passphrase);
        return new Workspace(session, clock);
    }

    /**
     * Puts a checked backup in place of a damaged database that cannot be opened (no workspace is
     * open on it): the damaged file is moved into the folder's {@code damaged/}, never deleted.
     */
    public static RestoreService.Restored restoreOverDamaged(Path folder, RestoreService.Checked checked) {
        return DamagedDatabase.restoreOver(folder, checked);
    }

    /** True when the data folder's database is encrypted, so its passphrase must be asked before opening. */
    public static boolean encrypted(Path folder) {
        return EncryptionService.encrypted(folder);
    }

    /** Encrypts the database with a passphrase, or changes it. */
    public EncryptionService encryption() {
        return encryption;
    }

    /** What the user should be told now that the folder is open, e.g. that a backup was put back. */
    public List<OpeningNotice> openingNotices() {
        return session.notices();
    }

    public Path folder() {
        return session.folder();
    }

    public Preferences preferences() {
        return preferences;
    }

    public SettingsService settings() {
        return settings;
    }

    public ReferenceDataService referenceData() {
        return referenceData;
    }

    public InitiativeService initiatives() {
        return initiatives;
    }

    public MeetingService meetings() {
        return meetings;
    }

    /** The Beschlusskontrolle: open action items across meetings and the coming deadlines. */
    public ActionItemService actionItems() {
        return actionItems;
    }

    /** Follow-up meetings, templates and series made from a meeting. */
    public MeetingFollowUps followUps() {
        return followUps;
    }

    /** Writes meetings as iCalendar files (.ics); the user's profile is the organizer. */
    public MeetingCalendarExport calendarExport() {
        return new MeetingCalendarExport(database, settings, user.clock());
    }

    public BestPracticeService bestPractices() {
        return bestPractices;
    }

    /** Contact persons: create, edit, search (the Personen page and every person picker). */
    public PersonService persons() {
        return persons;
    }

    /** Exports best-practice lists to CSV or XLSX, as initiatives are exported. */
    public BestPracticeExport bestPracticeExport() {
        return new BestPracticeExport(referenceData);
    }

    /** Ministries through a cabinet reshuffle: new rows, ends, successors, hand-overs. */
    public MinistryService ministries() {
        return new MinistryService(database, user);
    }

    /** The editable list of meeting formats. */
    public MeetingFormatService meetingFormats() {
        return new MeetingFormatService(database, user);
    }

    /** Theme areas' descriptions and responsible ministries. */
    public ThemeAreaService themeAreas() {
        return new ThemeAreaService(database, user);
    }

    /** Delete with what goes with it, and the Papierkorb: restore and purge. */
    public TrashService trash() {
        return trash;
    }

    /** Weekend, holiday and double-booking warnings for a meeting's date. */
    public CalendarWarnings calendarWarnings() {
        return new CalendarWarnings(database);
    }

    /** One for the workspace, so backups and a restore in place never overlap. */
    public BackupService backups() {
        return backups;
    }

    /** Backups at start and every few minutes with changes, for the window; not started yet. */
    public AutoBackup autoBackup() {
        return new AutoBackup(backups, database::commits, preferences::backupIntervalMinutes, clock);
    }

    public InfoService info() {
        return new InfoService(database);
    }

    public Listing listing() {
        return new Listing(database);
    }

    /** Exports initiative lists to CSV or XLSX; the window and the command line share it. */
    public InitiativeExport export() {
        return new InitiativeExport(referenceData, user.clock());
    }

    /** Generates the briefing sheets (PDF); the window and the command line share it. */
    public BriefingService briefings() {
        return new BriefingService(database, referenceData, settings, user.clock());
    }

    public DemoData demoData() {
        return new DemoData(database, referenceData, initiatives, meetings, bestPractices, user);
    }

    /**
     * Puts a backup in place and closes this workspace. The backup was checked before this workspace
     * was opened ({@link RestoreService#check}, on a copy in a temporary folder), because merely
     * opening and closing H2 rewrites the database file's header and a refused backup must leave it as
     * it was. The workspace does the rest because it holds the data folder's lock ({@code desk.lock})
     * until it closes: it backs up the current state, closes the database, replaces its file by the
     * checked copy (a move within the data folder), opens it again under the same services and
     * writes the folder's marker for the new file.
     */
    public RestoreService.Restored restore(RestoreService.Checked checked) {
        return backups.restore(checked);
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            session.close();
        }
    }
}
