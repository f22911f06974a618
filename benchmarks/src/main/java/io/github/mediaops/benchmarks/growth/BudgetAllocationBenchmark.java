package io.github.mediaops.benchmarks.growth;

import io.github.mediaops.analytics.growth.budget.BudgetAllocation;
import io.github.mediaops.analytics.growth.budget.BudgetAllocator;
import io.github.mediaops.analytics.growth.budget.Channel;
import io.github.mediaops.analytics.growth.budget.HillCurve;
import io.github.mediaops.core.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Time to allocate a budget across 50 channels with Hill curves (target: under 10 ms). "concave"
 * uses α ≤ 1 only; "mixed" includes S-shaped curves (α up to 3), which exercise the envelope and
 * re-solve steps. No peer library in the JVM does this, so the figure is absolute.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class BudgetAllocationBenchmark {

    @Param({"concave", "mixed"})
    public String shapes;

    private List<Channel> channels;
    private Money budget;

    @Setup
    public void setUp() {
        SplittableRandom r = new SplittableRandom(50);
        channels = new ArrayList<>();
        double maxAlpha = shapes.equals("concave") ? 1.0 : 3.0;
        for (int i = 0; i < 50; i++) {
            HillCurve c = HillCurve.builder().saturation(1000 + r.nextDouble() * 50_000).shape(0.4 + r.nextDouble() * (maxAlpha - 0.4)).halfSaturation(500 + r.nextDouble() * 20_000).build();
            double min = r.nextDouble() < 0.2 ? 1000 : 0;
            channels.add(new Channel("ch" + i, c, Money.computed(BigDecimal.valueOf(min), java.util.Currency.getInstance("CNY")), Money.of(60_000, "CNY")));
        }
        budget = Money.of(400_000, "CNY");
    }

    @Benchmark
    public BudgetAllocation allocate50Channels() {
        return BudgetAllocator.maximiseResponse(budget, channels);
    }
}
