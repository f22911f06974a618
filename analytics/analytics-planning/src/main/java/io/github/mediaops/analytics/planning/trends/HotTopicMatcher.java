package io.github.mediaops.analytics.planning.trends;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import io.github.mediaops.core.plan.PlanTheme;
import io.github.mediaops.core.trend.TrendSnapshot;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds rising topics on trending lists and matches them to the brand's themes for 借势 (riding a
 * trend), excluding topics that contain a taboo word (disasters, tragedies, competitor scandals,
 * politics — the brand's own list).
 *
 * <p>Per board and topic, the current reading is the topic's reading at the board's latest read time
 * (topics that dropped off are not current). The comparison reading is the topic's latest reading at
 * or before {@code now - window}, else its earliest reading in the window. Rank velocity = (earlier
 * rank − current rank) ÷ hours between them; heat growth = current ÷ earlier heat − 1. A topic first
 * seen within the window counts as a new entry and as rising. Matching is a substring test on NFKC,
 * lower-cased text of the plan themes' keywords; taboo words likewise.
 *
 * <pre>{@code
 * HotTopicMatcher m = HotTopicMatcher.builder().themes(plan.themes()).tabooWords(List.of("车祸", "去世"))
 *         .window(Duration.ofHours(2)).minRankVelocity(3).minHeatGrowth(0.5).build();
 * List<TopicSignal> signals = m.analyze(snapshots, now);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class HotTopicMatcher {
    private final List<PlanTheme> themes;
    private final List<String> taboo;
    private final Duration window;
    private final double minRankVelocity;
    private final double minHeatGrowth;

    private HotTopicMatcher(List<PlanTheme> themes, List<String> taboo, Duration window, double minRankVelocity,
                            double minHeatGrowth) {
        this.themes = themes;
        this.taboo = taboo;
        this.window = window;
        this.minRankVelocity = minRankVelocity;
        this.minHeatGrowth = minHeatGrowth;
    }

    /**
     * Starts a matcher; {@link Builder#build()} names every missing setting at once.
     *
     * <pre>{@code
     * HotTopicMatcher m = HotTopicMatcher.builder().themes(plan.themes()).tabooWords(List.of("车祸", "去世"))
     *         .window(Duration.ofHours(2)).minRankVelocity(3).minHeatGrowth(0.5).build();
     * }</pre>
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** The settings of a {@link HotTopicMatcher}. */
    public static final class Builder {
        private List<PlanTheme> themes;
        private List<String> tabooWords = List.of();
        private Duration window;
        private Double minRankVelocity;
        private Double minHeatGrowth;

        private Builder() {
        }

        /**
         * The plan's themes to match topics against.
         *
         * @param themes the themes
         * @return this builder
         */
        public Builder themes(List<PlanTheme> themes) {
            this.themes = themes;
            return this;
        }

        /**
         * Words that make a topic one to stay away from (default none).
         *
         * @param tabooWords the words, each not blank
         * @return this builder
         */
        public Builder tabooWords(List<String> tabooWords) {
            this.tabooWords = tabooWords;
            return this;
        }

        /**
         * How far back to compare.
         *
         * @param window positive, e.g. 2 hours
         * @return this builder
         */
        public Builder window(Duration window) {
            this.window = window;
            return this;
        }

        /**
         * Ranks per hour that count as rising.
         *
         * @param minRankVelocity e.g. 3
         * @return this builder
         */
        public Builder minRankVelocity(double minRankVelocity) {
            this.minRankVelocity = minRankVelocity;
            return this;
        }

        /**
         * Relative heat growth over the window that counts as rising, as a fraction.
         *
         * @param minHeatGrowth e.g. 0.5 for +50 %
         * @return this builder
         */
        public Builder minHeatGrowth(double minHeatGrowth) {
            this.minHeatGrowth = minHeatGrowth;
            return this;
        }

        /**
         * The matcher.
         *
         * @return the matcher
         * @throws InvalidValueException naming every missing setting at once, or the first invalid one
         */
        public HotTopicMatcher build() {
            io.github.mediaops.core.validate.Required.of("hot topic matcher").given("themes", themes)
                    .given("window", window).given("minRankVelocity", minRankVelocity)
                    .given("minHeatGrowth", minHeatGrowth).orThrow();
            List<PlanTheme> t = Checks.listOf(themes, "themes");
            List<String> taboo = Checks.notBlankEach(tabooWords, "tabooWords");
            if (window.isNegative() || window.isZero()) {
                throw new InvalidValueException("window", "window must be positive (was " + window + ")");
            }
            Checks.finite(minRankVelocity, "minRankVelocity");
            Checks.finite(minHeatGrowth, "minHeatGrowth");
            return new HotTopicMatcher(t, taboo, window, minRankVelocity, minHeatGrowth);
        }
    }

    /** Signals for every current topic, opportunities first, then by rank velocity and heat growth. */
    public List<TopicSignal> analyze(List<TrendSnapshot> snapshots, Instant now) {
        List<TrendSnapshot> list = Checks.listOf(snapshots, "snapshots");
        Checks.notNull(now, "now");
        Map<String, Instant> latestRead = new LinkedHashMap<>();
        Map<String, List<TrendSnapshot>> byTopic = new LinkedHashMap<>();
        for (TrendSnapshot s : list) {
            if (s.at().isAfter(now)) {
                throw new InvalidValueException("snapshots", "reading of " + Checks.show(s.topic()) + " at " + s.at()
                        + " is after now " + now);
            }
            latestRead.merge(s.board(), s.at(), (a, b) -> a.isAfter(b) ? a : b);
            byTopic.computeIfAbsent(s.board() + "\u001f" + s.topic(), k -> new ArrayList<>()).add(s);
        }
        Instant cutoff = now.minus(window);
        List<TopicSignal> out = new ArrayList<>();
        for (List<TrendSnapshot> readings : byTopic.values()) {
            readings.sort(Comparator.comparing(TrendSnapshot::at));
            TrendSnapshot current = readings.get(readings.size() - 1);
            if (!current.at().equals(latestRead.get(current.board()))) {
                continue;
            }
            TrendSnapshot earlier = null;
            for (TrendSnapshot r : readings) {
                if (!r.at().isAfter(cutoff)) {
                    earlier = r;
                }
            }
            boolean isNew = earlier == null && readings.get(0).at().isAfter(cutoff);
            if (earlier == null) {
                earlier = readings.get(0);
            }
            double hours = Duration.between(earlier.at(), current.at()).toMillis() / 3_600_000.0;
            double velocity = isNew || hours == 0 ? 0 : (earlier.rank() - current.rank()) / hours;
            double growth = isNew || earlier.heat() == 0 ? Double.NaN : (double) current.heat() / earlier.heat() - 1;
            boolean rising = isNew || (hours > 0 && velocity >= minRankVelocity) || (!Double.isNaN(growth) && growth >= minHeatGrowth);
            String text = normalise(current.topic());
            List<String> matchedThemes = new ArrayList<>();
            List<String> matchedKeywords = new ArrayList<>();
            for (PlanTheme t : themes) {
                for (String k : t.keywords()) {
                    if (text.contains(normalise(k))) {
                        if (!matchedThemes.contains(t.name())) {
                            matchedThemes.add(t.name());
                        }
                        matchedKeywords.add(k);
                    }
                }
            }
            String tabooWord = taboo.stream().filter(w -> text.contains(normalise(w))).findFirst().orElse(null);
            out.add(new TopicSignal(current.board(), current.topic(), current.rank(), current.heat(), isNew, velocity, growth,
                    rising, matchedThemes, matchedKeywords, tabooWord));
        }
        out.sort(Comparator.comparing((TopicSignal s) -> !s.opportunity())
                .thenComparing(Comparator.comparingDouble(TopicSignal::rankVelocity).reversed())
                .thenComparingInt(TopicSignal::rank));
        return List.copyOf(out);
    }

    private static String normalise(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }
}
