package io.github.mediaops.analytics.growth.competitor;

import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.content.ContentKind;
import io.github.mediaops.core.validate.Checks;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A competitor benchmark over one period.
 *
 * <p>Share of voice on a topic: each account's share of the posts on that topic, and its share of
 * the engagements those posts earned. Percentiles: for each own account and metric, the percentile
 * rank among all tracked accounts (own and competitors) with ties counted half, as a fraction like every
 * rate in mediaops: {@code (below + 0.5 × equal) / n}, so 0.75 is the 75th percentile (scipy's
 * {@code percentileofscore(kind="mean")} divided by 100).
 *
 * @param period        the period, in {@code zone}'s calendar
 * @param accounts      one profile per tracked account, in the order given
 * @param shareOfVoice  per topic
 * @param ownPercentiles own account id → metric name → percentile rank in [0, 1] (metrics: {@link #METRICS})
 *
 * @since 0.1.0
 */
public record Benchmark(DateRange period, List<AccountProfile> accounts, List<TopicShare> shareOfVoice,
                        Map<String, Map<String, Double>> ownPercentiles) {

    /** Metrics ranked in {@link #ownPercentiles}. */
    public static final List<String> METRICS = List.of("postsPerWeek", "meanEngagement", "medianEngagement",
            "followerGrowthRate");

    /** Share of voice on one topic. */
    public record TopicShare(String topic, long posts, Map<String, Double> shareOfPosts, Map<String, Double> shareOfEngagement) {
        /** Validates the components; bad values fail with the field named. */
        public TopicShare {
            shareOfPosts = Map.copyOf(shareOfPosts);
            shareOfEngagement = Map.copyOf(shareOfEngagement);
        }
    }

    /** Validates the components; bad values fail with the field named. */
    public Benchmark {
        Checks.notNull(period, "period");
        accounts = List.copyOf(accounts);
        shareOfVoice = List.copyOf(shareOfVoice);
        ownPercentiles = Map.copyOf(ownPercentiles);
    }

    /** The profile of one account. */
    public AccountProfile account(String id) {
        return accounts.stream().filter(a -> a.accountId().equals(id)).findFirst()
                .orElseThrow(() -> new InvalidValueException("id", "no account " + Checks.show(id)));
    }

    /**
     * Builds a benchmark. Posts outside the period (by local date in {@code zone}) are ignored.
     *
     * @param accounts tracked accounts, ids unique, at least one
     * @param posts    posts of those accounts
     * @param period   the period
     * @param zone     the zone for local dates and hours
     * @param topics   topics for share of voice (may be empty)
     * @param topN     how many top posts to keep per account, &ge; 0
     * @throws InvalidValueException if a post belongs to an account that is not tracked
     */
    public static Benchmark of(List<TrackedAccount> accounts, List<PublicPost> posts, DateRange period, ZoneId zone,
                               Set<String> topics, int topN) {
        List<TrackedAccount> acc = Checks.listOf(accounts, "accounts");
        List<PublicPost> ps = Checks.listOf(posts, "posts");
        Checks.notNull(period, "period");
        Checks.notNull(zone, "zone");
        Set<String> tps = Checks.setOf(topics, "topics");
        Checks.nonNegative(topN, "topN");
        if (acc.isEmpty()) {
            throw new InvalidValueException("accounts", "accounts must not be empty");
        }
        Map<String, List<PublicPost>> byAccount = new LinkedHashMap<>();
        for (TrackedAccount a : acc) {
            if (byAccount.put(a.accountId(), new ArrayList<>()) != null) {
                throw new InvalidValueException("accounts", "account " + Checks.show(a.accountId()) + " appears twice");
            }
        }
        for (PublicPost p : ps) {
            List<PublicPost> list = byAccount.get(p.accountId());
            if (list == null) {
                throw new InvalidValueException("posts", "post " + p.postId() + " belongs to untracked account "
                        + Checks.show(p.accountId()));
            }
            LocalDate d = p.publishedAt().atZone(zone).toLocalDate();
            if (period.contains(d)) {
                list.add(p);
            }
        }
        double weeks = period.days() / 7.0;
        List<AccountProfile> profiles = new ArrayList<>();
        for (TrackedAccount a : acc) {
            List<PublicPost> list = byAccount.get(a.accountId());
            Integer[] hours = new Integer[24];
            Integer[] days = new Integer[7];
            Arrays.fill(hours, 0);
            Arrays.fill(days, 0);
            Map<ContentKind, Integer> kinds = new EnumMap<>(ContentKind.class);
            double[] eng = new double[list.size()];
            for (int i = 0; i < list.size(); i++) {
                PublicPost p = list.get(i);
                ZonedDateTime z = p.publishedAt().atZone(zone);
                hours[z.getHour()]++;
                days[z.getDayOfWeek().getValue() - 1]++;
                kinds.merge(p.kind(), 1, Integer::sum);
                eng[i] = p.engagements();
            }
            Map<ContentKind, Double> mix = new EnumMap<>(ContentKind.class);
            kinds.forEach((k, v) -> mix.put(k, (double) v / list.size()));
            double mean = Arrays.stream(eng).average().orElse(0);
            double median = median(eng);
            long growth = a.followersEnd() - a.followersStart();
            double rate = a.followersStart() == 0 ? 0 : (double) growth / a.followersStart();
            List<PublicPost> top = list.stream().sorted(Comparator.comparingLong(PublicPost::engagements).reversed()
                    .thenComparing(PublicPost::publishedAt)).limit(topN).toList();
            profiles.add(new AccountProfile(a.accountId(), a.own(), list.size(), list.size() / weeks, List.of(hours),
                    List.of(days), mix, mean, median, growth, rate, top));
        }
        List<TopicShare> sov = new ArrayList<>();
        for (String t : tps.stream().sorted().toList()) {
            Map<String, Long> count = new HashMap<>();
            Map<String, Long> eng = new HashMap<>();
            long totalPosts = 0;
            long totalEng = 0;
            for (Map.Entry<String, List<PublicPost>> e : byAccount.entrySet()) {
                for (PublicPost p : e.getValue()) {
                    if (p.topics().contains(t)) {
                        count.merge(e.getKey(), 1L, Long::sum);
                        eng.merge(e.getKey(), p.engagements(), Long::sum);
                        totalPosts++;
                        totalEng += p.engagements();
                    }
                }
            }
            Map<String, Double> sp = new HashMap<>();
            Map<String, Double> se = new HashMap<>();
            for (String id : byAccount.keySet()) {
                sp.put(id, totalPosts == 0 ? 0 : (double) count.getOrDefault(id, 0L) / totalPosts);
                se.put(id, totalEng == 0 ? 0 : (double) eng.getOrDefault(id, 0L) / totalEng);
            }
            sov.add(new TopicShare(t, totalPosts, sp, se));
        }
        Map<String, Map<String, Double>> pct = new LinkedHashMap<>();
        for (AccountProfile own : profiles) {
            if (!own.own()) {
                continue;
            }
            Map<String, Double> m = new LinkedHashMap<>();
            for (String metric : METRICS) {
                double v = metric(own, metric);
                double[] all = profiles.stream().mapToDouble(p -> metric(p, metric)).toArray();
                m.put(metric, percentileRank(all, v));
            }
            pct.put(own.accountId(), m);
        }
        return new Benchmark(period, profiles, sov, pct);
    }

    static double metric(AccountProfile p, String name) {
        return switch (name) {
            case "postsPerWeek" -> p.postsPerWeek();
            case "meanEngagement" -> p.meanEngagement();
            case "medianEngagement" -> p.medianEngagement();
            default -> p.followerGrowthRate();
        };
    }

    /** {@code 100 × (below + 0.5 × equal) / n}. */
    static double percentileRank(double[] all, double v) {
        int below = 0;
        int equal = 0;
        for (double x : all) {
            if (x < v) {
                below++;
            } else if (x == v) {
                equal++;
            }
        }
        return (below + 0.5 * equal) / all.length;
    }

    private static double median(double[] v) {
        if (v.length == 0) {
            return 0;
        }
        double[] c = v.clone();
        Arrays.sort(c);
        int n = c.length;
        return n % 2 == 1 ? c[n / 2] : 0.5 * (c[n / 2 - 1] + c[n / 2]);
    }
}
