package io.github.mediaops.analytics.growth.kol;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.Money;
import io.github.mediaops.core.validate.Checks;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Computes {@link KolReport}s.
 *
 * <p>Definitions: CPM = cost × 1000 / impressions; CPE = cost / (likes + comments + shares + saves);
 * CPV = cost / views; cost per follower = cost / followers gained; engagement rate = engagements /
 * the chosen denominator (the platform default from {@link EngagementDenominator#defaultFor}
 * unless given). Estimated reach, when the platform does not report it: impressions / frequency,
 * else views / frequency, else followers × followerReachRate; the two assumptions are this
 * evaluator's parameters (defaults 1.3 impressions per reached account, and 10% of followers
 * reached organically) and the report flags the figure as an estimate.
 *
 * @param frequency          average impressions per reached account, &ge; 1
 * @param followerReachRate  share of followers reached when only the follower count is known, in [0, 1]
 */
public record KolEvaluator(double frequency, double followerReachRate) {

    public KolEvaluator {
        Checks.finite(frequency, "frequency");
        if (frequency < 1) {
            throw new InvalidValueException("frequency", "frequency must be >= 1 (was " + frequency + ")");
        }
        Checks.fraction(followerReachRate, "followerReachRate");
    }

    /** frequency 1.3, followerReachRate 0.10. */
    public static KolEvaluator defaults() {
        return new KolEvaluator(1.3, 0.10);
    }

    /** The report with the platform's default engagement denominator. */
    public KolReport evaluate(KolStats s) {
        Checks.notNull(s, "stats");
        return evaluate(s, EngagementDenominator.defaultFor(s.platform()));
    }

    /** The report with an explicit engagement denominator. */
    public KolReport evaluate(KolStats s, EngagementDenominator denominator) {
        Checks.notNull(s, "stats");
        Checks.notNull(denominator, "denominator");
        Money cost = s.cost();
        Optional<Money> cpm = s.impressions().isPresent() && s.impressions().getAsLong() > 0
                ? Optional.of(per(cost.times(1000), s.impressions().getAsLong())) : Optional.empty();
        Optional<Money> cpe = s.engagements() > 0 ? Optional.of(per(cost, s.engagements())) : Optional.empty();
        Optional<Money> cpv = s.views().isPresent() && s.views().getAsLong() > 0
                ? Optional.of(per(cost, s.views().getAsLong())) : Optional.empty();
        Optional<Money> cpf = s.followersGained().isPresent() && s.followersGained().getAsLong() > 0
                ? Optional.of(per(cost, s.followersGained().getAsLong())) : Optional.empty();
        long den = switch (denominator) {
            case FOLLOWERS -> s.followers();
            case VIEWS -> s.views().orElse(0);
            case IMPRESSIONS -> s.impressions().orElse(0);
        };
        OptionalDouble er = den > 0 ? OptionalDouble.of((double) s.engagements() / den) : OptionalDouble.empty();
        double reach;
        boolean estimate = true;
        if (s.reach().isPresent()) {
            reach = s.reach().getAsLong();
            estimate = false;
        } else if (s.impressions().isPresent()) {
            reach = s.impressions().getAsLong() / frequency;
        } else if (s.views().isPresent()) {
            reach = s.views().getAsLong() / frequency;
        } else {
            reach = s.followers() * followerReachRate;
        }
        return new KolReport(cpm, cpe, cpv, cpf, er, denominator, reach, estimate);
    }

    private static Money per(Money m, long n) {
        int scale = Math.max(m.currency().getDefaultFractionDigits(), 0);
        return new Money(m.amount().divide(BigDecimal.valueOf(n), scale, RoundingMode.HALF_EVEN), m.currency());
    }
}
