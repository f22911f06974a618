package io.github.mediaops.analytics.growth.kol;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Transparent heuristics for bought followers and bought engagement. Each signal is turned into a
 * suspicion in [0, 1], multiplied by its weight, and summed into a risk score in [0, 100] (100 =
 * every signal at full suspicion). Every threshold and weight is a parameter; the report lists
 * every signal's raw value, suspicion, weight and contribution, so a reviewer can see why. These
 * are screening heuristics, not proof.
 *
 * <ul>
 *   <li><b>Engagement rate out of band</b>: engagement per follower far below {@code erLow}
 *       (followers who never engage: bought followers) or far above {@code erHigh} (bought
 *       likes). Suspicion = |log(er / nearest bound)| / log(10), capped at 1: a factor of 10 outside
 *       the band is full suspicion.</li>
 *   <li><b>Comment duplication</b>: the share of comments that repeat another comment after
 *       normalisation (case, whitespace, punctuation and emoji removed), or that are shorter than
 *       {@code minCommentChars} after it. Suspicion = (share − {@code dupFloor}) / (1 − dupFloor),
 *       clipped to [0, 1].</li>
 *   <li><b>Follower growth spike</b>: the largest daily follower gain as a robust z-score,
 *       (max − median) / (1.4826 × MAD) (Hampel's identifier). Suspicion rises linearly from
 *       {@code spikeZ} to 2 × spikeZ.</li>
 * </ul>
 *
 * @param erLow           lower bound of a normal engagement rate per follower (fraction)
 * @param erHigh          upper bound of a normal engagement rate per follower
 * @param minCommentChars comments shorter than this after normalisation count as low-effort
 * @param dupFloor        duplicate share that is still normal (fans do write "好看" a lot)
 * @param spikeZ          robust z at which a follower spike starts to be suspicious
 * @param weights         weights of "engagement_rate", "comment_duplication", "follower_spike"
 *
 * @since 0.1.0
 */
public record AuthenticityCheck(double erLow, double erHigh, int minCommentChars, double dupFloor, double spikeZ,
                                Map<String, Double> weights) {

    /** Names of the signals. */
    public static final String ENGAGEMENT_RATE = "engagement_rate";
    /** Signal name: share of duplicated or too-short comments. */
    public static final String COMMENT_DUPLICATION = "comment_duplication";
    /** Signal name: a follower jump far above the account's usual daily growth. */
    public static final String FOLLOWER_SPIKE = "follower_spike";

    /** Validates the components; bad values fail with the field named. */
    public AuthenticityCheck {
        Checks.fraction(erLow, "erLow");
        Checks.fraction(erHigh, "erHigh");
        if (!(erLow > 0) || erHigh <= erLow) {
            throw new InvalidValueException("erLow", "need 0 < erLow < erHigh (was " + erLow + ", " + erHigh + ")");
        }
        Checks.nonNegative(minCommentChars, "minCommentChars");
        Checks.fraction(dupFloor, "dupFloor");
        if (dupFloor >= 1) {
            throw new InvalidValueException("dupFloor", "dupFloor must be < 1 (was " + dupFloor + ")");
        }
        if (!(spikeZ > 0) || !Double.isFinite(spikeZ)) {
            throw new InvalidValueException("spikeZ", "spikeZ must be a finite number > 0 (was " + spikeZ + ")");
        }
        weights = Checks.mapOf(weights, "weights");
        for (String k : List.of(ENGAGEMENT_RATE, COMMENT_DUPLICATION, FOLLOWER_SPIKE)) {
            Double w = weights.get(k);
            if (w == null || !(w >= 0) || !Double.isFinite(w)) {
                throw new InvalidValueException("weights", "weights needs a finite weight >= 0 for " + k);
            }
        }
        if (weights.size() != 3) {
            throw new InvalidValueException("weights", "weights has unknown keys: " + weights.keySet());
        }
        if (weights.values().stream().mapToDouble(Double::doubleValue).sum() <= 0) {
            throw new InvalidValueException("weights", "weights must not all be zero");
        }
    }

    /**
     * Defaults: normal engagement per follower 0.5%–15%, comments under 2 characters are low-effort,
     * 30% duplicates still normal, spike suspicion from robust z = 6; weights 0.4 / 0.3 / 0.3.
     */
    public static AuthenticityCheck defaults() {
        return new AuthenticityCheck(0.005, 0.15, 2, 0.3, 6,
                Map.of(ENGAGEMENT_RATE, 0.4, COMMENT_DUPLICATION, 0.3, FOLLOWER_SPIKE, 0.3));
    }

    /** One signal's part of the score. */
    public record Contribution(String signal, double rawValue, double suspicion, double weight, double contribution,
                               String explanation) {
    }

    /** The risk score in [0, 100] and its parts. */
    public record Report(double riskScore, List<Contribution> contributions) {
        /** Validates the components; bad values fail with the field named. */
        public Report {
            contributions = List.copyOf(contributions);
        }
    }

    /**
     * What an account shows, for {@link #assess}: every part named.
     *
     * <pre>{@code
     * AuthenticityCheck.Evidence e = AuthenticityCheck.Evidence.builder().followers(260_000).engagements(400)
     *         .comments(commentTexts).dailyFollowerGain(gainPerDay).build();
     * }</pre>
     */
    public static final class Evidence {
        private final long followers;
        private final long engagements;
        private final List<String> comments;
        private final long[] dailyFollowerGain;

        private Evidence(Builder b) {
            this.followers = b.followers;
            this.engagements = b.engagements;
            this.comments = b.comments;
            this.dailyFollowerGain = b.dailyFollowerGain;
        }

        /** @return a builder; followers and engagements are required, comments and gains default to none */
        public static Builder builder() {
            return new Builder();
        }

        /** Builds {@link Evidence}. */
        public static final class Builder {
            private long followers = -1;
            private long engagements = -1;
            private List<String> comments = List.of();
            private long[] dailyFollowerGain = new long[0];

            private Builder() {
            }

            /** @param followers the account's followers, &gt; 0 @return this builder */
            public Builder followers(long followers) {
                this.followers = Checks.positive(followers, "followers");
                return this;
            }

            /** @param engagements engagements over the same posts as the comments, &ge; 0 @return this builder */
            public Builder engagements(long engagements) {
                this.engagements = Checks.nonNegative(engagements, "engagements");
                return this;
            }

            /** @param comments comment texts (empty: the signal is 0 with a note) @return this builder */
            public Builder comments(List<String> comments) {
                this.comments = Checks.listOf(comments, "comments");
                return this;
            }

            /**
             * @param gain follower gain per day, oldest first (fewer than 3 days: the signal is 0 with a note)
             * @return this builder
             */
            public Builder dailyFollowerGain(long[] gain) {
                this.dailyFollowerGain = Checks.notNull(gain, "dailyFollowerGain").clone();
                return this;
            }

            /** @return the evidence; every missing required part is named at once */
            public Evidence build() {
                List<String> missing = new ArrayList<>();
                if (followers < 0) {
                    missing.add("followers");
                }
                if (engagements < 0) {
                    missing.add("engagements");
                }
                if (!missing.isEmpty()) {
                    throw new InvalidValueException(missing.get(0), "AuthenticityCheck.Evidence needs " + missing);
                }
                return new Evidence(this);
            }
        }
    }

    /** Assesses an account's evidence; see the class description for the three signals. */
    public Report assess(Evidence evidence) {
        Checks.notNull(evidence, "evidence");
        return assess(evidence.followers, evidence.engagements, evidence.comments, evidence.dailyFollowerGain);
    }

    private Report assess(long followers, long engagements, List<String> comments, long[] dailyFollowerGain) {
        Checks.positive(followers, "followers");
        Checks.nonNegative(engagements, "engagements");
        List<String> cs = Checks.listOf(comments, "comments");
        Checks.notNull(dailyFollowerGain, "dailyFollowerGain");
        double totalW = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        List<Contribution> out = new ArrayList<>();

        double er = (double) engagements / followers;
        double erSusp;
        String erNote;
        if (er < erLow) {
            erSusp = er == 0 ? 1 : Math.min(1, Math.log(erLow / er) / Math.log(10));
            erNote = String.format(Locale.ROOT, "engagement per follower %.4f is below the normal band [%.4f, %.4f]", er, erLow, erHigh);
        } else if (er > erHigh) {
            erSusp = Math.min(1, Math.log(er / erHigh) / Math.log(10));
            erNote = String.format(Locale.ROOT, "engagement per follower %.4f is above the normal band [%.4f, %.4f]", er, erLow, erHigh);
        } else {
            erSusp = 0;
            erNote = String.format(Locale.ROOT, "engagement per follower %.4f is inside the normal band", er);
        }
        out.add(part(ENGAGEMENT_RATE, er, erSusp, totalW, erNote));

        double dupShare = 0;
        double dupSusp = 0;
        String dupNote;
        if (cs.isEmpty()) {
            dupNote = "no comments given";
        } else {
            Map<String, Integer> seen = new HashMap<>();
            for (String c : cs) {
                seen.merge(normalise(c), 1, Integer::sum);
            }
            long suspicious = 0;
            for (Map.Entry<String, Integer> e : seen.entrySet()) {
                if (e.getKey().length() < minCommentChars) {
                    suspicious += e.getValue();
                } else if (e.getValue() > 1) {
                    suspicious += e.getValue() - 1;
                }
            }
            dupShare = (double) suspicious / cs.size();
            dupSusp = Math.max(0, Math.min(1, (dupShare - dupFloor) / (1 - dupFloor)));
            dupNote = String.format(Locale.ROOT, "%d of %d comments are repeats or under %d characters", suspicious, cs.size(),
                    minCommentChars);
        }
        out.add(part(COMMENT_DUPLICATION, dupShare, dupSusp, totalW, dupNote));

        double z = 0;
        double spikeSusp = 0;
        String spikeNote;
        if (dailyFollowerGain.length < 3) {
            spikeNote = "fewer than 3 days of follower history";
        } else {
            double[] g = Arrays.stream(dailyFollowerGain).asDoubleStream().toArray();
            double med = median(g);
            double[] dev = new double[g.length];
            double max = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < g.length; i++) {
                dev[i] = Math.abs(g[i] - med);
                max = Math.max(max, g[i]);
            }
            double mad = 1.4826 * median(dev);
            double scale = mad > 0 ? mad : Math.max(1, Math.abs(med) * 0.1);
            z = (max - med) / scale;
            spikeSusp = Math.max(0, Math.min(1, (z - spikeZ) / spikeZ));
            spikeNote = String.format(Locale.ROOT, "largest daily gain %.0f vs median %.0f: robust z %.1f", max, med, z);
        }
        out.add(part(FOLLOWER_SPIKE, z, spikeSusp, totalW, spikeNote));
        double score = out.stream().mapToDouble(Contribution::contribution).sum();
        return new Report(score, out);
    }

    private Contribution part(String name, double raw, double susp, double totalW, String note) {
        double w = weights.get(name);
        return new Contribution(name, raw, susp, w, 100 * w / totalW * susp, note);
    }

    static String normalise(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp)) {
                b.appendCodePoint(Character.toLowerCase(cp));
            }
        });
        return b.toString();
    }

    private static double median(double[] v) {
        double[] c = v.clone();
        Arrays.sort(c);
        int n = c.length;
        return n % 2 == 1 ? c[n / 2] : 0.5 * (c[n / 2 - 1] + c[n / 2]);
    }
}
