package de.digitaldialog.desk.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A contact person (Ansprechpartner/in); {@code protocolRank} orders lists, lower first. The
 * number ({@code PER-BY1-0001}) is given when the person is first stored. A person is active
 * from {@code activeFrom} until {@code activeTo} (both optional, both days included): persons who
 * left stay in history and old records but are no longer offered.
 */
public record Person(UUID id, String number, Salutation salutation, String academicTitle, String firstName,
                     String lastName, String functionTitle, Integer protocolRank, UUID ministryId, UUID landId,
                     String email, String phone, LocalDate activeFrom, LocalDate activeTo, Audit audit) {

    public Person {
        new Violations()
                .requireText("lastName", lastName, 100)
                .requireEmailOrEmpty("email", email)
                .check(activeTo == null || activeFrom == null || !activeTo.isBefore(activeFrom),
                        "activeTo", "validation.person.activeTo")
                .throwIfAny();
    }

    /** A person without number, Land and active dates (they are active from the start, for good). */
    public Person(UUID id, Salutation salutation, String academicTitle, String firstName, String lastName,
                  String functionTitle, Integer protocolRank, UUID ministryId, String email, String phone,
                  Audit audit) {
        this(id, null, salutation, academicTitle, firstName, lastName, functionTitle, protocolRank, ministryId,
                null, email, phone, null, null, audit);
    }

    /** Whether the person is to be offered on {@code day}. */
    public boolean isActiveOn(LocalDate day) {
        return (activeFrom == null || !day.isBefore(activeFrom)) && (activeTo == null || !day.isAfter(activeTo));
    }

    /** The same person as stored: with its number, Land and audit. */
    public Person stored(String storedNumber, UUID storedLandId, Audit storedAudit) {
        return new Person(id, storedNumber, salutation, academicTitle, firstName, lastName, functionTitle,
                protocolRank, ministryId, storedLandId, email, phone, activeFrom, activeTo, storedAudit);
    }

    /** "Dr. Anna Schmidt": title, first and last name, as lists and documents show a person. */
    public String displayName() {
        return displayName(academicTitle, firstName, lastName);
    }

    /** The same for a person read in parts, e.g. as the owner of an action item. */
    public static String displayName(String academicTitle, String firstName, String lastName) {
        StringBuilder name = new StringBuilder();
        for (String part : new String[] {academicTitle, firstName, lastName}) {
            if (part != null && !part.isBlank()) {
                name.append(name.length() == 0 ? "" : " ").append(part.strip());
            }
        }
        return name.toString();
    }
}
