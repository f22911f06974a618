package io.github.mediaops.analytics.planning.lottery;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * What the operator publishes before entries close: the SHA-256 of the secret seed, the public beacon
 * whose future value will be mixed in, the close time, the rules and the number of winners. Once
 * published none of these may change.
 *
 * @param lotteryId      the operator's id for the draw; never blank
 * @param seedCommitment lower-case hex SHA-256 of the secret seed
 * @param beacon         the public randomness source and the exact value to use, named before close, e.g.
 *                       "drand quicknet round 12345678" or "closing value of the SSE Composite on 2026-12-01"
 * @param closeAt        entries after this instant are not eligible
 * @param rules          eligibility rules
 * @param winners        how many winners; at least 1
 * @param beaconAt       when the named beacon value is published (e.g. the drand round's time); strictly
 *                       after {@code closeAt}, so nobody, the organiser included, knows it while entries
 *                       can still change
 *
 * @since 0.1.0
 */
public record LotteryCommitment(String lotteryId, String seedCommitment, String beacon, Instant closeAt,
                                EligibilityRules rules, int winners, Instant beaconAt) {
    private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

    /** Validates the components; bad values fail with the field named. */
    public LotteryCommitment {
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
    }
}
