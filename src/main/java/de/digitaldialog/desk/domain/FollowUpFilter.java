package de.digitaldialog.desk.domain;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * What the Beschlusskontrolle shows: a {@code null} facet (or an empty text) lets every row
 * pass; {@code statuses} are the statuses shown. The text is looked for, ignoring case, in the
 * description, the owner, the delay reason, the meeting, the TOP and the initiative.
 */
public record FollowUpFilter(UUID ministryId, String landCode, String themeAreaCode,
                             Set<ActionItemStatus> statuses, String text) implements Predicate<FollowUp> {

    /** Everything not yet done: the list's default. */
    public static final Set<ActionItemStatus> UNFINISHED = Set.copyOf(EnumSet.of(ActionItemStatus.OFFEN,
            ActionItemStatus.IN_ARBEIT));
    public static final FollowUpFilter ALL = new FollowUpFilter(null, null, null, Set.of(ActionItemStatus.values()),
            null);

    public FollowUpFilter {
        statuses = Set.copyOf(statuses);
        text = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean test(FollowUp row) {
        return statuses.contains(row.item().status())
                && (ministryId == null || ministryId.equals(row.ministryId()))
                && (landCode == null || landCode.equals(row.landCode()))
                && (themeAreaCode == null || row.themeAreaCodes().contains(themeAreaCode))
                && (text.isEmpty() || searchText(row).contains(text));
    }

    private static String searchText(FollowUp row) {
        return String.join("\n", row.item().description(), row.owner(), orEmpty(row.item().delayReason()),
                row.meetingNumber(), row.meetingTitle(), row.agendaNumber(), row.agendaTitle(),
                orEmpty(row.initiativeNumber()), orEmpty(row.initiativeTitle())).toLowerCase(Locale.ROOT);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
