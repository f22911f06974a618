package io.github.mediaops.benchmarks.connector;

import java.util.Arrays;

/**
 * A companion to {@link WeChatMetricsCallBenchmark} for shared, noisy machines: it alternates one
 * connector call and one raw OkHttp call, so that both see the same load, records every call's time
 * and prints the medians and their ratio. JMH runs the two benchmarks one after the other, which on a
 * loaded machine can compare a quiet minute with a busy one.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar io.github.mediaops.benchmarks.connector.WeChatOverheadInterleaved [calls]}
 */
public final class WeChatOverheadInterleaved {
    private WeChatOverheadInterleaved() {
    }

    public static void main(String[] args) throws Exception {
        int calls = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
        WeChatMetricsCallBenchmark b = new WeChatMetricsCallBenchmark();
        b.start();
        try {
            for (int i = 0; i < 1000; i++) { // warm-up
                b.connector();
                b.rawOkHttp();
            }
            long[] connector = new long[calls];
            long[] raw = new long[calls];
            for (int i = 0; i < calls; i++) {
                boolean connectorFirst = (i & 1) == 0;
                long t0 = System.nanoTime();
                if (connectorFirst) {
                    b.connector();
                } else {
                    b.rawOkHttp();
                }
                long t1 = System.nanoTime();
                if (connectorFirst) {
                    b.rawOkHttp();
                } else {
                    b.connector();
                }
                long t2 = System.nanoTime();
                connector[i] = connectorFirst ? t1 - t0 : t2 - t1;
                raw[i] = connectorFirst ? t2 - t1 : t1 - t0;
            }
            double c = median(connector) / 1e3;
            double r = median(raw) / 1e3;
            System.out.printf("calls %d: connector p50 %.1f us, raw OkHttp p50 %.1f us, ratio %.2f%n", calls, c, r, c / r);
        } finally {
            b.stop();
        }
    }

    private static double median(long[] values) {
        long[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2.0;
    }
}
