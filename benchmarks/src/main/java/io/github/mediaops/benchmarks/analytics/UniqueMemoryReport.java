package io.github.mediaops.benchmarks.analytics;

import io.github.mediaops.analytics.accumulate.HllUniques;
import io.github.mediaops.analytics.accumulate.ThetaUniques;
import java.util.HashSet;
import java.util.Locale;

/**
 * Memory per million distinct users: the serialised size of an HLL sketch (lgK 12) and a Theta sketch
 * (k 4096) holding 1,000,000 distinct user ids, against the heap a {@code HashSet<Long>} of the same
 * ids occupies (measured as the used-heap difference around building it, after GC: approximate).
 * Run: {@code java -cp benchmarks/target/benchmarks.jar io.github.mediaops.benchmarks.analytics.UniqueMemoryReport}
 */
public final class UniqueMemoryReport {
    private UniqueMemoryReport() {
    }

    public static void main(String[] args) {
        int n = 1_000_000;
        HllUniques hll = HllUniques.zero(12);
        ThetaUniques theta = ThetaUniques.zero(4096);
        for (long i = 0; i < n; i++) {
            hll.add(i * 2_654_435_761L);
            theta.add(i * 2_654_435_761L);
        }
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long before = rt.totalMemory() - rt.freeMemory();
        HashSet<Long> exact = new HashSet<>();
        for (long i = 0; i < n; i++) {
            exact.add(i * 2_654_435_761L);
        }
        System.gc();
        long after = rt.totalMemory() - rt.freeMemory();
        System.out.printf(Locale.ROOT, "distinct users: %,d%n", n);
        System.out.printf(Locale.ROOT, "HLL lgK=12    : %,d bytes, estimate %.0f%n", hll.toBytes().length, hll.result().estimate());
        System.out.printf(Locale.ROOT, "Theta k=4096  : %,d bytes, estimate %.0f%n", theta.toBytes().length, theta.result().estimate());
        System.out.printf(Locale.ROOT, "HashSet<Long> : ~%,d bytes (exact %,d)%n", after - before, exact.size());
    }
}
