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
 * says so), rather than being counted as zero. Built by name: violations and takedowns are both counts.
 *
 * <pre>{@code
 * HealthSignals s = HealthSignals.builder()
 *         .weeklyPosts(List.of(4L, 5L, 3L, 4L))
 *         .weeklyEngagementRates(List.of(0.031, 0.034, 0.029, 0.036))   // fractions: 0.034 is 3.4 %
 *         .violations(1).takedowns(0)
 *         .verification(VerificationState.VERIFIED)
 *         .build();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class HealthSignals {
    private final List<Long> weeklyPosts;
    private final List<Double> weeklyEngagementRates;
    private final Optional<Integer> violations;
    private final Optional<Integer> takedowns;
    private final OptionalDouble followerQuality;
    private final Optional<VerificationState> verification;

    private HealthSignals(List<Long> weeklyPosts, List<Double> weeklyEngagementRates, Optional<Integer> violations, Optional<Integer> takedowns, OptionalDouble followerQuality, Optional<VerificationState> verification) {
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
            String missing = violations.isEmpty() ? "violations" : "takedowns";
            throw new InvalidValueException(missing, "health signals are missing " + missing
                    + ": violations and takedowns are given together or not at all");
        }
        this.weeklyPosts = weeklyPosts;
        this.weeklyEngagementRates = weeklyEngagementRates;
        this.violations = violations;
        this.takedowns = takedowns;
        this.followerQuality = followerQuality;
        this.verification = verification;
    }

    /** @return posts per week, oldest first (empty if unknown) */
    public List<Long> weeklyPosts() {
        return weeklyPosts;
    }

    /** @return engagement rate per week, oldest first (empty if unknown) */
    public List<Double> weeklyEngagementRates() {
        return weeklyEngagementRates;
    }

    /** @return community-rule violations / warnings in the period, if known */
    public Optional<Integer> violations() {
        return violations;
    }

    /** @return posts taken down or restricted (限流) in the period, if known */
    public Optional<Integer> takedowns() {
        return takedowns;
    }

    /** @return share of followers judged genuine, in [0, 1], if known (for example 1 − risk/100 from {@code AuthenticityCheck}) */
    public OptionalDouble followerQuality() {
        return followerQuality;
    }

    /** @return the account's verification state, if known */
    public Optional<VerificationState> verification() {
        return verification;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HealthSignals o && weeklyPosts.equals(o.weeklyPosts) && weeklyEngagementRates.equals(o.weeklyEngagementRates) && violations.equals(o.violations) && takedowns.equals(o.takedowns) && followerQuality.equals(o.followerQuality) && verification.equals(o.verification);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(weeklyPosts, weeklyEngagementRates, violations, takedowns, followerQuality, verification);
    }

    @Override
    public String toString() {
        return "HealthSignals[" + "weeklyPosts=" + weeklyPosts + ", " + "weeklyEngagementRates=" + weeklyEngagementRates + ", " + "violations=" + violations + ", " + "takedowns=" + takedowns + ", " + "followerQuality=" + followerQuality + ", " + "verification=" + verification + "]";
    }

    

    /** A builder with every signal absent. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the signals; every one is optional, but violations and takedowns come together. */
    public static final class Builder {
        private List<Long> weeklyPosts = List.of();
        private List<Double> weeklyEngagementRates = List.of();
        private Optional<Integer> violations = Optional.empty();
        private Optional<Integer> takedowns = Optional.empty();
        private OptionalDouble followerQuality = OptionalDouble.empty();
        private Optional<VerificationState> verification = Optional.empty();

        private Builder() {
        }

        /**
         * Posts per week.
         *
         * @param v posts per week, oldest first, each &ge; 0
         * @return this builder
         */
        public Builder weeklyPosts(List<Long> v) {
            weeklyPosts = v;
            return this;
        }

        /**
         * Engagement rate per week, as fractions (0.034, not 3.4).
         *
         * @param v engagement rates, oldest first, each &ge; 0
         * @return this builder
         */
        public Builder weeklyEngagementRates(List<Double> v) {
            weeklyEngagementRates = v;
            return this;
        }

        /**
         * Community-rule violations or warnings in the period; give {@link #takedowns(int)} too.
         *
         * @param violations the number, &ge; 0
         * @return this builder
         */
        public Builder violations(int violations) {
            this.violations = Optional.of(violations);
            return this;
        }

        /**
         * Posts taken down or restricted (限流) in the period; give {@link #violations(int)} too.
         *
         * @param takedowns the number, &ge; 0
         * @return this builder
         */
        public Builder takedowns(int takedowns) {
            this.takedowns = Optional.of(takedowns);
            return this;
        }

        /**
         * The share of followers judged genuine.
         *
         * @param q a fraction in [0, 1]
         * @return this builder
         */
        public Builder followerQuality(double q) {
            followerQuality = OptionalDouble.of(q);
            return this;
        }

        /**
         * The account's verification state.
         *
         * @param v the state
         * @return this builder
         */
        public Builder verification(VerificationState v) {
            verification = Optional.of(Checks.notNull(v, "verification"));
            return this;
        }

        /**
         * The signals.
         *
         * @return the signals
         * @throws InvalidValueException naming the first invalid signal, or {@code takedowns} (or
         *                               {@code violations}) when only the other was given
         */
        public HealthSignals build() {
            return new HealthSignals(weeklyPosts, weeklyEngagementRates, violations, takedowns, followerQuality, verification);
        }
    }
}
