package io.github.mediaops.analytics.measure.nps;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;

/**
 * The sufficient statistics of a recommendation survey: how many answered 0–6 (detractors), 7–8
 * (passives) and 9–10 (promoters). Mergeable: counts of two samples add.
 *
 * @param detractors answers 0 to 6
 * @param passives   answers 7 and 8
 * @param promoters  answers 9 and 10
 */
public record PromoterCounts(long detractors, long passives, long promoters) {
    public PromoterCounts {
        Checks.nonNegative(detractors, "detractors");
        Checks.nonNegative(passives, "passives");
        Checks.nonNegative(promoters, "promoters");
    }

    public static PromoterCounts empty() {
        return new PromoterCounts(0, 0, 0);
    }

    /**
     * Counts of raw answers.
     *
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
        return new PromoterCounts(d, p, pr);
    }

    /** These counts plus one answer. */
    public PromoterCounts add(int answer) {
        PromoterCounts one = ofAnswers(answer);
        return plus(one);
    }

    public PromoterCounts plus(PromoterCounts other) {
        Checks.notNull(other, "other");
        return new PromoterCounts(Math.addExact(detractors, other.detractors), Math.addExact(passives, other.passives),
                Math.addExact(promoters, other.promoters));
    }

    /** Number of answers. */
    public long n() {
        return detractors + passives + promoters;
    }
}
