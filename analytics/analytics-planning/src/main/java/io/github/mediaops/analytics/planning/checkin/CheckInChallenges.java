package io.github.mediaops.analytics.planning.checkin;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Streaks, completion by day, drop-off and reward eligibility of a check-in (打卡) challenge.
 *
 * <p>Check-ins are bucketed into local days of the challenge zone; several on one day count once;
 * check-ins outside the challenge or after the as-of day are ignored and counted. The as-of day is
 * today per the clock, capped to the challenge's last day. A streak is a run of consecutive checked-in
 * days; the current streak is the run ending on the as-of day or the day before (the participant can
 * still check in today), otherwise 0.
 *
 * <pre>{@code
 * Challenge challenge = Challenge.builder().id("21-day").start(LocalDate.of(2026, 11, 1)).days(21)
 *         .zone(ZoneId.of("Asia/Shanghai")).requiredDays(18).requiredStreak(7).build();
 * ChallengeReport r = CheckInChallenges.report(challenge, checkIns, clock);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class CheckInChallenges {
    private CheckInChallenges() {
    }

    /** @throws InvalidValueException if the challenge has not started by the clock's today */
    public static ChallengeReport report(Challenge challenge, List<CheckIn> checkIns, Clock clock) {
        Checks.notNull(challenge, "challenge");
        List<CheckIn> list = Checks.listOf(checkIns, "checkIns");
        Checks.notNull(clock, "clock");
        LocalDate today = clock.instant().atZone(challenge.zone()).toLocalDate();
        if (today.isBefore(challenge.start())) {
            throw new InvalidValueException("clock", "challenge " + challenge.id() + " starts " + challenge.start()
                    + ", after today " + today);
        }
        LocalDate last = challenge.period().end();
        LocalDate asOf = today.isAfter(last) ? last : today;
        Map<String, TreeSet<LocalDate>> days = new TreeMap<>();
        int ignored = 0;
        int repeats = 0;
        for (CheckIn c : list) {
            LocalDate d = c.at().atZone(challenge.zone()).toLocalDate();
            if (d.isBefore(challenge.start()) || d.isAfter(asOf)) {
                ignored++;
                continue;
            }
            if (!days.computeIfAbsent(c.userId(), u -> new TreeSet<>()).add(d)) {
                repeats++;
            }
        }
        int n = (int) ChronoUnit.DAYS.between(challenge.start(), asOf) + 1;
        int[] checked = new int[n];
        int[] lastOn = new int[n];
        int[] droppedOn = new int[n];
        List<ParticipantResult> results = new ArrayList<>();
        int completed = 0;
        int eligible = 0;
        for (Map.Entry<String, TreeSet<LocalDate>> e : days.entrySet()) {
            TreeSet<LocalDate> set = e.getValue();
            int longest = 0;
            int run = 0;
            LocalDate prev = null;
            for (LocalDate d : set) {
                run = prev != null && prev.plusDays(1).equals(d) ? run + 1 : 1;
                longest = Math.max(longest, run);
                prev = d;
                checked[index(challenge, d)]++;
            }
            LocalDate lastDay = set.last();
            int current = lastDay.equals(asOf) || lastDay.equals(asOf.minusDays(1)) ? run : 0;
            boolean done = set.size() == challenge.days();
            boolean reward = set.size() >= challenge.requiredDays() && longest >= challenge.requiredStreak();
            completed += done ? 1 : 0;
            eligible += reward ? 1 : 0;
            lastOn[index(challenge, lastDay)]++;
            if (!done && lastDay.isBefore(asOf.minusDays(1))) {
                droppedOn[index(challenge, lastDay)]++;
            }
            results.add(new ParticipantResult(e.getKey(), set.size(), longest, current, lastDay, done, reward));
        }
        int participants = days.size();
        List<DayStat> byDay = new ArrayList<>();
        int active = participants;
        for (int i = 0; i < n; i++) {
            byDay.add(new DayStat(i + 1, challenge.start().plusDays(i), checked[i],
                    participants == 0 ? Double.NaN : (double) checked[i] / participants, active, droppedOn[i]));
            active -= lastOn[i];
        }
        return new ChallengeReport(challenge, asOf, participants, results, byDay, ignored, repeats, completed, eligible);
    }

    private static int index(Challenge c, LocalDate d) {
        return (int) ChronoUnit.DAYS.between(c.start(), d);
    }
}
