package io.github.mediaops.analytics.planning.fission;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Referral trees built from join events, and the viral metrics of a fission campaign.
 *
 * <p>Generation 0 are the seeds, generation g+1 the users referred by generation g. Definitions:
 * <ul>
 *   <li>K-factor of generation g: {@code |G(g+1)| / |G(g)|} — new users each user of generation g
 *       brought in (invites sent × conversion, measured directly);</li>
 *   <li>overall K: referred users / users who had a chance to refer, i.e. {@code (N - |G0|) / (N - |G(last)|)};</li>
 *   <li>viral cycle time: time from a referrer's join to their invitee's join (mean and median over all
 *       referred users);</li>
 *   <li>structural virality: see {@link Cascade}.</li>
 * </ul>
 * Example: seeds 10 → 20 → 40 → 80 gives cumulative users 10, 30, 70, 150 and K = 2 in every generation.
 */
public final class ReferralForest {
    private final Map<String, JoinEvent> byUser;
    private final Map<String, List<String>> children;
    private final Map<String, Integer> generation;
    private final List<String> roots;

    private ReferralForest(Map<String, JoinEvent> byUser, Map<String, List<String>> children,
                           Map<String, Integer> generation, List<String> roots) {
        this.byUser = byUser;
        this.children = children;
        this.generation = generation;
        this.roots = roots;
    }

    /**
     * Builds the forest.
     *
     * @throws InvalidValueException if there are no events, a user joins twice, a referrer never joined,
     *                               joined after their invitee, or referrals form a cycle
     */
    public static ReferralForest of(List<JoinEvent> events) {
        List<JoinEvent> list = Checks.listOf(events, "events");
        if (list.isEmpty()) {
            throw new InvalidValueException("events", "no join events: a referral forest needs at least one seed");
        }
        Map<String, JoinEvent> byUser = new LinkedHashMap<>();
        List<JoinEvent> sorted = new ArrayList<>(list);
        sorted.sort(Comparator.comparing(JoinEvent::joinedAt));
        for (JoinEvent e : sorted) {
            if (byUser.putIfAbsent(e.userId(), e) != null) {
                throw new InvalidValueException("events", "user " + Checks.show(e.userId()) + " joined twice");
            }
        }
        Map<String, List<String>> children = new HashMap<>();
        List<String> roots = new ArrayList<>();
        for (JoinEvent e : byUser.values()) {
            if (e.referrerId() == null) {
                roots.add(e.userId());
                continue;
            }
            JoinEvent ref = byUser.get(e.referrerId());
            if (ref == null) {
                throw new InvalidValueException("events", "user " + Checks.show(e.userId()) + " names referrer "
                        + Checks.show(e.referrerId()) + ", who never joined");
            }
            if (ref.joinedAt().isAfter(e.joinedAt())) {
                throw new InvalidValueException("events", "referrer " + Checks.show(ref.userId()) + " joined at "
                        + ref.joinedAt() + ", after their invitee " + Checks.show(e.userId()) + " at " + e.joinedAt());
            }
            children.computeIfAbsent(e.referrerId(), k -> new ArrayList<>()).add(e.userId());
        }
        Map<String, Integer> generation = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        for (String r : roots) {
            generation.put(r, 0);
            queue.add(r);
        }
        while (!queue.isEmpty()) {
            String u = queue.poll();
            for (String c : children.getOrDefault(u, List.of())) {
                generation.put(c, generation.get(u) + 1);
                queue.add(c);
            }
        }
        if (generation.size() != byUser.size()) {
            List<String> cyclic = byUser.keySet().stream().filter(u -> !generation.containsKey(u)).sorted().toList();
            throw new InvalidValueException("events", "referrals form a cycle without a seed among " + cyclic);
        }
        return new ReferralForest(byUser, children, generation, List.copyOf(roots));
    }

    /** Users in the forest. */
    public int size() {
        return byUser.size();
    }

    /** Seed user ids, in join order. */
    public List<String> seeds() {
        return roots;
    }

    /** Users referred by {@code userId}, in join order. */
    public List<String> referralsOf(String userId) {
        Checks.notBlank(userId, "userId");
        return List.copyOf(children.getOrDefault(userId, List.of()));
    }

    /** Generation of a user (0 for seeds). */
    public int generationOf(String userId) {
        Integer g = generation.get(Checks.notBlank(userId, "userId"));
        if (g == null) {
            throw new InvalidValueException("userId", "unknown user " + Checks.show(userId));
        }
        return g;
    }

