package de.digitaldialog.desk.store;

import static de.digitaldialog.desk.store.generated.Tables.INSTALLATION;
import static de.digitaldialog.desk.store.generated.Tables.LAND;
import static de.digitaldialog.desk.store.generated.Tables.NUMBER_COUNTER;

import de.digitaldialog.desk.domain.Installation;
import de.digitaldialog.desk.domain.InstallationOffice;
import de.digitaldialog.desk.domain.PartnerLand;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * The installations this database knows, this one among them, and the counters behind the
 * human-friendly numbers ({@code INI-BY1-0042}).
 */
public final class InstallationRepository {

    private final DSLContext dsl;

    InstallationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<Installation> findLocal() {
        return dsl.selectFrom(INSTALLATION).where(INSTALLATION.IS_LOCAL.isTrue())
                .fetchOptional(row -> new Installation(row.getId(), row.getCode(), true));
    }

    public boolean codeTaken(String code) {
        return dsl.fetchExists(INSTALLATION, INSTALLATION.CODE.eq(code));
    }

    /** The codes of the other installations this database knows (the partners', SYS). */
    public List<String> codesOfOthers(Installation installation) {
        return dsl.select(INSTALLATION.CODE).from(INSTALLATION).where(INSTALLATION.ID.ne(installation.id()))
                .fetch(INSTALLATION.CODE);
    }

    /** The Land and office the installation works for; empty until it has been set up. */
    public Optional<InstallationOffice> findOffice(Installation installation) {
        return dsl.select(LAND.CODE, INSTALLATION.MINISTRY_ID).from(INSTALLATION)
                .join(LAND).on(LAND.ID.eq(INSTALLATION.LAND_ID))
                .where(INSTALLATION.ID.eq(installation.id())).and(INSTALLATION.MINISTRY_ID.isNotNull())
                .fetchOptional()
                .flatMap(row -> PartnerLand.ofCode(row.value1())
                        .map(land -> new InstallationOffice(land, row.value2())));
    }

    /** Records the Land (by its row) and the office (a ministry of that Land). */
    public void changeOffice(Installation installation, UUID landId, UUID ministryId) {
        dsl.update(INSTALLATION).set(INSTALLATION.LAND_ID, landId).set(INSTALLATION.MINISTRY_ID, ministryId)
                .where(INSTALLATION.ID.eq(installation.id())).execute();
    }

    public void insert(Installation installation, Instant at) {
        dsl.insertInto(INSTALLATION)
                .set(INSTALLATION.ID, installation.id())
                .set(INSTALLATION.CODE, installation.code())
                .set(INSTALLATION.IS_LOCAL, installation.local())
                .set(INSTALLATION.CREATED_AT, AuditedRows.timestamp(at))
                .execute();
    }

    public void changeCode(Installation installation, String code) {
        dsl.update(INSTALLATION).set(INSTALLATION.CODE, code).where(INSTALLATION.ID.eq(installation.id())).execute();
    }

    /** Whether this installation has handed out a number yet; its code is fixed from then on. */
    public boolean hasIssuedNumbers(Installation installation) {
        return dsl.fetchExists(NUMBER_COUNTER, NUMBER_COUNTER.INSTALLATION_ID.eq(installation.id())
                .and(NUMBER_COUNTER.LAST_VALUE.gt(0)));
    }

    /**
     * The next number of a kind, e.g. "INI-BY1-0042". The counter row is locked for the rest of
     * the transaction, so two windows never get the same number.
     */
    public String nextNumber(Installation installation, String kind) {
        var counter = dsl.selectFrom(NUMBER_COUNTER)
                .where(NUMBER_COUNTER.INSTALLATION_ID.eq(installation.id()))
                .and(NUMBER_COUNTER.KIND.eq(kind))
                .forUpdate()
                .fetchOptional();
        int next;
        if (counter.isPresent()) {
            next = counter.get().getLastValue() + 1;
            dsl.update(NUMBER_COUNTER).set(NUMBER_COUNTER.LAST_VALUE, next)
                    .where(NUMBER_COUNTER.INSTALLATION_ID.eq(installation.id()))
                    .and(NUMBER_COUNTER.KIND.eq(kind)).execute();
        } else {
            next = 1;
            dsl.insertInto(NUMBER_COUNTER)
                    .set(NUMBER_COUNTER.INSTALLATION_ID, installation.id())
                    .set(NUMBER_COUNTER.KIND, kind)
                    .set(NUMBER_COUNTER.LAST_VALUE, next).execute();
        }
        return String.format("%s-%s-%04d", kind, installation.code(), next);
    }
}
