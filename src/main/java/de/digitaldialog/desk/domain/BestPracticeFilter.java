package de.digitaldialog.desk.domain;

import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * What the best-practice register shows: a {@code null} facet (or an empty text) lets every row
 * pass. The text is looked for, ignoring case, in number, title, description, ministry, contact,
 * link and the reason of a refusal.
 */
public record BestPracticeFilter(String themeAreaCode, String landCode, UUID ministryId,
                                 Transferability transferability, Adoption adoption, String text)
        implements Predicate<BestPracticeSummary> {

    public static final BestPracticeFilter ALL = new BestPracticeFilter(null, null, null, null, null, null);

    public BestPracticeFilter {
        text = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean test(BestPracticeSummary row) {
        return (themeAreaCode == null || row.themeAreaCodes().contains(themeAreaCode))
                && (landCode == null || landCode.equals(row.landCode()))
                && (ministryId == null || ministryId.equals(row.ministryId()))
                && (transferability == null || transferability == row.transferability())
                && (adoption == null || adoption == row.adoption())
                && (text.isEmpty() || searchText(row).contains(text));
    }

    private static String searchText(BestPracticeSummary row) {
        return String.join("\n", Stream.of(row.number(), row.title(), row.description(), row.ministryAbbreviation(),
                        row.contactName(), row.link(), row.adoptionReason()).filter(Objects::nonNull).toList())
                .toLowerCase(Locale.ROOT);
    }
}
