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
 */
public record LotteryCommitment(String lotteryId, String seedCommitment, String beacon, Instant closeAt,
                                EligibilityRules rules, int winners) {
    private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

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
    }
}
