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
 *
 * @since 0.1.0
 */
public final class Allocation {

    /**
     * Buckets {@code [from, to)} belong to arm {@code arm}. Built with every part named, so a persisted
     * layout cannot be restored with its numbers in the wrong places:
     * {@code Allocation.Segment.ofArm(1).from(5000).to(10000)}.
     */
    public static final class Segment {
        private final int from;
        private final int to;
        private final int arm;

        private Segment(int from, int to, int arm) {
            if (from < 0 || to > HashBucketing.BUCKETS || from >= to) {
                throw new InvalidValueException("from", "segment must satisfy 0 <= from < to <= "
                        + HashBucketing.BUCKETS + " (was [" + from + ", " + to + "))");
            }
            Checks.nonNegative(arm, "arm");
            this.from = from;
            this.to = to;
            this.arm = arm;
        }

        /**
         * Starts a segment owned by arm {@code arm} (0-based); {@link ForArm#from} and {@link Starting#to} name
         * its buckets.
         *
         * @param arm the arm, {@code >= 0}
         * @return the segment's first stage
         */
        public static ForArm ofArm(int arm) {
            return new ForArm(Checks.nonNegative(arm, "arm"));
        }

        /** A segment whose arm is named; {@link #from} comes next. */
        public static final class ForArm {
            private final int arm;

            private ForArm(int arm) {
                this.arm = arm;
            }

            /**
             * @param from the first bucket, inclusive, {@code >= 0}
             * @return the stage that names the end
             */
            public Starting from(int from) {
                return new Starting(arm, from);
            }
        }

        /** A segment whose arm and first bucket are named; {@link #to} completes it. */
        public static final class Starting {
            private final int arm;
            private final int from;

            private Starting(int arm, int from) {
                this.arm = arm;
                this.from = from;
            }

            /**
             * @param to the end bucket, exclusive, in {@code (from, BUCKETS]}
             * @return the segment
             * @throws InvalidValueException when {@code 0 <= from < to <= BUCKETS} does not hold
             */
            public Segment to(int to) {
                return new Segment(from, to, arm);
            }
        }

        /** @return the first bucket, inclusive */
        public int from() {
            return from;
        }

        /** @return the end bucket, exclusive */
        public int to() {
            return to;
        }

        /** @return the arm that owns the buckets */
        public int arm() {
            return arm;
        }

        /** @return the number of buckets in the segment */
        public int size() {
            return to - from;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Segment s && from == s.from && to == s.to && arm == s.arm;
        }

        @Override
        public int hashCode() {
            return (31 * from + to) * 31 + arm;
        }

        @Override
        public String toString() {
            return "Segment[from=" + from + ", to=" + to + ", arm=" + arm + "]";
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

    /** @return the number of arms */
    public int arms() {
        return arms;
    }

    /** @return the bucket ranges, in order */
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
