package io.github.mediaops.analytics.growth.kol;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.util.Set;

/**
 * The overlap of two KOLs' audiences, from their sizes and the size of the intersection (from
 * follower id lists, a platform's audience tool, or a sketch the host maintains).
 *
 * <p>Jaccard = |A∩B| / |A∪B|; overlap coefficient (Szymkiewicz–Simpson) = |A∩B| / min(|A|, |B|);
 * incremental reach of B after A = |B| − |A∩B|.
 *
 * @param sizeA        |A|
 * @param sizeB        |B|
 * @param intersection |A∩B|, at most min(|A|, |B|)
 */
public record AudienceOverlap(long sizeA, long sizeB, long intersection) {
    public AudienceOverlap {
        Checks.nonNegative(sizeA, "sizeA");
        Checks.nonNegative(sizeB, "sizeB");
        Checks.nonNegative(intersection, "intersection");
        if (intersection > Math.min(sizeA, sizeB)) {
            throw new InvalidValueException("intersection", "intersection (" + intersection
                    + ") cannot exceed the smaller audience (" + Math.min(sizeA, sizeB) + ")");
        }
    }

    /** From two sets of follower ids (hashed ids are fine). */
    public static <T> AudienceOverlap of(Set<T> a, Set<T> b) {
        Checks.notNull(a, "a");
        Checks.notNull(b, "b");
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
