package io.github.mediaops.benchmarks.connector;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.util.Arrays;

/**
 * A companion to {@link WeChatMetricsCallBenchmark} for shared, noisy machines. It alternates one
 * connector call and one raw OkHttp call, so that both see the same load, records every call's time
 * and prints the medians and their ratio. JMH runs the two benchmarks one after the other, which on a
 * loaded machine can compare a quiet minute with a busy one.
 *
 * <p>It then measures CPU time, which waiting for a core does not inflate: {@value #PAIRS} pairs of
 * blocks (connector block, raw block, order swapped every pair), each block's process CPU time (client,
 * the in-process simulator, OkHttp's threads, GC) and calling-thread CPU time divided by its calls. The
 * server's share is the same for both sides, so the process-CPU ratio is what the wall-time ratio is on
 * an idle machine where every thread gets a core; the calling-thread ratio is the client's alone. It
 * also prints the bytes the calling thread allocates per call.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar io.github.mediaops.benchmarks.connector.WeChatOverheadInterleaved [calls]}
 */
public final class WeChatOverheadInterleaved {
    private static final int PAIRS = 20;
    /** Student t quantile 0.975 for {@value #PAIRS} - 1 degrees of freedom. */
    private static final double T_975 = 2.093;

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
            cpu(b, Math.max(100, calls / 10));
        } finally {
            b.stop();
        }
    }

    private static void cpu(WeChatMetricsCallBenchmark b, int block) throws Exception {
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long self = Thread.currentThread().getId();
        double[] processRatio = new double[PAIRS];
        double[] threadRatio = new double[PAIRS];
        double[] cProcess = new double[PAIRS];
        double[] rProcess = new double[PAIRS];
        double[] cThread = new double[PAIRS];
        double[] rThread = new double[PAIRS];
        double[] cAlloc = new double[PAIRS];
        double[] rAlloc = new double[PAIRS];
        for (int p = 0; p < PAIRS; p++) {
            for (int side = 0; side < 2; side++) {
                boolean connectorSide = (side == 0) == (p % 2 == 0);
                long process0 = os.getProcessCpuTime();
                long thread0 = threads.getCurrentThreadCpuTime();
                long alloc0 = threads.getThreadAllocatedBytes(self);
                for (int i = 0; i < block; i++) {
                    if (connectorSide) {
                        b.connector();
                    } else {
                        b.rawOkHttp();
                    }
                }
                double process = (os.getProcessCpuTime() - process0) / 1e3 / block;
                double thread = (threads.getCurrentThreadCpuTime() - thread0) / 1e3 / block;
                double alloc = (double) (threads.getThreadAllocatedBytes(self) - alloc0) / block;
                if (connectorSide) {
                    cProcess[p] = process;
                    cThread[p] = thread;
                    cAlloc[p] = alloc;
                } else {
                    rProcess[p] = process;
                    rThread[p] = thread;
                    rAlloc[p] = alloc;
                }
            }
            processRatio[p] = cProcess[p] / rProcess[p];
            threadRatio[p] = cThread[p] / rThread[p];
        }
        System.out.printf("CPU, %d block pairs of %d calls: process %.1f vs %.1f us/call, ratio %.3f ± %.3f (95%% t); "
                        + "calling thread %.1f vs %.1f us/call, ratio %.3f ± %.3f; calling thread allocates %.0f vs %.0f B/call%n",
                PAIRS, block, mean(cProcess), mean(rProcess), mean(processRatio), halfWidth(processRatio),
                mean(cThread), mean(rThread), mean(threadRatio), halfWidth(threadRatio), mean(cAlloc), mean(rAlloc));
    }

    private static double mean(double[] v) {
        return Arrays.stream(v).average().orElse(Double.NaN);
    }

    private static double halfWidth(double[] v) {
        double m = mean(v);
        double ss = Arrays.stream(v).map(x -> (x - m) * (x - m)).sum();
        return T_975 * Math.sqrt(ss / (v.length - 1)) / Math.sqrt(v.length);
    }

    private static double median(long[] values) {
        long[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2.0;
    }
}
