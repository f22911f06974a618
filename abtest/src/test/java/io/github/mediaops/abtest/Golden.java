package io.github.mediaops.abtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Properties;

/** Reads the reference values written by {@code src/test/python/golden.py}. */
public final class Golden {
    private static final Fixture P = new Fixture("/golden/abtest.properties");

    private Golden() {
    }

    /** A properties fixture on the test classpath, read once. */
    public static final class Fixture {
        private final Properties properties = new Properties();

        public Fixture(String resource) {
            try (InputStream in = Golden.class.getResourceAsStream(resource)) {
                properties.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public String s(String key) {
            String v = properties.getProperty(key);
            if (v == null) {
                throw new IllegalArgumentException("missing golden key " + key);
            }
            return v;
        }

        public String s(String key, String fallback) {
            return properties.getProperty(key, fallback);
        }

        public double d(String key) {
            return parse(s(key));
        }

        public double[] arr(String key) {
            return Arrays.stream(s(key).split(",")).mapToDouble(Golden::parse).toArray();
        }
    }

    public static String s(String key) {
        return P.s(key);
    }

    public static double d(String key) {
        return P.d(key);
    }

    public static long l(String key) {
        return (long) d(key);
    }

    public static int i(String key) {
        return (int) d(key);
    }

    public static double[] arr(String key) {
        return P.arr(key);
    }

    public static SufficientStats stats(String prefix) {
        return SufficientStats.ofSums().n(l(prefix + ".n")).sumX(d(prefix + ".sumX")).sumX2(d(prefix + ".sumX2"))
                .sumY(d(prefix + ".sumY")).sumY2(d(prefix + ".sumY2")).sumXY(d(prefix + ".sumXY")).build();
    }

    private static double parse(String v) {
        switch (v) {
            case "inf":
                return Double.POSITIVE_INFINITY;
            case "nan":
                return Double.NaN;
            case "-inf":
                return Double.NEGATIVE_INFINITY;
            default:
                return Double.parseDouble(v);
        }
    }

    /** Relative error at most {@code rel} (absolute near 0 with the same bound); infinities must match. */
    public static void close(double actual, double expected, double rel, String what) {
        if (Double.isInfinite(expected)) {
            assertThat(actual).as(what).isEqualTo(expected);
            return;
        }
        double tol = rel * Math.max(Math.abs(expected), 1e-300);
        assertThat(Math.abs(actual - expected)).as(what + ": actual " + actual + " expected " + expected)
                .isLessThanOrEqualTo(tol);
    }

    /** Absolute error at most {@code abs}. */
    public static void closeAbs(double actual, double expected, double abs, String what) {
        assertThat(Math.abs(actual - expected)).as(what + ": actual " + actual + " expected " + expected)
                .isLessThanOrEqualTo(abs);
    }
}