    /** The deepest generation. */
    public int depth() {
        return generation.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    /** Users per generation, generation 0 first. */
    public List<Integer> generationSizes() {
        int[] sizes = new int[depth() + 1];
        generation.values().forEach(g -> sizes[g]++);
        List<Integer> out = new ArrayList<>();
        for (int s : sizes) {
            out.add(s);
        }
        return List.copyOf(out);
    }

    /** Cumulative users after each generation. */
    public List<Integer> cumulativeSizes() {
        List<Integer> out = new ArrayList<>();
        int sum = 0;
        for (int s : generationSizes()) {
            sum += s;
            out.add(sum);
        }
        return List.copyOf(out);
    }

    /** K of generations 0 .. depth-1: next generation's size over this generation's size. */
    public List<Double> kByGeneration() {
        List<Integer> sizes = generationSizes();
        List<Double> out = new ArrayList<>();
        for (int g = 0; g + 1 < sizes.size(); g++) {
            out.add((double) sizes.get(g + 1) / sizes.get(g));
        }
        return List.copyOf(out);
    }

    /** Referred users over users who could refer (all but the last generation); 0 when nobody was referred. */
    public double overallK() {
        List<Integer> sizes = generationSizes();
        int n = size();
        int referred = n - sizes.get(0);
        return referred == 0 ? 0.0 : (double) referred / (n - sizes.get(sizes.size() - 1));
    }

    /** Mean time from a referrer's join to their invitee's join; empty if nobody was referred. */
    public java.util.Optional<Duration> meanCycleTime() {
        List<Duration> d = cycleTimes();
        if (d.isEmpty()) {
            return java.util.Optional.empty();
        }
        long totalMillis = 0;
        for (Duration x : d) {
            totalMillis += x.toMillis();
        }
        return java.util.Optional.of(Duration.ofMillis(Math.round((double) totalMillis / d.size())));
    }

    /** Median cycle time (mean of the two middle values for an even count); empty if nobody was referred. */
    public java.util.Optional<Duration> medianCycleTime() {
        List<Duration> d = new ArrayList<>(cycleTimes());
        if (d.isEmpty()) {
            return java.util.Optional.empty();
        }
        d.sort(Comparator.naturalOrder());
        int m = d.size() / 2;
        return java.util.Optional.of(d.size() % 2 == 1 ? d.get(m) : d.get(m - 1).plus(d.get(m)).dividedBy(2));
    }

    private List<Duration> cycleTimes() {
        List<Duration> out = new ArrayList<>();
        for (JoinEvent e : byUser.values()) {
            if (e.referrerId() != null) {
                out.add(Duration.between(byUser.get(e.referrerId()).joinedAt(), e.joinedAt()));
            }
        }
        return out;
    }

    /** One cascade per seed, in seed join order. */
    public List<Cascade> cascades() {
        List<Cascade> out = new ArrayList<>();
        for (String root : roots) {
            out.add(cascade(root));
        }
        return List.copyOf(out);
    }

    /**
     * Mean structural virality over cascades with at least two users (single users carry no structure);
     * 0 when there are none.
     */
    public double meanStructuralVirality() {
        return cascades().stream().filter(c -> c.size() >= 2).mapToDouble(Cascade::structuralVirality).average()
                .orElse(0.0);
    }

    private Cascade cascade(String root) {
        // Post-order subtree sizes; the sum over pairs of distances equals the sum over edges of s(n - s)
        // (Wiener index of a tree), so mean distance = 2 W / (n (n - 1)).
        List<String> order = new ArrayList<>();
        Deque<String> stack = new ArrayDeque<>();
        stack.push(root);
        int depth = 0;
        while (!stack.isEmpty()) {
            String u = stack.pop();
            order.add(u);
            depth = Math.max(depth, generation.get(u) - generation.get(root));
            for (String c : children.getOrDefault(u, List.of())) {
                stack.push(c);
            }
        }
        int n = order.size();
        Map<String, Integer> sub = new HashMap<>();
        double wiener = 0;
        for (int i = order.size() - 1; i >= 0; i--) {
            String u = order.get(i);
            int s = 1;
            for (String c : children.getOrDefault(u, List.of())) {
                int sc = sub.get(c);
                s += sc;
                wiener += (double) sc * (n - sc);
            }
            sub.put(u, s);
        }
        double virality = n < 2 ? 0.0 : 2.0 * wiener / ((double) n * (n - 1));
        return new Cascade(root, n, depth, virality);
    }
}
