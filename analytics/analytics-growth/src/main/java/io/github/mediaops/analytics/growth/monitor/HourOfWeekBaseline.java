package io.github.mediaops.analytics.growth.monitor;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * What is normal for each of the 168 hours of the week: the mean and variance of the negative count
 * and the pooled negative share, learned from history in a given time zone (platforms in China
 * report in Asia/Shanghai). Comment volume on social platforms follows a strong daily and weekly
 * rhythm, so a fixed threshold either misses night-time spikes or cries wolf every evening.
 *
 * <p>The negative <em>share</em> of a slot pools it with the hour before and after (weights 1:2:1),
 * which steadies it when history is a few weeks long (the share varies slowly over the day). The
 * expected negative count is the slot's own mean <em>total</em> times that share: totals are large
 * and estimated precisely, negative counts at night are small and noisy. The variance is the slot's
 * own variance of negative counts.
 * A slot with fewer than {@code minSamples} observations falls back to all history (global mean,
 * variance and share). The standard deviation used for standardising is
 * {@code √max(variance, mean, 1)}: never below the Poisson level, so sparse slots are not
 * over-sensitive.
 */
public final class HourOfWeekBaseline {
    private final ZoneId zone;
    private final double[] mean = new double[168];
    private final double[] sd = new double[168];
    private final double[] share = new double[168];
    private final int[] samples = new int[168];

    private HourOfWeekBaseline(ZoneId zone) {
        this.zone = zone;
    }

    /**
     * Learns a baseline from history.
     *
     * @param history    past buckets (any order); must not be empty
     * @param zone       the zone whose clock defines the hour of week
     * @param minSamples observations a slot needs before its own statistics are used, &ge; 1
     */
    public static HourOfWeekBaseline learn(List<HourlyCount> history, ZoneId zone, int minSamples) {
        List<HourlyCount> h = Checks.listOf(history, "history");
        Checks.notNull(zone, "zone");
        Checks.positive(minSamples, "minSamples");
        if (h.isEmpty()) {
            throw new InvalidValueException("history", "history must not be empty: a baseline needs past counts");
        }
        HourOfWeekBaseline b = new HourOfWeekBaseline(zone);
        double[] sum = new double[168];
        double[] sumSq = new double[168];
        double[] neg = new double[168];
        double[] tot = new double[168];
        double gSum = 0;
        double gSq = 0;
        double gNeg = 0;
        double gTot = 0;
        for (HourlyCount c : h) {
            int s = b.slot(c.start());
            b.samples[s]++;
            sum[s] += c.negative();
            sumSq[s] += (double) c.negative() * c.negative();
            neg[s] += c.negative();
            tot[s] += c.total();
            gSum += c.negative();
            gSq += (double) c.negative() * c.negative();
            gNeg += c.negative();
            gTot += c.total();
        }
        int n = h.size();
        double gMean = gSum / n;
        double gVar = n > 1 ? Math.max(0, (gSq - n * gMean * gMean) / (n - 1)) : gMean;
        double gShare = gTot == 0 ? 0 : gNeg / gTot;
        // pool each slot with its neighbouring hours (weights 1:2:1) to steady the mean and share
        double[] pNeg = new double[168];
        double[] pTot = new double[168];
        for (int s = 0; s < 168; s++) {
            int[] nb = {(s + 167) % 168, s, (s + 1) % 168};
            int[] w = {1, 2, 1};
            for (int j = 0; j < 3; j++) {
                pNeg[s] += w[j] * neg[nb[j]];
                pTot[s] += w[j] * tot[nb[j]];
            }
        }
        for (int s = 0; s < 168; s++) {
            int m = b.samples[s];
            double mu;
            double var;
            double p;
            if (m >= minSamples && m >= 1) {
                double own = sum[s] / m;
                var = m > 1 ? Math.max(0, (sumSq[s] - m * own * own) / (m - 1)) : own;
                p = pTot[s] == 0 ? gShare : pNeg[s] / pTot[s];
                mu = tot[s] / m * p;
            } else {
                mu = gMean;
                var = gVar;
                p = gShare;
            }
            b.mean[s] = mu;
            b.sd[s] = Math.sqrt(Math.max(Math.max(var, mu), 1));
            b.share[s] = p;
        }
        return b;
    }

    /** The hour-of-week slot 0..167 (Monday 00:00 = 0) of an instant in this baseline's zone. */
    public int slot(Instant t) {
        ZonedDateTime z = t.atZone(zone);
        return (z.getDayOfWeek().getValue() - 1) * 24 + z.getHour();
    }

    /** Expected negative count for the bucket starting at {@code t}. */
    public double expectedNegative(Instant t) {
        return mean[slot(t)];
    }

    /** Standard deviation used to standardise the negative count at {@code t}. */
    public double sd(Instant t) {
        return sd[slot(t)];
    }

    /** Baseline negative share at {@code t}. */
    public double share(Instant t) {
        return share[slot(t)];
    }

    /** Number of history observations in the slot of {@code t}. */
    public int samples(Instant t) {
        return samples[slot(t)];
    }

    /** The zone of the hour-of-week clock. */
    public ZoneId zone() {
        return zone;
    }
}
