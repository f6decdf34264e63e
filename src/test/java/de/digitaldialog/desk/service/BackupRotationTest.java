package de.digitaldialog.desk.service;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitaldialog.desk.service.BackupService.Backup;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The rotation: the last ten, the newest of 7 days, 4 weeks and 12 months, then the size cap. */
class BackupRotationTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final long NO_CAP = Long.MAX_VALUE;

    private static Backup at(Instant time, long size) {
        return new Backup(Path.of("desk-" + time.getEpochSecond() + ".zip"), time, size, BackupReason.INTERVAL,
                Optional.empty(), true);
    }

    private static Backup noonOf(LocalDate day) {
        return at(day.atTime(12, 0).atZone(BERLIN).toInstant(), 100);
    }

    private static List<Backup> kept(List<Backup> backups, long cap) {
        List<Backup> kept = new ArrayList<>(backups);
        kept.removeAll(BackupRotation.toDrop(backups, BERLIN, cap));
        return kept;
    }

    private static List<Backup> hourly(int count, long size) {
        Instant first = Instant.parse("2026-03-12T06:00:00Z");
        return Stream.iterate(first, time -> time.plus(Duration.ofMinutes(30))).limit(count)
                .map(time -> at(time, size)).toList();
    }

    @Test
    void tenOrFewerAreAllKept() {
        assertThat(BackupRotation.toDrop(List.of(), BERLIN, NO_CAP)).isEmpty();
        assertThat(BackupRotation.toDrop(hourly(10, 100), BERLIN, NO_CAP)).isEmpty();
    }

    @Test
    void onOneDayOnlyTheTenNewestStay() {
        List<Backup> backups = hourly(30, 100);

        assertThat(BackupRotation.toDrop(backups, BERLIN, NO_CAP)).containsExactlyElementsOf(backups.subList(0, 20));
    }

    @Test
    void aYearOfDailyBackupsKeepsTenDaysFourWeeksAndTwelveMonths() {
        List<Backup> backups = LocalDate.of(2025, 1, 1).datesUntil(LocalDate.of(2026, 3, 13))
                .map(BackupRotationTest::noonOf).toList();

        List<LocalDate> kept = kept(backups, NO_CAP).stream()
                .map(backup -> backup.time().atZone(BERLIN).toLocalDate()).toList();

        List<LocalDate> expected = new ArrayList<>(LocalDate.of(2026, 3, 3).datesUntil(LocalDate.of(2026, 3, 13))
                .toList());
        // the newest of the ISO weeks 9 and 8 of 2026 (weeks 11 and 10 are among the last ten)
        expected.addAll(List.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 2, 22)));
        // the newest of each month back to April 2025 (March 2026 is among the last ten)
        Stream.of("2026-02-28", "2026-01-31", "2025-12-31", "2025-11-30", "2025-10-31", "2025-09-30", "2025-08-31",
                "2025-07-31", "2025-06-30", "2025-05-31", "2025-04-30").map(LocalDate::parse).forEach(expected::add);
        assertThat(kept).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void daysWithoutBackupsLeaveNoGapInTheDaysKept() {
        // three backups a day for three weeks, then a fortnight away, then two days back
        List<LocalDate> days = new ArrayList<>(LocalDate.of(2026, 2, 1).datesUntil(LocalDate.of(2026, 2, 22))
                .toList());
        days.addAll(List.of(LocalDate.of(2026, 3, 8), LocalDate.of(2026, 3, 9)));
        List<Backup> backups = days.stream().flatMap(day -> Stream.of(8, 12, 16)
                .map(hour -> at(day.atTime(hour, 0).atZone(BERLIN).toInstant(), 100))).toList();

        List<String> kept = kept(backups, NO_CAP).stream()
                .map(backup -> backup.time().atZone(BERLIN).toLocalDateTime().toString()).toList();

        // the ten newest reach back to Feb 20, 16:00; the days add the 17th to the 19th, the weeks the 15th
        assertThat(kept).hasSize(14).contains("2026-02-20T16:00", "2026-02-19T16:00", "2026-02-17T16:00",
                "2026-02-15T16:00").doesNotContain("2026-02-20T12:00", "2026-02-16T16:00", "2026-02-14T16:00");
    }

    @Test
    void theNewestOfADayCountsByLocalTime() {
        // 23:30 and 00:30 in Berlin are two days, though both are the same day in UTC
        List<Backup> backups = new ArrayList<>(hourly(10, 100));
        Backup lateOnTheDay = at(Instant.parse("2026-03-10T22:30:00Z"), 100);
        Backup earlierThatDay = at(Instant.parse("2026-03-10T21:30:00Z"), 100);
        Backup nextDayEarly = at(Instant.parse("2026-03-10T23:30:00Z"), 100);
        backups.addAll(List.of(lateOnTheDay, earlierThatDay, nextDayEarly));

        assertThat(BackupRotation.toDrop(backups, BERLIN, NO_CAP)).containsExactly(earlierThatDay);
    }

    @Test
    void overTheCapTheOldestGoFirst() {
        List<Backup> backups = hourly(20, 100);

        assertThat(kept(backups, 550)).containsExactlyElementsOf(backups.subList(15, 20));
        assertThat(kept(backups, 1000)).containsExactlyElementsOf(backups.subList(10, 20));
        assertThat(kept(backups, 999)).containsExactlyElementsOf(backups.subList(11, 20));
    }

    @Test
    void theCapAlsoDropsOldMonthlyBackups() {
        List<Backup> backups = new ArrayList<>();
        backups.add(at(Instant.parse("2025-06-01T10:00:00Z"), 5_000));
        backups.add(at(Instant.parse("2025-09-01T10:00:00Z"), 5_000));
        backups.addAll(hourly(3, 100));

        assertThat(BackupRotation.toDrop(backups, BERLIN, 5_400)).containsExactly(backups.get(0));
        assertThat(BackupRotation.toDrop(backups, BERLIN, 5_299)).containsExactly(backups.get(0), backups.get(1));
    }

    @Test
    void theNewestStaysEvenWhenItAloneExceedsTheCap() {
        List<Backup> backups = hourly(3, 1_000);

        assertThat(kept(backups, 10)).containsExactly(backups.get(2));
        assertThat(BackupRotation.toDrop(backups.subList(0, 1), BERLIN, 10)).isEmpty();
    }

    @Test
    void theOrderOfTheListDoesNotMatter() {
        List<Backup> backups = new ArrayList<>(hourly(25, 100));
        List<Backup> expected = BackupRotation.toDrop(backups, BERLIN, 1_200);
        Collections.shuffle(backups, new Random(11));

        assertThat(BackupRotation.toDrop(backups, BERLIN, 1_200)).containsExactlyElementsOf(expected)
                .hasSize(15);
    }
}
