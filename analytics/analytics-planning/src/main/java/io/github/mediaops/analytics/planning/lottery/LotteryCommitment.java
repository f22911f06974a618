package io.github.mediaops.analytics.planning.lottery;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * What the operator publishes before entries close: the SHA-256 of the secret seed, the public beacon
 * whose future value will be mixed in, the close time, the rules and the number of winners. Once
 * published none of these may change. Built by name; an archived commitment is rebuilt the same way with
 * {@code seedCommitment(hex)} in place of {@code secretSeed(seed)}.
 *
 * <pre>{@code
 * LotteryCommitment c = LotteryCommitment.builder().lotteryId("xmas-2026").secretSeed(Lottery.newSeed(rng))
 *         .beacon("drand quicknet round 20000000").closeAt(close).beaconAt(close.plusSeconds(60))
 *         .rules(EligibilityRules.oneEntryPerUser().requireFollow(true)).winners(3).build();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class LotteryCommitment {
    private final String lotteryId;
    private final String seedCommitment;
    private final String beacon;
    private final Instant closeAt;
    private final EligibilityRules rules;
    private final int winners;
    private final Instant beaconAt;

    private LotteryCommitment(String lotteryId, String seedCommitment, String beacon, Instant closeAt, EligibilityRules rules, int winners, Instant beaconAt) {
        Checks.notBlank(lotteryId, "lotteryId");
        Checks.notNull(seedCommitment, "seedCommitment");
        if (!HEX64.matcher(seedCommitment).matches()) {
            throw new InvalidValueException("seedCommitment", "seedCommitment must be 64 lower-case hex digits (was "
                    + Checks.show(seedCommitment) + ")");
        }
        Checks.notBlank(beacon, "beacon");
        Checks.notNull(closeAt, "closeAt");
        Checks.notNull(rules, "rules");
        Checks.positive(winners, "winners");
        Checks.notNull(beaconAt, "beaconAt");
        if (!beaconAt.isAfter(closeAt)) {
            throw new InvalidValueException("beaconAt", "the beacon value must be published after entries close ("
                    + "beaconAt " + beaconAt + " is not after closeAt " + closeAt + ")");
        }
        this.lotteryId = lotteryId;
        this.seedCommitment = seedCommitment;
        this.beacon = beacon;
        this.closeAt = closeAt;
        this.rules = rules;
        this.winners = winners;
        this.beaconAt = beaconAt;
    }

    /**
     * Starts a lottery commitment; {@link Builder#build()} names every required part that was not given.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder starting from this lottery commitment's parts.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.lotteryId = lotteryId;
        b.seedCommitment = seedCommitment;
        b.beacon = beacon;
        b.closeAt = closeAt;
        b.rules = rules;
        b.winners = winners;
        b.beaconAt = beaconAt;
        return b;
    }

    /** @return the operator's id for the draw; never blank */
    public String lotteryId() {
        return lotteryId;
    }

    /** @return lower-case hex SHA-256 of the secret seed */
    public String seedCommitment() {
        return seedCommitment;
    }

    /** @return the public randomness source and the exact value to use, named before close, e.g. "drand quicknet round 12345678" or "closing value of the SSE Composite on 2026-12-01" */
    public String beacon() {
        return beacon;
    }

    /** @return entries after this instant are not eligible */
    public Instant closeAt() {
        return closeAt;
    }

    /** @return eligibility rules */
    public EligibilityRules rules() {
        return rules;
    }

    /** @return how many winners; at least 1 */
    public int winners() {
        return winners;
    }

    /** @return when the named beacon value is published (e.g. the drand round's time); strictly after {@code closeAt}, so nobody, the organiser included, knows it while entries can still change */
    public Instant beaconAt() {
        return beaconAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LotteryCommitment o && java.util.Objects.equals(lotteryId, o.lotteryId) && java.util.Objects.equals(seedCommitment, o.seedCommitment) && java.util.Objects.equals(beacon, o.beacon) && java.util.Objects.equals(closeAt, o.closeAt) && java.util.Objects.equals(rules, o.rules) && winners == o.winners && java.util.Objects.equals(beaconAt, o.beaconAt);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(lotteryId, seedCommitment, beacon, closeAt, rules, winners, beaconAt);
    }

    @Override
    public String toString() {
        return "LotteryCommitment[" + "lotteryId=" + lotteryId + ", " + "seedCommitment=" + seedCommitment + ", " + "beacon=" + beacon + ", " + "closeAt=" + closeAt + ", " + "rules=" + rules + ", " + "winners=" + winners + ", " + "beaconAt=" + beaconAt + "]";
    }

    /** Collects the parts of a lottery commitment; {@link #build()} validates them. */
    public static final class Builder {
        private String lotteryId;
        private String seedCommitment;
        private String beacon;
        private Instant closeAt;
        private EligibilityRules rules;
        private Integer winners;
        private Instant beaconAt;

        private Builder() {
        }

        /**
         * Sets lotteryId.
         *
         * @param lotteryId the operator's id for the draw; never blank
         * @return this builder
         */
        public Builder lotteryId(String lotteryId) {
            this.lotteryId = lotteryId;
            return this;
        }

        /**
         * Sets seedCommitment.
         *
         * @param seedCommitment lower-case hex SHA-256 of the secret seed
         * @return this builder
         */
        public Builder seedCommitment(String seedCommitment) {
            this.seedCommitment = seedCommitment;
            return this;
        }

        /**
         * Sets the seed commitment from the secret seed itself: its SHA-256, as {@link Lottery#draw} will
         * check it. Keep the seed secret until the draw.
         *
         * @param seedHex the secret seed, hex of at least 16 bytes (see {@link Lottery#newSeed})
         * @return this builder
         * @throws InvalidValueException if the seed is not hex of at least 16 bytes
         */
        public Builder secretSeed(String seedHex) {
            this.seedCommitment = Lottery.sha256Hex(Lottery.seed(seedHex));
            return this;
        }

        /**
         * Sets beacon.
         *
         * @param beacon the public randomness source and the exact value to use, named before close, e.g. "drand quicknet round 12345678" or "closing value of the SSE Composite on 2026-12-01"
         * @return this builder
         */
        public Builder beacon(String beacon) {
            this.beacon = beacon;
            return this;
        }

        /**
         * Sets closeAt.
         *
         * @param closeAt entries after this instant are not eligible
         * @return this builder
         */
        public Builder closeAt(Instant closeAt) {
            this.closeAt = closeAt;
            return this;
        }

        /**
         * Sets rules.
         *
         * @param rules eligibility rules
         * @return this builder
         */
        public Builder rules(EligibilityRules rules) {
            this.rules = rules;
            return this;
        }

        /**
         * Sets winners.
         *
         * @param winners how many winners; at least 1
         * @return this builder
         */
        public Builder winners(int winners) {
            this.winners = winners;
            return this;
        }

        /**
         * Sets beaconAt.
         *
         * @param beaconAt when the named beacon value is published (e.g. the drand round's time); strictly after {@code closeAt}, so nobody, the organiser included, knows it while entries can still change
         * @return this builder
         */
        public Builder beaconAt(Instant beaconAt) {
            this.beaconAt = beaconAt;
            return this;
        }

        /**
         * The lottery commitment.
         *
         * @return the validated value
         * @throws io.github.mediaops.core.InvalidValueException naming every missing part at once, or the first invalid one
         */
        public LotteryCommitment build() {
            io.github.mediaops.core.validate.Required.of("lottery commitment").given("lotteryId", lotteryId).given("seedCommitment", seedCommitment).given("beacon", beacon).given("closeAt", closeAt).given("rules", rules).given("winners", winners).given("beaconAt", beaconAt).orThrow();
            return new LotteryCommitment(lotteryId, seedCommitment, beacon, closeAt, rules, winners, beaconAt);
        }
    }

    private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

    
}
