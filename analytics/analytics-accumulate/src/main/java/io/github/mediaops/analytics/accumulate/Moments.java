package io.github.mediaops.analytics.accumulate;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.OptionalDouble;

/**
 * Count, mean, variance, minimum and maximum of a stream of doubles (watch seconds, order values).
 * Adds use Welford's update; merges use the pairwise formula of Chan, Golub and LeVeque:
 * δ = mean<sub>b</sub> − mean<sub>a</sub>, M2 = M2<sub>a</sub> + M2<sub>b</sub> + δ² n<sub>a</sub> n<sub>b</sub> / n.
 * Both are numerically stable (no catastrophic cancellation of Σx² − (Σx)²/n).
 *
 * <p>References: B. P. Welford, Technometrics 4(3), 1962; T. F. Chan, G. H. Golub, R. J. LeVeque,
 * "Algorithms for computing the sample variance", The American Statistician 37(3), 1983.
 *
 * @since 0.1.0
 */
public final class Moments implements Accumulator<Double, Moments.Summary, Moments> {
    private long n;
    private double mean;
    private double m2;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;

    private Moments() {
    }

    /** @return moments of nothing, the identity of {@link #merge} */
    public static Moments zero() {
        return new Moments();
    }

    /**
     * The summary of the values seen; the mean, variances, min and max are empty when undefined
     * (no values; sample variance needs two). Java-serialisable (through a private form, as
     * {@code OptionalDouble} is not), so a distributed job may ship it as a value, e.g. Beam's default for
     * an empty global combine.
     */
    public record Summary(long count, OptionalDouble mean, OptionalDouble sampleVariance,
                          OptionalDouble populationVariance, OptionalDouble min, OptionalDouble max)
            implements java.io.Serializable {
        /** Validates the components; bad values fail with the field named. */
        public Summary {
            Checks.nonNegative(count, "count");
            Checks.notNull(mean, "mean");
            Checks.notNull(sampleVariance, "sampleVariance");
            Checks.notNull(populationVariance, "populationVariance");
            Checks.notNull(min, "min");
            Checks.notNull(max, "max");
        }

        private Object writeReplace() {
            return new SerialForm(this);
        }

        /** √ sample variance. */
        public OptionalDouble standardDeviation() {
            return sampleVariance.isPresent() ? OptionalDouble.of(Math.sqrt(sampleVariance.getAsDouble()))
                    : OptionalDouble.empty();
        }
    }

    /** The serialised form of a {@link Summary}: its count, its statistics and which of them are present. */
    private static final class SerialForm implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        private final long count;
        private final double[] stats;
        private final boolean[] present;

        SerialForm(Summary s) {
            count = s.count();
            OptionalDouble[] all = {s.mean(), s.sampleVariance(), s.populationVariance(), s.min(), s.max()};
            stats = new double[all.length];
            present = new boolean[all.length];
            for (int i = 0; i < all.length; i++) {
                present[i] = all[i].isPresent();
                stats[i] = all[i].orElse(0);
            }
        }

        private Object readResolve() {
            return new Summary(count, of(0), of(1), of(2), of(3), of(4));
        }

        private OptionalDouble of(int i) {
            return present[i] ? OptionalDouble.of(stats[i]) : OptionalDouble.empty();
        }
    }

    /**
     * Adds one value.
     *
     * @param x the value; finite
     * @return this accumulator
     */
    public Moments add(double x) {
        Checks.finite(x, "value");
        n++;
        double d = x - mean;
        mean += d / n;
        m2 += d * (x - mean);
        if (x < min) {
            min = x;
        }
        if (x > max) {
            max = x;
        }
        return this;
    }

    /**
     * Adds one value.
     *
     * @param x the value; finite, not null
     * @return this accumulator
     */
    @Override
    public Moments add(Double x) {
        return add(x.doubleValue());
    }

    @Override
    public Moments merge(Moments o) {
        if (o.n == 0) {
            return this;
        }
        if (n == 0) {
            n = o.n;
            mean = o.mean;
            m2 = o.m2;
            min = o.min;
            max = o.max;
            return this;
        }
        long total = Math.addExact(n, o.n);
        double delta = o.mean - mean;
        mean = mean + delta * o.n / total;
        m2 = m2 + o.m2 + delta * delta * ((double) n * o.n / total);
        n = total;
        min = Math.min(min, o.min);
        max = Math.max(max, o.max);
        return this;
    }

    @Override
    public Summary result() {
        OptionalDouble none = OptionalDouble.empty();
        return new Summary(n, n > 0 ? OptionalDouble.of(mean) : none, n > 1 ? OptionalDouble.of(m2 / (n - 1)) : none,
                n > 0 ? OptionalDouble.of(m2 / n) : none, n > 0 ? OptionalDouble.of(min) : none,
                n > 0 ? OptionalDouble.of(max) : none);
    }

    @Override
    public byte[] toBytes() {
        return Codec.writer('M', 40).putLong(n).putDouble(mean).putDouble(m2).putDouble(min).putDouble(max).array();
    }

    /**
     * Restores moments written by {@link #toBytes()}.
     *
     * @param bytes the serialized form
     * @return the moments
     * @throws io.github.mediaops.core.InvalidValueException if the bytes are not serialized moments
     */
    public static Moments fromBytes(byte[] bytes) {
        ByteBuffer b = Codec.reader(bytes, 'M', "Moments");
        try {
            Moments m = new Moments();
            m.n = Checks.nonNegative(b.getLong(), "n");
            m.mean = Checks.finite(b.getDouble(), "mean");
            m.m2 = Checks.nonNegative(b.getDouble(), "m2");
            m.min = b.getDouble();
            m.max = b.getDouble();
            Codec.requireEnd(b, "Moments");
            if (m.n > 0 && !(m.min <= m.max)) {
                throw new InvalidValueException("bytes", "Moments bytes have min " + m.min + " above max " + m.max);
            }
            return m;
        } catch (BufferUnderflowException e) {
            throw Codec.truncated("Moments", e);
        }
    }
}
