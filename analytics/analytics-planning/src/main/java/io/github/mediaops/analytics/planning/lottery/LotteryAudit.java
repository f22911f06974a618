package io.github.mediaops.analytics.planning.lottery;

import io.github.mediaops.core.validate.Checks;
import java.util.List;

/**
 * Everything needed to re-run a draw and check its winners: the published commitment, the revealed
 * seed, the beacon value, the frozen entry list with its hash, every entry's decision and score, and
 * the winners in rank order. Publish it after the draw; {@link Lottery#verify(LotteryAudit, LotteryCommitment, String)} (or the
 * Python snippet in the module README) re-computes all of it.
 *
 * @param commitment    what was published before close
 * @param seedHex       the revealed secret seed, lower-case hex
 * @param beaconValue   the beacon's value, as published by the beacon source
 * @param entries       the frozen entry list in its frozen order
 * @param entryListHash lower-case hex SHA-256 of the canonical entry list, published at close
 * @param decisions     one per entry, in list order
 * @param winners       winning user ids, best rank first
 *
 * @since 0.1.0
 */
public record LotteryAudit(LotteryCommitment commitment, String seedHex, String beaconValue, List<LotteryEntry> entries,
                           String entryListHash, List<EntryDecision> decisions, List<String> winners) {
    /** Validates the components; bad values fail with the field named. */
    public LotteryAudit {
        Checks.notNull(commitment, "commitment");
        Checks.notBlank(seedHex, "seedHex");
        Checks.notBlank(beaconValue, "beaconValue");
        entries = Checks.listOf(entries, "entries");
        Checks.notBlank(entryListHash, "entryListHash");
        decisions = Checks.listOf(decisions, "decisions");
        winners = Checks.listOf(winners, "winners");
    }

    /** Replaces the entry list (to test tamper detection, or to check a list published elsewhere). */
    public LotteryAudit withEntries(List<LotteryEntry> other) {
        return new LotteryAudit(commitment, seedHex, beaconValue, other, entryListHash, decisions, winners);
    }

    /**
     * A copy claiming another seed; {@link Lottery#verify} reports it (for testing a verifier).
     *
     * @param otherSeedHex the seed
     * @return the copy
     */
    public LotteryAudit withSeed(String otherSeedHex) {
        return new LotteryAudit(commitment, otherSeedHex, beaconValue, entries, entryListHash, decisions, winners);
    }

    /**
     * A copy claiming another beacon value; {@link Lottery#verify} reports it (for testing a verifier).
     *
     * @param otherBeacon the beacon value
     * @return the copy
     */
    public LotteryAudit withBeaconValue(String otherBeacon) {
        return new LotteryAudit(commitment, seedHex, otherBeacon, entries, entryListHash, decisions, winners);
    }

    /**
     * A copy claiming other winners; {@link Lottery#verify} reports it (for testing a verifier).
     *
     * @param otherWinners the winners
     * @return the copy
     */
    public LotteryAudit withWinners(List<String> otherWinners) {
        return new LotteryAudit(commitment, seedHex, beaconValue, entries, entryListHash, decisions, otherWinners);
    }
}
