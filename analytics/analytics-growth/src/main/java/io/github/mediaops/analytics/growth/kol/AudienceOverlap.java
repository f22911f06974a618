package io.github.mediaops.analytics.growth.kol;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.util.Set;

/**
 * The overlap of two KOLs' audiences, from their sizes and the size of the intersection (from
 * follower id lists, a platform's audience tool, or a sketch the host maintains).
 *
 * <p>Jaccard = |A∩B| / |A∪B|; overlap coefficient (Szymkiewicz–Simpson) = |A∩B| / min(|A|, |B|);
 * incremental reach of B after A = |B| − |A∩B|. A is the audience already booked, B the candidate; both
 * are named when the overlap is built, so they cannot be swapped:
 *
 * <pre>{@code
 * AudienceOverlap o = AudienceOverlap.booked(followersOfA).candidate(followersOfB);
 * AudienceOverlap c = AudienceOverlap.bookedSize(120_000).candidateSize(80_000).shared(30_000);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class AudienceOverlap {
    private final long sizeA;
    private final long sizeB;
    private final long intersection;

    private AudienceOverlap(long sizeA, long sizeB, long intersection) {
        Checks.nonNegative(sizeA, "sizeA");
        Checks.nonNegative(sizeB, "sizeB");
        Checks.nonNegative(intersection, "intersection");
        if (intersection > Math.min(sizeA, sizeB)) {
            throw new InvalidValueException("intersection", "intersection (" + intersection
                    + ") cannot exceed the smaller audience (" + Math.min(sizeA, sizeB) + ")");
        }
        this.sizeA = sizeA;
        this.sizeB = sizeB;
        this.intersection = intersection;
    }

    /**
     * Starts from the ids of the audience already booked, A (hashed ids are fine).
     *
     * @param a the booked audience's ids
     * @param <T> the id type
     * @return the next step: the candidate's ids
     */
    public static <T> Booked<T> booked(Set<T> a) {
        return new Booked<>(Checks.notNull(a, "a"));
    }

    /** The booked audience's ids; the candidate's come next. */
    public static final class Booked<T> {
        private final Set<T> a;

        private Booked(Set<T> a) {
            this.a = a;
        }

        /**
         * @param b the candidate audience's ids
         * @return the overlap
         */
        public AudienceOverlap candidate(Set<T> b) {
            return of(a, Checks.notNull(b, "b"));
        }
    }

    /**
     * Starts from counts: the size of the booked audience, A.
     *
     * @param sizeA |A|, &ge; 0
     * @return the next step: the candidate's size
     */
    public static BookedSize bookedSize(long sizeA) {
        return new BookedSize(Checks.nonNegative(sizeA, "sizeA"));
    }

    /** The booked audience's size; the candidate's comes next. */
    public static final class BookedSize {
        private final long sizeA;

        private BookedSize(long sizeA) {
            this.sizeA = sizeA;
        }

        /**
         * @param sizeB |B|, &ge; 0
         * @return the last step: the shared audience
         */
        public CandidateSize candidateSize(long sizeB) {
            return new CandidateSize(sizeA, Checks.nonNegative(sizeB, "sizeB"));
        }
    }

    /** Both sizes; the intersection comes last. */
    public static final class CandidateSize {
        private final long sizeA;
        private final long sizeB;

        private CandidateSize(long sizeA, long sizeB) {
            this.sizeA = sizeA;
            this.sizeB = sizeB;
        }

        /**
         * @param intersection |A∩B|, at most min(|A|, |B|)
         * @return the overlap
         */
        public AudienceOverlap shared(long intersection) {
            return new AudienceOverlap(sizeA, sizeB, intersection);
        }
    }

    /** @return |A|, the booked audience */
    public long sizeA() {
        return sizeA;
    }

    /** @return |B|, the candidate audience */
    public long sizeB() {
        return sizeB;
    }

    /** @return |A∩B| */
    public long intersection() {
        return intersection;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AudienceOverlap x && sizeA == x.sizeA && sizeB == x.sizeB && intersection == x.intersection;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(sizeA, sizeB, intersection);
    }

    @Override
    public String toString() {
        return "AudienceOverlap[booked " + sizeA + ", candidate " + sizeB + ", shared " + intersection + "]";
    }

    private static <T> AudienceOverlap of(Set<T> a, Set<T> b) {
        Set<T> small = a.size() <= b.size() ? a : b;
        Set<T> large = small == a ? b : a;
        long both = 0;
        for (T x : small) {
            if (large.contains(x)) {
                both++;
            }
        }
        return new AudienceOverlap(a.size(), b.size(), both);
    }

    /** |A∪B|. */
    public long union() {
        return sizeA + sizeB - intersection;
    }

    /** |A∩B| / |A∪B|; 0 when both are empty. */
    public double jaccard() {
        long u = union();
        return u == 0 ? 0 : (double) intersection / u;
    }

    /** |A∩B| / min(|A|, |B|); 0 when either is empty. */
    public double overlapCoefficient() {
        long m = Math.min(sizeA, sizeB);
        return m == 0 ? 0 : (double) intersection / m;
    }

    /** Accounts B adds to A: |B| − |A∩B|. */
    public long incrementalReachOfB() {
        return sizeB - intersection;
    }
}
