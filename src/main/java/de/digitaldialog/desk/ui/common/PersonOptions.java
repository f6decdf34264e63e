package de.digitaldialog.desk.ui.common;

import de.digitaldialog.desk.domain.Person;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * What a person picker offers: the persons active today, and those the record already names
 * even if they have left since (as {@code PersonService.offered} does for a search), by name.
 * Records keep showing persons who left; pickers no longer offer them for new choices.
 */
public final class PersonOptions {

    private static final Comparator<Person> BY_NAME = Comparator
            .comparing(Person::lastName, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(Person::displayName, String.CASE_INSENSITIVE_ORDER);

    private PersonOptions() {
    }

    public static List<Person> offered(List<Person> persons, Collection<UUID> alreadyChosen) {
        LocalDate today = LocalDate.now(Formats.ZONE);
        return persons.stream().filter(p -> p.isActiveOn(today) || alreadyChosen.contains(p.id()))
                .sorted(BY_NAME).toList();
    }
}
