package de.digitaldialog.desk.store;

import static de.digitaldialog.desk.store.generated.Tables.MINISTRY;
import static de.digitaldialog.desk.store.generated.Tables.PERSON;

import de.digitaldialog.desk.domain.Actor;
import de.digitaldialog.desk.domain.Person;
import de.digitaldialog.desk.domain.PersonFilter;
import de.digitaldialog.desk.domain.Salutation;
import de.digitaldialog.desk.store.generated.tables.records.PersonRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Contact persons, in protocol order, including those no longer active. */
public final class PersonRepository {

    private final DSLContext dsl;

    PersonRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<Person> findAll() {
        return dsl.selectFrom(PERSON).where(PERSON.DELETED_AT.isNull())
                .orderBy(PERSON.PROTOCOL_RANK.asc().nullsLast(), PERSON.LAST_NAME, PERSON.FIRST_NAME)
                .fetch(PersonRepository::toPerson);
    }

    public Optional<Person> findById(UUID id) {
        return dsl.selectFrom(PERSON).where(PERSON.ID.eq(id)).and(PERSON.DELETED_AT.isNull())
                .fetchOptional(PersonRepository::toPerson);
    }

    /** The persons a search finds, by last and first name; "active" means active on {@code today}. */
    public List<Person> search(PersonFilter filter, LocalDate today) {
        List<Condition> conditions = new ArrayList<>();
        conditions.add(PERSON.DELETED_AT.isNull());
        if (filter.text() != null && !filter.text().isBlank()) {
            String text = filter.text().strip();
            conditions.add(DSL.concat(DSL.coalesce(PERSON.FIRST_NAME, ""), DSL.inline(" "), PERSON.LAST_NAME)
                    .containsIgnoreCase(text)
                    .or(PERSON.ACADEMIC_TITLE.containsIgnoreCase(text))
                    .or(PERSON.FUNCTION_TITLE.containsIgnoreCase(text))
                    .or(PERSON.NUMBER.containsIgnoreCase(text)));
        }
        if (filter.ministryId() != null) {
            conditions.add(PERSON.MINISTRY_ID.eq(filter.ministryId()));
        }
        if (filter.landId() != null) {
            conditions.add(PERSON.LAND_ID.eq(filter.landId()).or(MINISTRY.LAND_ID.eq(filter.landId())));
        }
        if (filter.email() != null && !filter.email().isBlank()) {
            conditions.add(PERSON.EMAIL.containsIgnoreCase(filter.email().strip()));
        }
        if (!filter.includeInactive()) {
            conditions.add(PERSON.ACTIVE_FROM.isNull().or(PERSON.ACTIVE_FROM.le(today)));
            conditions.add(PERSON.ACTIVE_TO.isNull().or(PERSON.ACTIVE_TO.ge(today)));
        }
        return dsl.select(PERSON.fields()).from(PERSON)
                .leftJoin(MINISTRY).on(MINISTRY.ID.eq(PERSON.MINISTRY_ID))
                .where(conditions)
                .orderBy(PERSON.LAST_NAME, PERSON.FIRST_NAME, PERSON.NUMBER)
                .fetch(row -> toPerson(row.into(PERSON)));
    }

    /** Stores a new person under {@code number} (PER-BY1-0001). */
    public Person insert(Person person, String number, Actor actor) {
        PersonRecord row = row(person);
        row.setNumber(number);
        return person.stored(number, person.landId(), AuditedRows.insert(dsl, row, actor));
    }

    /**
     * Saves an edited person from the version it was loaded at; the number stays.
     *
     * @throws de.digitaldialog.desk.domain.ConcurrentChangeException when someone saved it meanwhile
     */
    public Person update(Person person, Actor actor) {
        return person.stored(person.number(), person.landId(),
                AuditedRows.update(dsl, row(person), person.audit(), actor));
    }

    public void delete(Person person, Actor actor) {
        AuditedRows.tombstone(dsl, PERSON, person.id(), person.audit(), actor);
    }

    private PersonRecord row(Person person) {
        PersonRecord row = dsl.newRecord(PERSON);
        row.setId(person.id());
        row.setSalutation(person.salutation() == null ? null : person.salutation().name());
        row.setAcademicTitle(person.academicTitle());
        row.setFirstName(person.firstName());
        row.setLastName(person.lastName());
        row.setFunctionTitle(person.functionTitle());
        row.setProtocolRank(person.protocolRank());
        row.setMinistryId(person.ministryId());
        row.setLandId(person.landId());
        row.setEmail(person.email());
        row.setPhone(person.phone());
        row.setActiveFrom(person.activeFrom());
        row.setActiveTo(person.activeTo());
        return row;
    }

    static Person toPerson(PersonRecord row) {
        return new Person(row.getId(), row.getNumber(),
                row.getSalutation() == null ? null : Salutation.valueOf(row.getSalutation()),
                row.getAcademicTitle(), row.getFirstName(), row.getLastName(), row.getFunctionTitle(),
                row.getProtocolRank(), row.getMinistryId(), row.getLandId(), row.getEmail(), row.getPhone(),
                row.getActiveFrom(), row.getActiveTo(), AuditedRows.audit(row));
    }
}
