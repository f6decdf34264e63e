package de.digitaldialog.desk.store;

import org.jooq.DSLContext;

/** The repositories, bound to one transaction (or to none, for plain reads). */
public final class Store {

    private final DSLContext dsl;

    Store(DSLContext dsl) {
        this.dsl = dsl;
    }

    public LandRepository lands() {
        return new LandRepository(dsl);
    }

    public ThemeAreaRepository themeAreas() {
        return new ThemeAreaRepository(dsl);
    }

    public MinistryRepository ministries() {
        return new MinistryRepository(dsl);
    }

    public HandOverRepository handOvers() {
        return new HandOverRepository(dsl);
    }

    public PersonRepository persons() {
        return new PersonRepository(dsl);
    }

    public MeetingFormatRepository meetingFormats() {
        return new MeetingFormatRepository(dsl);
    }

    public InstallationRepository installations() {
        return new InstallationRepository(dsl);
    }

    public SettingRepository settings() {
        return new SettingRepository(dsl);
    }

    public StatisticsRepository statistics() {
        return new StatisticsRepository(dsl);
    }

    public InitiativeRepository initiatives() {
        return new InitiativeRepository(dsl);
    }

    public StatusChangeRepository statusChanges() {
        return new StatusChangeRepository(dsl);
    }

    public BestPracticeRepository bestPractices() {
        return new BestPracticeRepository(dsl);
    }

    public MeetingRepository meetings() {
        return new MeetingRepository(dsl);
    }

    public OverlapRepository overlaps() {
        return new OverlapRepository(dsl);
    }

    public AgendaItemRepository agendaItems() {
        return new AgendaItemRepository(dsl);
    }

    public ActionItemRepository actionItems() {
        return new ActionItemRepository(dsl);
    }

    public FollowUpQueries followUps() {
        return new FollowUpQueries(dsl);
    }

    public AttachmentRepository attachments() {
        return new AttachmentRepository(dsl);
    }

    /** Deletions as groups: delete, the Papierkorb, restore and purge. */
    public DeletionRepository deletions() {
        return new DeletionRepository(dsl);
    }

    public BriefingQueries briefingQueries() {
        return new BriefingQueries(dsl);
    }
}
