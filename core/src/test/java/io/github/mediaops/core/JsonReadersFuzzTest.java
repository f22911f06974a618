package io.github.mediaops.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.mediaops.core.kpi.KpiTarget;
import io.github.mediaops.core.metrics.AdPerformance;
import io.github.mediaops.core.metrics.ContentMetrics;
import io.github.mediaops.core.metrics.Metric;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.platform.Platform;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Issue 14: the JSON readers of the core types, fed mutated documents, fail only in the typed way.
 *
 * <p>Acceptable outcomes, precisely: the document reads, or Jackson throws a {@link JsonProcessingException}
 * (parse error, mismatched input, missing required property, invalid format, failed instantiation) whose
 * chain of causes holds only (a) further Jackson exceptions, (b) our {@link MediaOpsException} family, or
 * (c) a JDK parse error ({@code DateTimeException}, {@code IllegalArgumentException},
 * {@code URISyntaxException}) thrown by a JDK value parser (Currency, URI, java.time) rather than by our
 * code (its first stack frame is outside {@code io.github.mediaops}). Anything else (NullPointerException,
 * ArithmeticException, an IllegalArgumentException from our code, a StackOverflowError or an
 * OutOfMemoryError) and any single read over two seconds is a finding. The property runs a fixed number
 * of tries with a fixed seed so CI time stays bounded (a few seconds).
 */
class JsonReadersFuzzTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 1);
    private static final List<String> NASTY = List.of("1e999999999", "-1e999999999", "1e-10000000", "\"1e-10000000\"",
            "9223372036854775808", "-9223372036854775809", "NaN", "\"NaN\"", "null", "\"\"", "[]", "{}", "true",
            "-0", "0.000000001", "\"+999999-12-31\"", "\"-999999999-01-01\"", "\"XXX\"", "\"\\u0000\"", "1E+400");

    private static final String PUNCTUATION = "{}[]\":,0-9eE.\\ a";

    private record Seed(Class<?> type, String json) {
    }

    private static final List<Seed> SEEDS = seeds();

    private static List<Seed> seeds() {
        try {
            AccountRef adv = AccountRef.of(Platform.OCEAN_ENGINE, "1700000000");
            List<Object> values = List.of(
                    Money.cny("199.90"),
                    DateRange.of(DAY, DAY.plusDays(6)),
                    new KpiTarget("engagement_rate", 0.04, DateRange.monthOf(DAY)),
                    Fixtures.article(),
                    ContentMetrics.daily(Platform.WECHAT_OFFICIAL_ACCOUNT, "2247483650_1", DAY,
                            ZoneId.of("Asia/Shanghai"), Fixtures.T0).with(Metric.VIEWS, 1520).with(Metric.SHARES, 0),
                    new AdPerformance(adv, "cmp1", "ad1", DAY, ZoneId.of("Asia/Shanghai"), Money.cny("120.50"),
                            Map.of(Metric.IMPRESSIONS, 10000.0, Metric.CLICKS, 230.0)));
            return values.stream().map(v -> {
                try {
                    return new Seed(v.getClass(), Json.MAPPER.writeValueAsString(v));
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot build the fuzz seeds", e);
        }
    }

    @Provide
    Arbitrary<Long> mutationSeeds() {
        return Arbitraries.longs();
    }

    @Property(tries = 600, seed = "14")
    void mutated_json_fails_only_in_the_typed_way(@ForAll("mutationSeeds") long mutation) {
        Random r = new Random(mutation);
        Seed seed = SEEDS.get(r.nextInt(SEEDS.size()));
        String json = mutate(seed.json(), r);
        long t0 = System.nanoTime();
        try {
            Json.MAPPER.readValue(json, seed.type());
        } catch (JsonProcessingException e) {
            assertTyped(e, json);
        } catch (Throwable t) {
            fail("reading %s as %s threw %s", json, seed.type().getSimpleName(), t);
        }
        assertThat((System.nanoTime() - t0) / 1_000_000).as("millis to read %s", abbreviate(json)).isLessThan(2_000);
    }

    private static String mutate(String json, Random r) {
        StringBuilder s = new StringBuilder(json);
        int edits = 1 + r.nextInt(4);
        for (int k = 0; k < edits; k++) {
            switch (r.nextInt(5)) {
                case 0 -> replaceValue(s, r, NASTY.get(r.nextInt(NASTY.size())));
                case 1 -> s.setCharAt(r.nextInt(s.length()), PUNCTUATION.charAt(r.nextInt(PUNCTUATION.length())));
                case 2 -> s.deleteCharAt(r.nextInt(s.length()));
                case 3 -> removeField(s, r);
                default -> s.insert(r.nextInt(s.length() + 1), NASTY.get(r.nextInt(NASTY.size())));
            }
            if (s.length() == 0) {
                s.append('{');
            }
        }
        return s.toString();
    }

    /** Replaces the value after a random colon with {@code value}. */
    private static void replaceValue(StringBuilder s, Random r, String value) {
        int colon = s.indexOf(":", r.nextInt(s.length()));
        if (colon >= 0) {
            s.replace(colon + 1, valueEnd(s, colon + 1), value);
        }
    }

    /** Removes one {@code "name":value} pair, leaving the JSON otherwise as it was. */
    private static void removeField(StringBuilder s, Random r) {
        int quote = s.indexOf("\":", r.nextInt(s.length()));
        int start = quote <= 0 ? -1 : s.lastIndexOf("\"", quote - 1);
        if (start < 0) {
            return;
        }
        int end = valueEnd(s, quote + 2);
        if (start > 0 && s.charAt(start - 1) == ',') {
            start--;
        } else if (end < s.length() && s.charAt(end) == ',') {
            end++;
        }
        s.delete(start, end);
    }

    /** The index just past the JSON value starting at {@code from} (at the next top-level , } or ]). */
    private static int valueEnd(StringBuilder s, int from) {
        int end = from;
        int depth = 0;
        boolean inString = false;
        for (; end < s.length(); end++) {
            char c = s.charAt(end);
            if (c == '"' && s.charAt(end - 1) != '\\') {
                inString = !inString;
            } else if (!inString && (c == '{' || c == '[')) {
                depth++;
            } else if (!inString && (c == '}' || c == ']')) {
                if (depth == 0) {
                    break;
                }
                depth--;
            } else if (!inString && depth == 0 && c == ',') {
                break;
            }
        }
        return end;
    }

    private static void assertTyped(Throwable e, String json) {
        for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
            if (c instanceof JsonProcessingException || c instanceof MediaOpsException) {
                continue;
            }
            boolean jdkParse = (c instanceof java.time.DateTimeException || c instanceof IllegalArgumentException
                    || c instanceof java.net.URISyntaxException)
                    && (c.getStackTrace().length == 0 || !c.getStackTrace()[0].getClassName().startsWith("io.github.mediaops"));
            if (!jdkParse) {
                throw new AssertionError("reading " + abbreviate(json) + " failed with an untyped cause", c);
            }
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }
}
