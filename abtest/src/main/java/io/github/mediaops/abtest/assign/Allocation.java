package io.github.mediaops.abtest.assign;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An immutable map from the {@link HashBucketing#BUCKETS} buckets to arms, as a sorted list of
 * disjoint {@link Segment}s covering {@code [0, BUCKETS)}.
 *
 * <p>{@link #of(double...)} lays the arms out contiguously. {@link #reweight(double...)} moves only
 * as many buckets as the new weights require: the arms that lose weight give up buckets from their
 * highest segments and only those buckets go to the arms that gain, so the share of units that change
 * arm is {@code Σ max(0, w'_i - w_i)} — the minimum possible. Persist {@link #segments()} with the
 * experiment and restore with {@link #ofSegments(int, List)} to keep assignments across restarts.
 * Weights become bucket counts by the largest-remainder method (ties to the lower index).
 */
public final class Allocation {

    /** Buckets {@code [from, to)} belong to arm {@code arm}. */
    public record Segment(int from, int to, int arm) {
        public Segment {
            if (from < 0 || to > HashBucketing.BUCKETS || from >= to) {
                throw new InvalidValueException("from", "segment must satisfy 0 <= from < to <= "
                        + HashBucketing.BUCKETS + " (was [" + from + ", " + to + "))");
            }
            Checks.nonNegative(arm, "arm");
        }

        public int size() {
            return to - from;
        }
    }

    private final int arms;
    private final List<Segment> segments;
    private final int[] starts;

    private Allocation(int arms, List<Segment> segments) {
        this.arms = arms;
        this.segments = List.copyOf(segments);
        this.starts = segments.stream().mapToInt(Segment::from).toArray();
    }

    /** Contiguous layout: arm 0 first. Weights must be >= 0 and sum to 1 within 1e-9. */
    public static Allocation of(double... weights) {
        int[] counts = counts(weights);
        List<Segment> segs = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0) {
                segs.add(new Segment(at, at + counts[i], i));
                at += counts[i];
            }
        }
        return new Allocation(counts.length, segs);
    }

    /** Restores a persisted layout; the segments must cover every bucket exactly once. */
    public static Allocation ofSegments(int arms, List<Segment> segments) {
        Checks.positive(arms, "arms");
        List<Segment> sorted = new ArrayList<>(Checks.listOf(segments, "segments"));
        sorted.sort(Comparator.comparingInt(Segment::from));
        int at = 0;
        for (Segment s : sorted) {
            if (s.from() != at) {
                throw new InvalidValueException("segments", "segments must tile [0, " + HashBucketing.BUCKETS
                        + ") without gaps or overlaps (problem at bucket " + at + ")");
            }
            if (s.arm() >= arms) {
                throw new InvalidValueException("segments", "segment arm " + s.arm() + " >= arms " + arms);
            }
            at = s.to();
        }
        if (at != HashBucketing.BUCKETS) {
            throw new InvalidValueException("segments", "segments end at " + at + ", not " + HashBucketing.BUCKETS);
        }
        return new Allocation(arms, merged(sorted));
    }

    /** The arm that owns {@code bucket}. */
    public int armOf(int bucket) {
        if (bucket < 0 || bucket >= HashBucketing.BUCKETS) {
            throw new InvalidValueException("bucket", "bucket must be in [0, " + HashBucketing.BUCKETS + ") (was " + bucket + ")");
        }
        int lo = 0;
        int hi = starts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (starts[mid] <= bucket) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return segments.get(lo).arm();
    }

    public int arms() {
        return arms;
    }

    public List<Segment> segments() {
        return segments;
    }

    /** Buckets per arm. */
    public int[] bucketCounts() {
        int[] c = new int[arms];
        for (Segment s : segments) {
            c[s.arm()] += s.size();
        }
        return c;
    }

    /** The same arms with new weights, moving the fewest buckets. */
    public Allocation reweight(double... newWeights) {
        int[] target = counts(newWeights);
        if (target.length != arms) {
            throw new InvalidValueException("newWeights", "expected " + arms + " weights (was " + target.length + ")");
        }
        int[] have = bucketCounts();
        List<Segment> kept = new ArrayList<>();
        List<int[]> freed = new ArrayList<>(); // [from, to)
        // walk each arm's segments from the highest, giving up the surplus
        int[] surplus = new int[arms];
        for (int i = 0; i < arms; i++) {
            surplus[i] = Math.max(0, have[i] - target[i]);
        }
        for (int k = segments.size() - 1; k >= 0; k--) {
            Segment s = segments.get(k);
            int give = Math.min(surplus[s.arm()], s.size());
            surplus[s.arm()] -= give;
            if (give < s.size()) {
                kept.add(new Segment(s.from(), s.to() - give, s.arm()));
            }
            if (give > 0) {
                freed.add(new int[] {s.to() - give, s.to()});
            }
        }
        freed.sort(Comparator.comparingInt(r -> r[0]));
        int[] need = new int[arms];
        for (int i = 0; i < arms; i++) {
            need[i] = Math.max(0, target[i] - have[i]);
        }
        int arm = 0;
        for (int[] r : freed) {
            int from = r[0];
            while (from < r[1]) {
                while (need[arm] == 0) {
                    arm++;
                }
                int take = Math.min(need[arm], r[1] - from);
                kept.add(new Segment(from, from + take, arm));
                need[arm] -= take;
                from += take;
            }
        }
        kept.sort(Comparator.comparingInt(Segment::from));
        return new Allocation(arms, merged(kept));
    }

    private static List<Segment> merged(List<Segment> sorted) {
        List<Segment> out = new ArrayList<>();
        for (Segment s : sorted) {
            if (!out.isEmpty()) {
                Segment last = out.get(out.size() - 1);
                if (last.arm() == s.arm() && last.to() == s.from()) {
                    out.set(out.size() - 1, new Segment(last.from(), s.to(), s.arm()));
                    continue;
                }
            }
            out.add(s);
        }
        return out;
    }

    /** Bucket counts by largest remainder. */
    static int[] counts(double... weights) {
        Checks.notNull(weights, "weights");
        if (weights.length < 1) {
            throw new InvalidValueException("weights", "need at least one weight");
        }
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            double w = weights[i];
            if (!(w >= 0 && w <= 1)) {
                throw new InvalidValueException("weights[" + i + "]", "weights[" + i + "] must be in [0, 1] (was " + w + ")");
            }
            sum += w;
        }
        if (Math.abs(sum - 1) > 1e-9) {
            throw new InvalidValueException("weights", "weights must sum to 1 (sum was " + sum + ")");
        }
        int n = weights.length;
        int[] c = new int[n];
        double[] rem = new double[n];
        int total = 0;
        for (int i = 0; i < n; i++) {
            double exact = weights[i] * HashBucketing.BUCKETS;
            c[i] = (int) Math.floor(exact);
            rem[i] = exact - c[i];
            total += c[i];
        }
        while (total < HashBucketing.BUCKETS) {
            int best = 0;
            for (int i = 1; i < n; i++) {
                if (rem[i] > rem[best]) {
                    best = i;
                }
            }
            c[best]++;
            rem[best] = -1;
            total++;
        }
        while (total > HashBucketing.BUCKETS) { // only from rounding of a sum slightly above 1
            int best = 0;
            for (int i = 1; i < n; i++) {
                if (c[i] > c[best]) {
                    best = i;
                }
            }
            c[best]--;
            total--;
        }
        return c;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Allocation && ((Allocation) o).arms == arms && ((Allocation) o).segments.equals(segments);
    }

    @Override
    public int hashCode() {
        return 31 * arms + segments.hashCode();
    }

    @Override
    public String toString() {
        return "Allocation" + segments;
    }
}
