package io.github.mediaops.analytics.growth.competitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.content.ContentKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BenchmarkTest {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final DateRange MARCH = DateRange.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));

    record Fixture(List<TrackedAccount> accounts, List<PublicPost> posts, Map<String, String> expect) {
    }

    static Fixture load() throws IOException {
        String text;
        try (InputStream in = BenchmarkTest.class.getResourceAsStream("/golden/competitor.tsv")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<TrackedAccount> accounts = new ArrayList<>();
        List<PublicPost> posts = new ArrayList<>();
        Map<String, String> expect = new HashMap<>();
        for (String line : text.split("\n")) {
            String[] f = line.split("\t", -1);
            switch (f[0]) {
                case "account" -> accounts.add(TrackedAccount.account(f[1], Boolean.parseBoolean(f[2])).followersFrom(Long.parseLong(f[3])).to(Long.parseLong(f[4])));
                case "post" -> posts.add(PublicPost.builder().accountId(f[1]).postId(f[2]).publishedAt(Instant.ofEpochSecond(Long.parseLong(f[3]))).kind(ContentKind.valueOf(f[4])).engagements(Long.parseLong(f[5])).topics(f[6].isEmpty() ? Set.of() : new HashSet<>(Arrays.asList(f[6].split(",")))).build());
                default -> expect.put(f[1], f[2]);
            }
        }
        return new Fixture(accounts, posts, expect);
    }

    @Test
    void profiles_share_of_voice_and_percentiles_match_independent_computation() throws IOException {
        Fixture fx = load();
        Benchmark b = Benchmark.of(fx.accounts(), fx.posts(), MARCH, SHANGHAI, Set.of("防晒", "新品", "测评"), 3);
        Map<String, String> e = fx.expect();
        // the expected shapes come from the fixture keys, so a missing profile, topic or kind fails
        Set<String> accountIds = new HashSet<>();
        Set<String> topics = new HashSet<>();
        Map<String, Set<ContentKind>> kinds = new HashMap<>();
        for (String k : e.keySet()) {
            String[] part = k.split("\\.");
            if (part[0].equals("sov")) {
                topics.add(part[1]);
            } else if (part.length == 2 && part[1].equals("posts")) {
                accountIds.add(part[0]);
            } else if (part.length == 3 && part[1].equals("mix")) {
                kinds.computeIfAbsent(part[0], x -> new HashSet<>()).add(ContentKind.valueOf(part[2]));
            }
        }
        assertThat(accountIds).hasSize(fx.accounts().size());
        assertThat(b.accounts()).extracting(AccountProfile::accountId).containsExactlyInAnyOrderElementsOf(accountIds);
        assertThat(b.shareOfVoice()).extracting(Benchmark.TopicShare::topic).containsExactlyInAnyOrderElementsOf(topics);
        for (AccountProfile p : b.accounts()) {
            assertThat(p.contentMix()).as(p.accountId()).containsOnlyKeys(kinds.getOrDefault(p.accountId(), Set.of()));
            String a = p.accountId();
            assertThat(p.posts()).isEqualTo(Integer.parseInt(e.get(a + ".posts")));
            assertThat(p.postsPerWeek()).isCloseTo(Double.parseDouble(e.get(a + ".postsPerWeek")), within(1e-12));
            assertThat(p.meanEngagement()).isCloseTo(Double.parseDouble(e.get(a + ".meanEngagement")), within(1e-9));
            assertThat(p.medianEngagement()).isCloseTo(Double.parseDouble(e.get(a + ".medianEngagement")), within(1e-12));
            assertThat(p.followerGrowthRate()).isCloseTo(Double.parseDouble(e.get(a + ".followerGrowthRate")), within(1e-15));
            assertThat(p.postsByHour()).containsExactlyElementsOf(ints(e.get(a + ".hours")));
            assertThat(p.postsByWeekday()).containsExactlyElementsOf(ints(e.get(a + ".weekdays")));
            for (Map.Entry<ContentKind, Double> m : p.contentMix().entrySet()) {
                assertThat(m.getValue()).isCloseTo(Double.parseDouble(e.get(a + ".mix." + m.getKey())), within(1e-15));
            }
            assertThat(p.topPosts()).hasSizeLessThanOrEqualTo(3);
            for (int i = 1; i < p.topPosts().size(); i++) {
                assertThat(p.topPosts().get(i - 1).engagements()).isGreaterThanOrEqualTo(p.topPosts().get(i).engagements());
            }
        }
        for (Benchmark.TopicShare t : b.shareOfVoice()) {
            assertThat(t.shareOfPosts()).as(t.topic()).containsOnlyKeys(accountIds);
            assertThat(t.shareOfEngagement()).as(t.topic()).containsOnlyKeys(accountIds);
            for (TrackedAccount a : fx.accounts()) {
                String k = "sov." + t.topic() + "." + a.accountId();
                assertThat(t.shareOfPosts().get(a.accountId())).isCloseTo(Double.parseDouble(e.get(k + ".posts")), within(1e-12));
                assertThat(t.shareOfEngagement().get(a.accountId())).isCloseTo(Double.parseDouble(e.get(k + ".engagement")), within(1e-12));
            }
        }
        assertThat(b.ownPercentiles()).containsOnlyKeys("own-a", "own-b");
        b.ownPercentiles().forEach((acc, m) -> m.forEach((metric, v) ->
                // the fixture holds scipy's percentileofscore, in percent; the engine gives fractions
                assertThat(v).as(acc + " " + metric).isCloseTo(Double.parseDouble(e.get("pct." + acc + "." + metric)) / 100, within(1e-12))));
    }

    @Test
    void rejects_posts_of_untracked_accounts_and_duplicate_accounts() {
        List<TrackedAccount> acc = List.of(TrackedAccount.account("a", true).followersFrom(1).to(2));
        PublicPost stray = PublicPost.builder().accountId("z").postId("p1").publishedAt(Instant.parse("2026-03-02T00:00:00Z")).kind(ContentKind.ARTICLE).engagements(1).topics(Set.of()).build();
        assertThatThrownBy(() -> Benchmark.of(acc, List.of(stray), MARCH, SHANGHAI, Set.of(), 3))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("untracked account \"z\"");
        assertThatThrownBy(() -> Benchmark.of(List.of(acc.get(0), acc.get(0)), List.of(), MARCH, SHANGHAI, Set.of(), 3))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("twice");
        assertThatThrownBy(() -> Benchmark.of(List.of(), List.of(), MARCH, SHANGHAI, Set.of(), 3))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void account_without_posts_has_zero_activity_not_an_error() {
        Benchmark b = Benchmark.of(List.of(TrackedAccount.account("quiet", true).followersFrom(0).to(0)), List.of(), MARCH, SHANGHAI, Set.of("x"), 3);
        AccountProfile p = b.account("quiet");
        assertThat(p.posts()).isZero();
        assertThat(p.meanEngagement()).isZero();
        assertThat(p.followerGrowthRate()).isZero();
        assertThat(b.shareOfVoice().get(0).shareOfPosts().get("quiet")).isZero();
        assertThat(b.ownPercentiles().get("quiet").get("postsPerWeek")).isEqualTo(0.5);
    }

    private static List<Integer> ints(String csv) {
        return Arrays.stream(csv.split(",")).map(Integer::valueOf).toList();
    }

    @Test
    void a_public_post_names_every_missing_part_at_once() {
        assertThatThrownBy(() -> PublicPost.builder().postId("p1").engagements(3).build())
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("public post is missing accountId, publishedAt, kind");
        assertThat(TrackedAccount.own("us").followersFrom(10).to(12).followersEnd()).isEqualTo(12);
        assertThat(TrackedAccount.rival("them").followersFrom(10).to(12).own()).isFalse();
    }
}
