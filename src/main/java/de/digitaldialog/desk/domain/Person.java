package de.digitaldialog.desk.domain;

import java.util.UUID;

/** A contact person (Ansprechpartner/in); {@code protocolRank} orders lists, lower first. */
public record Person(UUID id, Salutation salutation, String academicTitle, String firstName,
                     String lastName, String functionTitle, Integer protocolRank, UUID ministryId,
                     String email, String phone, Audit audit) {

    public Person {
        new Violations()
                .requireText("lastName", lastName, 100)
                .requireEmailOrEmpty("email", email)
                .throwIfAny();
    }

    public Person withAudit(Audit newAudit) {
        return new Person(id, salutation, academicTitle, firstName, lastName, functionTitle, protocolRank, ministryId,
                email, phone, newAudit);
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
