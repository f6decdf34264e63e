package de.digitaldialog.desk.service;

import de.digitaldialog.desk.service.BackupService.Backup;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Which backups to drop: the last {@value #LAST} are kept, and the newest of each of the last
 * {@value #DAYS} days, {@value #WEEKS} weeks (ISO) and {@value #MONTHS} months that have a backup (a
 * fortnight away leaves no gap in the days kept); then the oldest of those go while they all
 * together exceed the size cap, but never the newest backup. Pure: it decides, the caller deletes.
 */
public final class BackupRotation {

    static final int LAST = 10;
    static final int DAYS = 7;
    static final int WEEKS = 4;
    static final int MONTHS = 12;

    private BackupRotation() {
    }

    /** The backups to delete, oldest first; {@code zone} says where a day begins. */
    public static List<Backup> toDrop(List<Backup> backups, ZoneId zone, long capBytes) {
        List<Backup> newestFirst = new ArrayList<>(backups);
        newestFirst.sort(Comparator.comparing(Backup::time).reversed());
        Set<Backup> kept = new LinkedHashSet<>(newestFirst.subList(0, Math.min(LAST, newestFirst.size())));
        kept.addAll(newestPer(newestFirst, backup -> day(backup, zone), DAYS));
        kept.addAll(newestPer(newestFirst, backup -> week(backup, zone), WEEKS));
        kept.addAll(newestPer(newestFirst, backup -> YearMonth.from(day(backup, zone)), MONTHS));

        List<Backup> keptOldestFirst = newestFirst.stream().filter(kept::contains).sorted(
                Comparator.comparing(Backup::time)).toList();
        long total = keptOldestFirst.stream().mapToLong(Backup::size).sum();
        for (int i = 0; i < keptOldestFirst.size() - 1 && total > capBytes; i++) {
            kept.remove(keptOldestFirst.get(i));
            total -= keptOldestFirst.get(i).size();
        }
        return newestFirst.stream().filter(backup -> !kept.contains(backup))
                .sorted(Comparator.comparing(Backup::time)).toList();
    }

    /** The newest backup of each of the {@code count} newest periods that have one. */
    private static List<Backup> newestPer(List<Backup> newestFirst, Function<Backup, Object> period, int count) {
        Set<Object> seen = new HashSet<>();
        List<Backup> newest = new ArrayList<>();
        for (Backup backup : newestFirst) {
            if (seen.size() == count) {
                break;
            }
            if (seen.add(period.apply(backup))) {
                newest.add(backup);
            }
        }
        return newest;
    }

    private static LocalDate day(Backup backup, ZoneId zone) {
        return backup.time().atZone(zone).toLocalDate();
    }

    private static List<Integer> week(Backup backup, ZoneId zone) {
        LocalDate day = day(backup, zone);
        return List.of(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
