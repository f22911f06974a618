package io.github.mediaops.analytics.measure.nps;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;

/**
 * The sufficient statistics of a recommendation survey: how many answered 9–10 (promoters), 7–8
 * (passives) and 0–6 (detractors). Mergeable: counts of two samples add.
 *
 * <p>The three counts have one type, so they are given by name, never by position: a swapped pair
 * would silently change the score.
 *
 * <pre>{@code
 * PromoterCounts november = PromoterCounts.promoters(120).passives(50).detractors(30);
 * PromoterCounts raw = PromoterCounts.ofAnswers(10, 9, 7, 3);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class PromoterCounts {
    private static final PromoterCounts EMPTY = new PromoterCounts(0, 0, 0);

    private final long promoters;
    private final long passives;
    private final long detractors;

    private PromoterCounts(long promoters, long passives, long detractors) {
        this.promoters = Checks.nonNegative(promoters, "promoters");
        this.passives = Checks.nonNegative(passives, "passives");
        this.detractors = Checks.nonNegative(detractors, "detractors");
        if (promoters > Long.MAX_VALUE - passives || promoters + passives > Long.MAX_VALUE - detractors) {
            throw new InvalidValueException("detractors", "the number of answers overflows a long (promoters="
                    + promoters + ", passives=" + passives + ", detractors=" + detractors + ")");
        }
    }

    /**
     * Starts counts with the number of promoters; continue with {@link WithPromoters#passives(long)} and
     * {@link WithPassives#detractors(long)}.
     *
     * @param promoters answers 9 and 10, at least 0
     * @return the next step
     */
    public static WithPromoters promoters(long promoters) {
        return new WithPromoters(Checks.nonNegative(promoters, "promoters"));
    }

    /** Counts with promoters given; the passives come next. */
    public static final class WithPromoters {
        private final long promoters;

        private WithPromoters(long promoters) {
            this.promoters = promoters;
        }

        /**
         * The number of passives.
         *
         * @param passives answers 7 and 8, at least 0
         * @return the last step
         */
        public WithPassives passives(long passives) {
            return new WithPassives(promoters, Checks.nonNegative(passives, "passives"));
        }
    }

    /** Counts with promoters and passives given; the detractors complete them. */
    public static final class WithPassives {
        private final long promoters;
        private final long passives;

        private WithPassives(long promoters, long passives) {
            this.promoters = promoters;
            this.passives = passives;
        }

        /**
         * The number of detractors, completing the counts.
         *
         * @param detractors answers 0 to 6, at least 0
         * @return the counts
         */
        public PromoterCounts detractors(long detractors) {
            return new PromoterCounts(promoters, passives, detractors);
        }
    }

    /**
     * No answers.
     *
     * @return counts of zero
     */
    public static PromoterCounts empty() {
        return EMPTY;
    }

    /**
     * Counts of raw answers.
     *
     * @param answers answers from 0 to 10
     * @return their counts
     * @throws InvalidValueException naming the index of any answer outside 0..10
     */
    public static PromoterCounts ofAnswers(int... answers) {
        Checks.notNull(answers, "answers");
        long d = 0;
        long p = 0;
        long pr = 0;
        for (int i = 0; i < answers.length; i++) {
            int a = answers[i];
            if (a < 0 || a > 10) {
                throw new InvalidValueException("answers", "answers[" + i + "] must be an integer from 0 to 10 (was " + a + ")");
            }
            if (a <= 6) {
                d++;
            } else if (a <= 8) {
                p++;
            } else {
                pr++;
            }
        }
        return new PromoterCounts(pr, p, d);
    }

    /**
     * These counts plus one answer.
     *
     * @param answer an answer from 0 to 10
     * @return the new counts
     */
    public PromoterCounts add(int answer) {
        PromoterCounts one = ofAnswers(answer);
        return plus(one);
    }

    /**
     * The counts of two samples together (merge).
     *
     * @param other the other sample's counts
     * @return the sums
     */
    public PromoterCounts plus(PromoterCounts other) {
        Checks.notNull(other, "other");
        if (promoters > Long.MAX_VALUE - other.promoters || passives > Long.MAX_VALUE - other.passives
                || detractors > Long.MAX_VALUE - other.detractors) {
            throw new InvalidValueException("other", "merging " + this + " and " + other + " overflows a long");
        }
        return new PromoterCounts(promoters + other.promoters, passives + other.passives, detractors + other.detractors);
    }

    /** @return answers 9 and 10 */
    public long promoters() {
        return promoters;
    }

    /** @return answers 7 and 8 */
    public long passives() {
        return passives;
    }

    /** @return answers 0 to 6 */
    public long detractors() {
        return detractors;
    }

    /** @return the number of answers */
    public long n() {
        return detractors + passives + promoters;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PromoterCounts c && c.promoters == promoters && c.passives == passives
                && c.detractors == detractors;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(promoters) * 961 + Long.hashCode(passives) * 31 + Long.hashCode(detractors);
    }

    @Override
    public String toString() {
        return "PromoterCounts[promoters=" + promoters + ", passives=" + passives + ", detractors=" + detractors + "]";
    }
}
