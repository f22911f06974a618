package io.github.mediaops.analytics.growth.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The detector on simulated comment streams with a daily and weekly rhythm and known injected
 * negative spikes: detection delay (hours from spike start to first alert) and false alarms per week.
 */
class SpikeSimulationTest {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Instant MONDAY = Instant.parse("2026-01-04T16:00:00Z");
    static final int WEEK = 168;

    /** Outcome of one simulation. */
    record Outcome(int spikes, int detected, double meanDelayHours, int maxDelayHours, int falseAlarms, double weeks) {
        double falseAlarmsPerWeek() {
            return falseAlarms / weeks;
        }
    }

    static double rate(int hourOfWeek) {
        int hour = hourOfWeek % 24;
        int day = hourOfWeek / 24;
        double daily = 0.25 + 1.5 * Math.exp(-Math.pow((hour - 21) / 3.0, 2)) + 0.6 * Math.exp(-Math.pow((hour - 12.5) / 1.5, 2));
        return 120 * daily * (day >= 5 ? 1.3 : 1.0);
    }

    static long poisson(SplittableRandom r, double mu) {
        if (mu > 60) {
            return Math.max(0, Math.round(mu + Math.sqrt(mu) * gaussian(r)));
        }
        double l = Math.exp(-mu);
        long k = 0;
        double p = 1;
        do {
            k++;
            p *= r.nextDouble();
        } while (p > l);
        return k - 1;
    }

    static double gaussian(SplittableRandom r) {
        double u = r.nextDouble();
        double v = r.nextDouble();
        return Math.sqrt(-2 * Math.log(u == 0 ? 1e-300 : u)) * Math.cos(2 * Math.PI * v);
    }

    static long binomial(SplittableRandom r, long n, double p) {
        long k = 0;
        for (long i = 0; i < n; i++) {
            if (r.nextDouble() < p) {
                k++;
            }
        }
        return k;
    }

    static Outcome simulate(long seed, int monitorWeeks, int spikeCount, double spikeShare, int spikeHours) {
        SplittableRandom r = new SplittableRandom(seed);
        double share = 0.08;
        List<HourlyCount> history = new ArrayList<>();
        int baselineWeeks = 8;
        for (int i = 0; i < baselineWeeks * WEEK; i++) {
            long total = poisson(r, rate(i % WEEK));
            history.add(new HourlyCount(MONDAY.plus(Duration.ofHours(i)), total, binomial(r, total, share)));
        }
        int n = monitorWeeks * WEEK;
        int[] starts = new int[spikeCount];
        for (int s = 0; s < spikeCount; s++) {
            starts[s] = (int) ((s + 0.3 + 0.4 * r.nextDouble()) * n / spikeCount);
        }
        List<HourlyCount> stream = new ArrayList<>();
        Instant t0 = MONDAY.plus(Duration.ofHours((long) baselineWeeks * WEEK));
        for (int i = 0; i < n; i++) {
            boolean inSpike = false;
            for (int st : starts) {
                inSpike |= i >= st && i < st + spikeHours;
            }
            long total = poisson(r, rate(i % WEEK) * (inSpike ? 1.3 : 1));
            stream.add(new HourlyCount(t0.plus(Duration.ofHours(i)), total, binomial(r, total, inSpike ? spikeShare : share)));
        }
        CrisisMonitor m = new CrisisMonitor("sim", HourOfWeekBaseline.learn(history, ZONE, 2), MonitorConfig.defaults());
        CrisisMonitor.Report rep = m.evaluate(stream);
        int detected = 0;
        int delaySum = 0;
        int maxDelay = 0;
        boolean[] explained = new boolean[n];
        for (int st : starts) {
            for (int i = st; i < Math.min(n, st + spikeHours + 12); i++) {
                explained[i] = true; // alerts during a spike or its aftermath are true alarms
            }
        }
        List<Integer> alertIdx = new ArrayList<>();
        for (Alert a : rep.alerts()) {
            alertIdx.add((int) Duration.between(t0, a.assessment().count().start()).toHours());
        }
        for (int st : starts) {
            for (int idx : alertIdx) {
                if (idx >= st && idx < st + spikeHours) {
                    detected++;
                    delaySum += idx - st;
                    maxDelay = Math.max(maxDelay, idx - st);
                    break;
                }
            }
        }
        int falseAlarms = 0;
        for (int i = 0; i < alertIdx.size(); i++) {
            if (!explained[alertIdx.get(i)]) {
                falseAlarms++;
            }
        }
        return new Outcome(spikeCount, detected, detected == 0 ? Double.NaN : (double) delaySum / detected, maxDelay,
                falseAlarms, monitorWeeks);
    }

    @Test
    void detects_injected_spikes_quickly_with_few_false_alarms() {
        Outcome strong = simulate(42, 12, 8, 0.24, 6);   // share 8% -> 24% for 6 hours
        Outcome subtle = simulate(43, 12, 8, 0.14, 6);   // share 8% -> 14% for 6 hours
        Outcome quiet = simulate(44, 12, 0, 0.08, 6);    // no spike at all
        System.out.println(String.format(Locale.ROOT,
                "strong: %d/%d detected, mean delay %.2f h, max %d h, false alarms/week %.3f%n"
                        + "subtle: %d/%d detected, mean delay %.2f h, max %d h, false alarms/week %.3f%n"
                        + "quiet: false alarms/week %.3f over %.0f weeks",
                strong.detected(), strong.spikes(), strong.meanDelayHours(), strong.maxDelayHours(), strong.falseAlarmsPerWeek(),
                subtle.detected(), subtle.spikes(), subtle.meanDelayHours(), subtle.maxDelayHours(), subtle.falseAlarmsPerWeek(),
                quiet.falseAlarmsPerWeek(), quiet.weeks()));
        assertThat(strong.detected()).isEqualTo(strong.spikes());
        assertThat(strong.meanDelayHours()).isLessThanOrEqualTo(1.5);
        assertThat(subtle.detected()).isGreaterThanOrEqualTo(5);
        assertThat(subtle.meanDelayHours()).isLessThanOrEqualTo(3.0);
        assertThat(quiet.falseAlarmsPerWeek()).isLessThanOrEqualTo(0.5);
        assertThat(strong.falseAlarmsPerWeek()).isLessThanOrEqualTo(0.5);
    }
}
