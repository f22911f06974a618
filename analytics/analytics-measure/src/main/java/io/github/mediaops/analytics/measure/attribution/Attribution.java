package io.github.mediaops.analytics.measure.attribution;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Shares the conversions of a set of journeys among channels with an {@link AttributionModel}.
 *
 * <pre>{@code
 * AttributionResult r = Attribution.credit(journeys, AttributionModel.markov());
 * double douyinShare = r.share("douyin-video");
 * AttributionResult fromExport = Attribution.creditPaths(pathCounts, AttributionModel.shapley());
 * }</pre>
 *
 * <p>Credits are in conversions and sum to the number of converting journeys (up to floating point).
 * Where conversions carry a value ({@link Journey#withConversionValue}, {@link PathCount#worth}), the
 * same model shares the value too ({@link AttributionResult#valueCredits()}): a rule-based or time-decay
 * model gives each touch its weight times its own journey's value, Shapley plays the game with
 * v(S) = value of the conversions whose channels lie in S, and Markov shares the total value in
 * proportion to the removal effects.
 * Journeys that did not convert get no credit; only the Markov model uses them (to learn drop-out).
 * With no conversions at all, every model returns empty credits.
 *
 * @since 0.1.0
 */
public final class Attribution {
    private Attribution() {
    }

    /** Attribution of individual journeys (any model). */
    public static AttributionResult credit(Collection<Journey> journeys, AttributionModel model) {
        List<Journey> js = Checks.listOf(journeys, "journeys");
        Checks.notNull(model, "model");
        if (model instanceof AttributionModel.TimeDecay td) {
            double halfLifeMs = td.halfLife().toMillis();
            Map<String, Double> credits = new LinkedHashMap<>();
            Map<String, Double> values = new LinkedHashMap<>();
            double totalValue = 0;
            long conv = 0;
            for (Journey j : js) {
                if (!j.converted()) {
                    continue;
                }
                conv++;
                double[] w = new double[j.touchpoints().size()];
                double total = 0;
                for (int i = 0; i < w.length; i++) {
                    double age = j.endedAt().toEpochMilli() - j.touchpoints().get(i).at().toEpochMilli();
                    w[i] = Math.pow(2, -age / halfLifeMs);
                    total += w[i];
                }
                for (int i = 0; i < w.length; i++) {
                    // total > 0 unless every weight underflowed; then fall back to the last touch
                    double share = total > 0 ? w[i] / total : (i == w.length - 1 ? 1 : 0);
                    credits.merge(j.touchpoints().get(i).channel(), share, Double::sum);
                    values.merge(j.touchpoints().get(i).channel(), share * j.conversionValue(), Double::sum);
                }
                totalValue += j.conversionValue();
            }
            return new AttributionResult(model.name(), credits, conv, Map.of(), values, totalValue);
        }
        return creditPaths(PathCount.of(js), model);
    }

    /**
     * Attribution of aggregated paths.
     *
     * @throws InvalidValueException for {@link AttributionModel.TimeDecay}, which needs touch times
     */
    public static AttributionResult creditPaths(Collection<PathCount> paths, AttributionModel model) {
        List<PathCount> ps = Checks.listOf(paths, "paths");
        Checks.notNull(model, "model");
        long conversions = 0;
        double value = 0;
        for (PathCount p : ps) {
            conversions = Math.addExact(conversions, p.conversions());
            value += p.conversionValue();
        }
        if (model instanceof AttributionModel.TimeDecay) {
            throw new InvalidValueException("model", "time decay needs touchpoint times; pass journeys, not path counts");
        }
        if (model instanceof AttributionModel.MarkovChain) {
            return markov(ps, conversions, value, (AttributionModel.MarkovChain) model);
        }
        if (model instanceof AttributionModel.Shapley) {
            return shapley(ps, conversions, value, model.name());
        }
        Map<String, Double> credits = new LinkedHashMap<>();
        Map<String, Double> values = new LinkedHashMap<>();
        for (PathCount p : ps) {
            if (p.conversions() == 0 && p.conversionValue() == 0) {
                continue;
            }
            double[] w = ruleWeights(model, p.channels().size());
            for (int i = 0; i < w.length; i++) {
                if (w[i] != 0) {
                    credits.merge(p.channels().get(i), w[i] * p.conversions(), Double::sum);
                    values.merge(p.channels().get(i), w[i] * p.conversionValue(), Double::sum);
                }
            }
        }
        return new AttributionResult(model.name(), credits, conversions, Map.of(), values, value);
    }

    static double[] ruleWeights(AttributionModel model, int n) {
        double[] w = new double[n];
        if (model instanceof AttributionModel.FirstTouch) {
            w[0] = 1;
        } else if (model instanceof AttributionModel.LastTouch) {
            w[n - 1] = 1;
        } else if (model instanceof AttributionModel.Linear) {
            java.util.Arrays.fill(w, 1.0 / n);
        } else if (model instanceof AttributionModel.PositionBased pb) {
            if (n == 1) {
                w[0] = 1;
            } else if (n == 2) {
                w[0] = pb.first() / (pb.first() + pb.last());
                w[1] = pb.last() / (pb.first() + pb.last());
            } else {
                w[0] = pb.first();
                w[n - 1] = pb.last();
                double middle = (1 - pb.first() - pb.last()) / (n - 2);
                for (int i = 1; i < n - 1; i++) {
                    w[i] = middle;
                }
            }
        } else {
            throw new IllegalStateException("not a rule-based model: " + model);
        }
        return w;
    }

    // ---------------------------------------------------------------- Markov

    private static AttributionResult markov(List<PathCount> ps, long conversions, double value,
                                            AttributionModel.MarkovChain model) {
        String name = model.name();
        if (conversions == 0) {
            return new AttributionResult(name, Map.of(), 0, Map.of(), Map.of(), value);
        }
        List<String> channels = new ArrayList<>(channelsOf(ps));
        int k = channels.size();
        int order = model.order();
        // states: START (the empty history) and each history of the last ≤ order channels seen
        Map<List<String>, Integer> index = new LinkedHashMap<>();
        index.put(List.of(), 0);
        for (PathCount p : ps) {
            List<String> h = new ArrayList<>();
            for (String c : p.channels()) {
                h.add(c);
                if (h.size() > order) {
                    h.remove(0);
                }
                index.putIfAbsent(List.copyOf(h), index.size());
            }
        }
        int states = index.size();
        double[][] counts = new double[states][states];
        double[] toConv = new double[states];
        double[] outTotal = new double[states];
        for (PathCount p : ps) {
            long journeys = p.conversions() + p.nonConversions();
            if (journeys == 0) {
                continue;
            }
            int from = 0;
            List<String> h = new ArrayList<>();
            for (String c : p.channels()) {
                h.add(c);
                if (h.size() > order) {
                    h.remove(0);
                }
                int to = index.get(h);
                counts[from][to] += journeys;
                outTotal[from] += journeys;
                from = to;
            }
            toConv[from] += p.conversions();
            outTotal[from] += journeys; // conversions to CONV, the rest to NULL
        }
        double base = conversionProbability(counts, toConv, outTotal, new boolean[states]);
        Map<String, Double> effects = new LinkedHashMap<>();
        double sum = 0;
        for (int i = 0; i < k; i++) {
            boolean[] removed = new boolean[states];
            for (Map.Entry<List<String>, Integer> e : index.entrySet()) {
                removed[e.getValue()] = e.getKey().contains(channels.get(i));
            }
            double without = conversionProbability(counts, toConv, outTotal, removed);
            double re = Math.max(0, 1 - without / base);
            effects.put(channels.get(i), re);
            sum += re;
        }
        Map<String, Double> credits = new LinkedHashMap<>();
        Map<String, Double> values = new LinkedHashMap<>();
        for (Map.Entry<String, Double> e : effects.entrySet()) {
            credits.put(e.getKey(), sum == 0 ? 0 : conversions * e.getValue() / sum);
            values.put(e.getKey(), sum == 0 ? 0 : value * e.getValue() / sum);
        }
        return new AttributionResult(name, credits, conversions, effects, values, value);
    }

    /** P(reach CONV from START), with the {@code removed} states made dead ends. */
    private static double conversionProbability(double[][] counts, double[] toConv, double[] outTotal, boolean[] removed) {
        int n = counts.length;
        // (I - Q) x = r over transient states, with x_removed = 0
        double[][] a = new double[n][n + 1];
        for (int s = 0; s < n; s++) {
            a[s][s] = 1;
            if (removed[s] || outTotal[s] == 0) {
                continue; // x_s = 0: removed, or never left (unreachable)
            }
            for (int t = 0; t < n; t++) {
                if (!removed[t]) {
                    a[s][t] -= counts[s][t] / outTotal[s];
                }
            }
            a[s][n] = toConv[s] / outTotal[s];
        }
        return solve(a)[0];
    }

    /** Gaussian elimination with partial pivoting on an augmented n × (n+1) matrix. */
    static double[] solve(double[][] a) {
        int n = a.length;
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
                    pivot = r;
                }
            }
            double[] tmp = a[col];
            a[col] = a[pivot];
            a[pivot] = tmp;
            double p = a[col][col];
            if (Math.abs(p) < 1e-300) {
                throw new IllegalStateException("singular transition system");
            }
            for (int r = 0; r < n; r++) {
                if (r != col && a[r][col] != 0) {
                    double f = a[r][col] / p;
                    for (int c = col; c <= n; c++) {
                        a[r][c] -= f * a[col][c];
                    }
                }
            }
        }
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = a[i][n] / a[i][i];
        }
        return x;
    }

    // ---------------------------------------------------------------- Shapley

    private static AttributionResult shapley(List<PathCount> ps, long conversions, double value, String name) {
        List<String> channels = new ArrayList<>(channelsOf(ps));
        int n = channels.size();
        if (n > AttributionModel.Shapley.MAX_CHANNELS) {
            throw new InvalidValueException("paths", "exact Shapley attribution handles at most "
                    + AttributionModel.Shapley.MAX_CHANNELS + " channels (got " + n + ")");
        }
        if (conversions == 0 && value == 0) {
            return new AttributionResult(name, Map.of(), 0, Map.of(), Map.of(), value);
        }
        Map<String, Integer> bit = new HashMap<>();
        for (int i = 0; i < n; i++) {
            bit.put(channels.get(i), i);
        }
        // r[T] = conversions of paths whose channel set is exactly T; v[S] = Σ_{T ⊆ S} r[T] (zeta transform)
        double[] v = new double[1 << n];
        double[] val = new double[1 << n];
        for (PathCount p : ps) {
            int mask = 0;
            for (String c : p.channels()) {
                mask |= 1 << bit.get(c);
            }
            v[mask] += p.conversions();
            val[mask] += p.conversionValue();
        }
        for (int i = 0; i < n; i++) {
            for (int s = 0; s < (1 << n); s++) {
                if ((s & (1 << i)) != 0) {
                    v[s] += v[s ^ (1 << i)];
                    val[s] += val[s ^ (1 << i)];
                }
            }
        }
        double[] phi = shapleyValues(n, s -> v[s]);
        double[] phiValue = shapleyValues(n, s -> val[s]);
        Map<String, Double> credits = new LinkedHashMap<>();
        Map<String, Double> values = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            credits.put(channels.get(i), phi[i]);
            values.put(channels.get(i), phiValue[i]);
        }
        return new AttributionResult(name, credits, conversions, Map.of(), values, value);
    }

    /**
     * Exact Shapley values of an n-player game given by its characteristic function over coalition
     * bitmasks: φ<sub>i</sub> = Σ<sub>S ∌ i</sub> |S|! (n − |S| − 1)! / n! · (v(S ∪ {i}) − v(S)).
     */
    static double[] shapleyValues(int n, java.util.function.IntToDoubleFunction v) {
        double[] weight = new double[n];
        // weight[s] = s! (n - s - 1)! / n!
        for (int s = 0; s < n; s++) {
            double w = 1.0 / n;
            // 1 / (n * C(n-1, s))
            double c = 1;
            for (int j = 1; j <= s; j++) {
                c = c * (n - 1 - s + j) / j;
            }
            weight[s] = w / c;
        }
        double[] phi = new double[n];
        for (int s = 0; s < (1 << n); s++) {
            double vs = v.applyAsDouble(s);
            int size = Integer.bitCount(s);
            for (int i = 0; i < n; i++) {
                if ((s & (1 << i)) == 0) {
                    phi[i] += weight[size] * (v.applyAsDouble(s | (1 << i)) - vs);
                }
            }
        }
        return phi;
    }

    /**
     * Exact Shapley values of any cooperative game over named players (at most
     * {@value AttributionModel.Shapley#MAX_CHANNELS}), for hosts that define their own coalition value,
     * e.g. a conversion rate per channel combination.
     *
     * @param players the players, distinct
     * @param value   the coalition value v(S); v(∅) is used as given (normally 0)
     * @return each player's Shapley value, in the players' order
     */
    public static Map<String, Double> shapley(List<String> players, ToDoubleFunction<java.util.Set<String>> value) {
        List<String> ps = Checks.notBlankEach(players, "players");
        if (new LinkedHashSet<>(ps).size() != ps.size()) {
            throw new InvalidValueException("players", "players must be distinct (was " + ps + ")");
        }
        if (ps.size() > AttributionModel.Shapley.MAX_CHANNELS) {
            throw new InvalidValueException("players", "at most " + AttributionModel.Shapley.MAX_CHANNELS
                    + " players (got " + ps.size() + ")");
        }
        Checks.notNull(value, "value");
        int n = ps.size();
        double[] cache = new double[1 << n];
        for (int s = 0; s < (1 << n); s++) {
            java.util.Set<String> set = new LinkedHashSet<>();
            for (int i = 0; i < n; i++) {
                if ((s & (1 << i)) != 0) {
                    set.add(ps.get(i));
                }
            }
            cache[s] = Checks.finite(value.applyAsDouble(java.util.Set.copyOf(set)), "value");
        }
        double[] phi = shapleyValues(n, s -> cache[s]);
        Map<String, Double> out = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            out.put(ps.get(i), phi[i]);
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    private static LinkedHashSet<String> channelsOf(List<PathCount> ps) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (PathCount p : ps) {
            out.addAll(p.channels());
        }
        return out;
    }
}
