package io.github.mediaops.analytics.growth.health;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import io.github.mediaops.core.platform.VerificationState;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What a host knows about an account's recent behaviour. Every signal is optional: a signal the
 * host does not have is left out of the score and its weight is shared among the others (the report
 * says so), rather than being counted as zero.
 *
 * @param weeklyPosts           posts per week, oldest first (empty if unknown)
 * @param weeklyEngagementRates engagement rate per week, oldest first (empty if unknown)
 * @param violations            community-rule violations / warnings in the period, if known
 * @param takedowns             posts taken down or restricted (限流) in the period, if known
 * @param followerQuality       share of followers judged genuine, in [0, 1], if known (for example
 *                              1 − risk/100 from {@code AuthenticityCheck})
 * @param verification          the account's verification state, if known
 */
public record HealthSignals(List<Long> weeklyPosts, List<Double> weeklyEngagementRates, Optional<Integer> violations,
                            Optional<Integer> takedowns, OptionalDouble followerQuality,
                            Optional<VerificationState> verification) {
    public HealthSignals {
        weeklyPosts = Checks.listOf(weeklyPosts, "weeklyPosts");
        for (int i = 0; i < weeklyPosts.size(); i++) {
            Checks.nonNegative(weeklyPosts.get(i), "weeklyPosts[" + i + "]");
        }
        weeklyEngagementRates = Checks.listOf(weeklyEngagementRates, "weeklyEngagementRates");
        for (int i = 0; i < weeklyEngagementRates.size(); i++) {
            Checks.nonNegative(weeklyEngagementRates.get(i), "weeklyEngagementRates[" + i + "]");
        }
        Checks.notNull(violations, "violations");
        violations.ifPresent(v -> Checks.nonNegative(v, "violations"));
        Checks.notNull(takedowns, "takedowns");
        takedowns.ifPresent(v -> Checks.nonNegative(v, "takedowns"));
        Checks.notNull(followerQuality, "followerQuality");
        if (followerQuality.isPresent()) {
            Checks.fraction(followerQuality.getAsDouble(), "followerQuality");
        }
        Checks.notNull(verification, "verification");
        if (violations.isEmpty() != takedowns.isEmpty()) {
            throw new InvalidValueException("takedowns", "violations and takedowns must be given together or not at all");
        }
    }

    /** A builder with every signal absent. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builder. */
    public static final class Builder {
        private List<Long> weeklyPosts = List.of();
        private List<Double> weeklyEngagementRates = List.of();
        private Optional<Integer> violations = Optional.empty();
        private Optional<Integer> takedowns = Optional.empty();
        private OptionalDouble followerQuality = OptionalDouble.empty();
        private Optional<VerificationState> verification = Optional.empty();

        private Builder() {
        }

        public Builder weeklyPosts(List<Long> v) {
            weeklyPosts = v;
            return this;
        }

        public Builder weeklyEngagementRates(List<Double> v) {
            weeklyEngagementRates = v;
            return this;
        }

        public Builder violations(int violations, int takedowns) {
            this.violations = Optional.of(violations);
            this.takedowns = Optional.of(takedowns);
            return this;
        }

        public Builder followerQuality(double q) {
            followerQuality = OptionalDouble.of(q);
            return this;
        }

        public Builder verification(VerificationState v) {
            verification = Optional.of(Checks.notNull(v, "verification"));
            return this;
        }

        public HealthSignals build() {
            return new HealthSignals(weeklyPosts, weeklyEngagementRates, violations, takedowns, followerQuality, verification);
        }
    }
}
