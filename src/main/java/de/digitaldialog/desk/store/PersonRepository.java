package de.digitaldialog.desk.store;

import static de.digitaldialog.desk.store.generated.Tables.PERSON;

import de.digitaldialog.desk.domain.Actor;
import de.digitaldialog.desk.domain.Person;
import de.digitaldialog.desk.domain.Salutation;
import de.digitaldialog.desk.store.generated.tables.records.PersonRecord;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;

/** Contact persons, in protocol order. */
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

    public Person save(Person person, Actor actor) {
        PersonRecord row = dsl.newRecord(PERSON);
        row.setId(person.id());
        row.setSalutation(person.salutation() == null ? null : person.salutation().name());
        row.setAcademicTitle(person.academicTitle());
        row.setFirstName(person.firstName());
        row.setLastName(person.lastName());
        row.setFunctionTitle(person.functionTitle());
        row.setProtocolRank(person.protocolRank());
        row.setMinistryId(person.ministryId());
        row.setEmail(person.email());
        row.setPhone(person.phone());
        var audit = person.audit() == null
                ? AuditedRows.insert(dsl, row, actor)
                : AuditedRows.update(dsl, row, person.audit(), actor);
        return person.withAudit(audit);
    }

    public void delete(Person person, Actor actor) {
        AuditedRows.tombstone(dsl, PERSON, person.id(), person.audit(), actor);
    }

    static Person toPerson(PersonRecord row) {
        return new Person(row.getId(), row.getSalutation() == null ? null : Salutation.valueOf(row.getSalutation()),
                row.getAcademicTitle(), row.getFirstName(), row.getLastName(), row.getFunctionTitle(),
                row.getProtocolRank(), row.getMinistryId(), row.getEmail(), row.getPhone(), AuditedRows.audit(row));
    }
}
