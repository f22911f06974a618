package io.github.mediaops.analytics.measure.funnel;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * An ordered funnel with a conversion window.
 *
 * <p><b>Rule.</b> For each user, events are sorted by time (input order does not matter; ties keep
 * input order) and events of steps outside the funnel are ignored. Every occurrence of the first step
 * is a candidate entry; from it the steps are matched greedily in order, each at or after the previous
 * matched step and no later than entry + window. The user counts as reaching step k if some candidate
 * reaches it; the user's times to convert come from the earliest entry that reaches the user's deepest
 * step. This is the "ordered, within window of the first step" definition used by product analytics
 * tools (e.g. Mixpanel's and Amplitude's funnel reports).
 *
 * <pre>{@code
 * FunnelResult r = Funnel.privateTraffic(Duration.ofDays(7)).apply(events);
 * }</pre>
 *
 * @param steps  at least two distinct step names, in order
 * @param window the longest time from entering (first step) to the last step
 *
 * @since 0.1.0
 */
public record Funnel(List<String> steps, Duration window) {
    /** Step names of the private-traffic funnel. */
    public static final String CONTENT_VIEW = "content_view";
    /** Step name of the private-traffic funnel: a WeCom contact was added. */
    public static final String WECOM_CONTACT_ADDED = "wecom_contact_added";
    /** Step name of the private-traffic funnel: a purchase. */
    public static final String PURCHASE = "purchase";

    /** Validates the components; bad values fail with the field named. */
    public Funnel {
        steps = Checks.notBlankEach(steps, "steps");
        if (steps.size() < 2) {
            throw new InvalidValueException("steps", "a funnel needs at least two steps (was " + steps + ")");
        }
        if (new HashSet<>(steps).size() != steps.size()) {
            throw new InvalidValueException("steps", "funnel steps must be distinct (was " + steps + ")");
        }
        Checks.notNull(window, "window");
        if (window.isNegative() || window.isZero()) {
            throw new InvalidValueException("window", "window must be positive (was " + window + ")");
        }
    }

    /**
     * An ordered funnel.
     *
     * @param window the conversion window from the first step
     * @param steps  the step names, in order, at least one
     * @return the funnel
     */
    public static Funnel of(Duration window, String... steps) {
        return new Funnel(Arrays.asList(steps), window);
    }

    /**
     * The private-traffic (私域) funnel: a user views public content, adds the brand's WeCom (企业微信)
     * contact, then purchases.
     */
    public static Funnel privateTraffic(Duration window) {
        return of(window, CONTENT_VIEW, WECOM_CONTACT_ADDED, PURCHASE);
    }

    /** Runs the funnel over events of any order. */
    public FunnelResult apply(Collection<FunnelEvent> events) {
        List<FunnelEvent> all = Checks.listOf(events, "events");
        Map<String, Integer> stepIndex = new HashMap<>();
        for (int i = 0; i < steps.size(); i++) {
            stepIndex.put(steps.get(i), i);
        }
        Map<String, List<FunnelEvent>> byUser = new LinkedHashMap<>();
        for (FunnelEvent e : all) {
            if (stepIndex.containsKey(e.step())) {
                byUser.computeIfAbsent(e.userId(), k -> new ArrayList<>()).add(e);
            }
        }
        int k = steps.size();
        long[] reached = new long[k];
        List<List<Double>> seconds = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            seconds.add(new ArrayList<>());
        }
        long windowMs = window.toMillis();
        for (List<FunnelEvent> evs : byUser.values()) {
            evs.sort(Comparator.comparing(FunnelEvent::at));
            int n = evs.size();
            int[] stepOf = new int[n];
            long[] at = new long[n];
            for (int i = 0; i < n; i++) {
                stepOf[i] = stepIndex.get(evs.get(i).step());
                at[i] = evs.get(i).at().toEpochMilli();
            }
            // next[j][i]: the first event of step j at index >= i (n if none). With it, matching from one
            // entry costs O(steps) instead of a scan of the user's later events: O(steps * n) per user.
            int[][] next = new int[k][n + 1];
            for (int j = 0; j < k; j++) {
                next[j][n] = n;
                for (int i = n - 1; i >= 0; i--) {
                    next[j][i] = stepOf[i] == j ? i : next[j][i + 1];
                }
            }
            int bestDepth = -1;
            long[] bestTimes = null;
            for (int s = next[0][0]; s < n; s = next[0][s + 1]) {
                long entry = at[s];
                long[] times = new long[k];
                times[0] = entry;
                int depth = 0;
                int idx = s;
                while (depth < k - 1) {
                    int e = next[depth + 1][idx + 1];
                    if (e == n || at[e] - entry > windowMs) {
                        break;
                    }
                    depth++;
                    times[depth] = at[e];
                    idx = e;
                }
                if (depth > bestDepth) {
                    bestDepth = depth;
                    bestTimes = times;
                }
                if (bestDepth == k - 1) {
                    break;
                }
            }
            for (int i = 0; i <= bestDepth; i++) {
                reached[i]++;
                seconds.get(i).add((bestTimes[i] - bestTimes[0]) / 1000.0);
            }
        }
        List<StepResult> out = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            OptionalDouble fromPrev = i == 0 || reached[i - 1] == 0 ? OptionalDouble.empty()
                    : OptionalDouble.of((double) reached[i] / reached[i - 1]);
            OptionalDouble fromStart = reached[0] == 0 ? OptionalDouble.empty()
                    : OptionalDouble.of((double) reached[i] / reached[0]);
            long drop = i == 0 ? 0 : reached[i - 1] - reached[i];
            out.add(new StepResult(steps.get(i), reached[i], fromPrev, fromStart, drop, median(seconds.get(i)),
                    mean(seconds.get(i))));
        }
        return new FunnelResult(this, out);
    }

    private static OptionalDouble median(List<Double> xs) {
        if (xs.isEmpty()) {
            return OptionalDouble.empty();
        }
        double[] a = xs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = a.length;
        return OptionalDouble.of(n % 2 == 1 ? a[n / 2] : (a[n / 2 - 1] + a[n / 2]) / 2);
    }

    private static OptionalDouble mean(List<Double> xs) {
        return xs.stream().mapToDouble(Double::doubleValue).average();
    }
}
