package io.github.mediaops.analytics.planning.lottery;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.random.RandomGenerator;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A verifiable lottery (抽奖) by commit–reveal with a public beacon.
 *
 * <ol>
 *   <li><b>Commit</b> (before entries close): pick a secret 32-byte seed ({@link #newSeed}), publish
 *       a {@link LotteryCommitment} — SHA-256(seed), the beacon whose future value will be used, the close time,
 *       the rules and the number of winners.</li>
 *   <li><b>Close</b>: freeze the ordered entry list and publish {@link #entryListHash} and its size.</li>
 *   <li><b>Draw</b>: when the beacon value is out, {@link #draw} reveals the seed; every entry gets the
 *       score HMAC-SHA256(key = seed, message = "mediaops-lottery-v1\n" + beacon value + "\n" + entry
 *       list hash + "\n" + index + "\n" + userId); eligible entries ranked by ascending score (ties by
 *       index) win.</li>
 *   <li><b>Verify</b>: anyone re-runs {@link #verify} on the published {@link LotteryAudit}, passing the
 *       commitment and entry-list hash <em>as they were published before the draw</em> (archived copies,
 *       not the ones inside the audit: an organiser who redraws with a new seed also writes a new
 *       commitment into the new audit).</li>
 * </ol>
 *
 * <p>Canonical entry list: for each entry in order, the UTF-8 line {@code userId TAB enteredAt-epoch-millis
 * TAB follows(1|0) TAB accountCreated-epoch-millis-or-"-" TAB base64(UTF-8 text) LF}; the hash is
 * SHA-256 over the concatenation. See the module README for the threat model. HMAC per RFC 2104, SHA-256 per
 * FIPS 180-4.
 *
 * @since 0.1.0
 */
public final class Lottery {
    static final String DOMAIN = "mediaops-lottery-v1";
    private static final HexFormat HEX = HexFormat.of();

    private Lottery() {
    }

    /**
     * A fresh 32-byte seed as lower-case hex.
     *
     * @param random a {@link SecureRandom}: a seed from a predictable generator (SplittableRandom, Random,
     *               a seeded PRNG) can be guessed from the commitment, which breaks the whole scheme
     * @return 64 lower-case hex digits
     * @throws InvalidValueException if {@code random} is not a {@link SecureRandom}
     */
    public static String newSeed(RandomGenerator random) {
        Checks.notNull(random, "random");
        if (!(random instanceof SecureRandom)) {
            throw new InvalidValueException("random", "a lottery seed needs a java.security.SecureRandom (was "
                    + random.getClass().getName() + ")");
        }
        byte[] seed = new byte[32];
        for (int i = 0; i < seed.length; i += 8) {
            long v = random.nextLong();
            for (int k = 0; k < 8; k++) {
                seed[i + k] = (byte) (v >>> (8 * k));
            }
        }
        return HEX.formatHex(seed);
    }

    /** Lower-case hex SHA-256 of the canonical entry list; publish it at close. */
    public static String entryListHash(List<LotteryEntry> entries) {
        Checks.listOf(entries, "entries");
        StringBuilder b = new StringBuilder();
        Base64.Encoder b64 = Base64.getEncoder();
        for (LotteryEntry e : entries) {
            b.append(e.userId()).append('\t').append(e.enteredAt().toEpochMilli()).append('\t')
                    .append(e.follows() ? '1' : '0').append('\t')
                    .append(e.accountCreatedAt() == null ? "-" : Long.toString(e.accountCreatedAt().toEpochMilli()))
                    .append('\t').append(b64.encodeToString(e.text().getBytes(StandardCharsets.UTF_8))).append('\n');
        }
        return sha256Hex(b.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Draws the winners.
     *
     * @param frozenEntries the entry list exactly as frozen at close
     * @param seedHex       the secret seed, now revealed
     * @param beaconValue   the value the named beacon published
     * @throws InvalidValueException if the seed does not match the commitment
     */
    public static LotteryAudit draw(LotteryCommitment commitment, List<LotteryEntry> frozenEntries, String seedHex,
                                    String beaconValue) {
        Checks.notNull(commitment, "commitment");
        List<LotteryEntry> entries = Checks.listOf(frozenEntries, "frozenEntries");
        byte[] seed = seed(seedHex);
        if (!sha256Hex(seed).equals(commitment.seedCommitment())) {
            throw new InvalidValueException("seedHex", "the seed does not match the published commitment "
                    + commitment.seedCommitment());
        }
        Checks.notBlank(beaconValue, "beaconValue");
        String hash = entryListHash(entries);
        List<EntryDecision> decisions = decide(commitment, entries, seed, beaconValue, hash);
        return new LotteryAudit(commitment, seedHex.toLowerCase(Locale.ROOT), beaconValue, entries, hash, decisions,
                winners(decisions, commitment.winners()));
    }

    /**
     * Re-computes an audit against what the organiser published before the draw and lists every mismatch.
     * A tampered entry, seed, beacon value or winner list fails, and so does an audit whose commitment or
     * entry-list hash is not the one published earlier (a redraw with a fresh seed and a new commitment).
     *
     * @param audit                 the audit published after the draw
     * @param publishedCommitment   the commitment as published before entries closed (the verifier's own copy)
     * @param publishedEntryListHash the entry-list hash as published at close (the verifier's own copy)
     * @return every problem found; valid when there is none
     */
    public static Verification verify(LotteryAudit audit, LotteryCommitment publishedCommitment,
                                      String publishedEntryListHash) {
        Checks.notNull(audit, "audit");
        Checks.notNull(publishedCommitment, "publishedCommitment");
        Checks.notBlank(publishedEntryListHash, "publishedEntryListHash");
        List<String> problems = new ArrayList<>();
        if (!audit.commitment().equals(publishedCommitment)) {
            problems.add("the audit's commitment " + audit.commitment() + " is not the one published before the draw "
                    + publishedCommitment);
        }
        if (!audit.entryListHash().equals(publishedEntryListHash.toLowerCase(Locale.ROOT))) {
            problems.add("the audit's entry-list hash " + audit.entryListHash() + " is not the one published at close "
                    + publishedEntryListHash);
        }
        byte[] seed;
        try {
            seed = seed(audit.seedHex());
        } catch (InvalidValueException e) {
            problems.add("seed is not valid hex: " + e.getMessage());
            return new Verification(problems);
        }
        if (!sha256Hex(seed).equals(audit.commitment().seedCommitment())) {
            problems.add("SHA-256 of the revealed seed is " + sha256Hex(seed) + ", not the committed "
                    + audit.commitment().seedCommitment());
        }
        String hash = entryListHash(audit.entries());
        if (!hash.equals(audit.entryListHash())) {
            problems.add("entry list hashes to " + hash + ", not the published " + audit.entryListHash());
        }
        List<EntryDecision> decisions = decide(audit.commitment(), audit.entries(), seed, audit.beaconValue(),
                audit.entryListHash());
        if (!decisions.equals(audit.decisions())) {
            problems.add("re-computed entry decisions differ from the published ones");
        }
        List<String> winners = winners(decisions, audit.commitment().winners());
        if (!winners.equals(audit.winners())) {
            problems.add("re-computed winners " + winners + " differ from the published " + audit.winners());
        }
        return new Verification(problems);
    }

    private static List<EntryDecision> decide(LotteryCommitment c, List<LotteryEntry> entries, byte[] seed,
                                              String beaconValue, String listHash) {
        EligibilityRules rules = c.rules();
        Set<String> counted = new HashSet<>();
        List<EntryDecision> out = new ArrayList<>(entries.size());
        Mac mac = hmac(seed);
        for (int i = 0; i < entries.size(); i++) {
            LotteryEntry e = entries.get(i);
            Ineligibility reason = reason(e, rules, c.closeAt());
            if (reason == null && rules.onePerUser() && !counted.add(e.userId())) {
                reason = Ineligibility.DUPLICATE;
            }
            String message = DOMAIN + "\n" + beaconValue + "\n" + listHash + "\n" + i + "\n" + e.userId();
            String score = HEX.formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
            out.add(new EntryDecision(i, e.userId(), reason, score));
        }
        return List.copyOf(out);
    }

    private static Ineligibility reason(LotteryEntry e, EligibilityRules rules, Instant closeAt) {
        if (e.enteredAt().isAfter(closeAt)) {
            return Ineligibility.LATE;
        }
        if (rules.excludedUsers().contains(e.userId())) {
            return Ineligibility.EXCLUDED;
        }
        if (rules.mustFollow() && !e.follows()) {
            return Ineligibility.NOT_FOLLOWING;
        }
        if (rules.requiredKeyword() != null
                && !e.text().toLowerCase(Locale.ROOT).contains(rules.requiredKeyword().toLowerCase(Locale.ROOT))) {
            return Ineligibility.MISSING_KEYWORD;
        }
        if (!rules.minAccountAge().isZero() && (e.accountCreatedAt() == null
                || Duration.between(e.accountCreatedAt(), closeAt).compareTo(rules.minAccountAge()) < 0)) {
            return Ineligibility.ACCOUNT_TOO_NEW;
        }
        return null;
    }

    private static List<String> winners(List<EntryDecision> decisions, int count) {
        return decisions.stream().filter(EntryDecision::eligible)
                .sorted(Comparator.comparing(EntryDecision::score).thenComparingInt(EntryDecision::index))
                .limit(count).map(EntryDecision::userId).toList();
    }

    static byte[] seed(String seedHex) {
        Checks.notBlank(seedHex, "seedHex");
        byte[] seed;
        try {
            seed = HEX.parseHex(seedHex.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("seedHex", "seedHex is not hex (length " + seedHex.length() + ")");
        }
        if (seed.length < 16) {
            throw new InvalidValueException("seedHex", "the seed must have at least 16 bytes (had " + seed.length + ")");
        }
        return seed;
    }

    private static Mac hmac(byte[] key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required by every Java platform", e);
        }
    }

    static String sha256Hex(byte[] data) {
        try {
            return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
