package io.github.mediaops.connector.weibo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.mediaops.connector.support.ReauthorizationRequiredException;
import io.github.mediaops.connector.support.UserGrant;
import io.github.mediaops.connector.tck.KitResilience;
import io.github.mediaops.connector.tck.RecordedResponses;
import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.connector.InvalidRequestException;
import io.github.mediaops.core.connector.Page;
import io.github.mediaops.core.connector.PageRequest;
import io.github.mediaops.core.connector.Secret;
import io.github.mediaops.core.engagement.Comment;
import io.github.mediaops.core.engagement.ReplyState;
import io.github.mediaops.core.metrics.AudienceMetric;
import io.github.mediaops.core.metrics.AudienceMetrics;
import io.github.mediaops.core.metrics.ContentMetrics;
import io.github.mediaops.core.metrics.Metric;
import io.github.mediaops.core.publish.PublishTicket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Responses recorded by others (the official open.weibo.com examples, the test fixtures of weiboclient4j and
 * spring-social-weibo, error bodies quoted in wojilu; see {@code replay/SOURCES.md}) served over loopback in order and
 * read through the connector's public API, field by field. Tokens in the recordings are the sources' own placeholders.
 */
class WeiboReplayTest {
    private static final Instant NOW = Instant.parse("2026-11-20T04:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private static final DateRange DAYS = DateRange.of(TODAY.minusDays(6), TODAY);
    private RecordedResponses replay;
    private WeiboConnector weibo;

    @BeforeEach
    void start() {
        replay = new RecordedResponses();
        weibo = WeiboConnector.builder(WeiboTestSupport.config(replay.baseUrl(), "2975463159", "replay-secret", CLOCK,
                        Duration.ofSeconds(5)))
                .resilience(KitResilience.fastRetries()).redirectUri(java.net.URI.create("https://brand.example.cn/cb"))
                .safeDomains("brand.example.cn").userIp(WeiboTestSupport.USER_IP).build();
    }

    @AfterEach
    void stop() {
        weibo.close();
        replay.close();
    }

    private void seedWebGrant() {
        weibo.seed(new UserGrant(WeiboTestSupport.UID, Secret.of("fake-replay-token"), NOW.plus(Duration.ofDays(7)), null,
                null, 0));
    }

    @Test
    void weiboclient4j_access_token_answer_becomes_the_accounts_grant() {
        replay.enqueue(200, "weiboclient4j/access_token_response.json");

        UserGrant g = weibo.authorize("4a9f1c");

        assertThat(g.account()).isEqualTo("12341234");
        assertThat(g.accessToken().reveal()).isEqualTo("ACCESS_TOKEN");
        assertThat(g.accessExpiresAt()).isEqualTo(NOW.plusSeconds(1234));
        assertThat(g.refresh()).as("a web app gets no refresh token").isEmpty();
        assertThat(replay.received()).singleElement().satisfies(r -> {
            assertThat(r.method()).isEqualTo("POST");
            assertThat(r.uri()).isEqualTo("/oauth2/access_token");
            assertThat(r.body()).contains("grant_type=authorization_code", "code=4a9f1c", "client_id=2975463159",
                    "redirect_uri=https%3A%2F%2Fbrand.example.cn%2Fcb");
        });
    }

    @Test
    void official_access_token_example_is_read_the_same_way() {
        replay.enqueue(200, "official/oauth2_access_token_en.json");

        UserGrant g = weibo.authorize("code-2");

        assertThat(g.account()).isEqualTo("12341234");
        assertThat(g.accessExpiresAt()).isEqualTo(NOW.plusSeconds(1234));
        assertThat(weibo.grant("12341234")).hasValueSatisfying(s -> assertThat(s.accessToken().reveal()).isEqualTo("ACCESS_TOKEN"));
    }

    @Test
    void weiboclient4j_token_info_gives_the_authorisation_time_and_expiry() {
        seedWebGrant();
        replay.enqueue(200, "weiboclient4j/token_info.json");

        WeiboTokenInfo info = weibo.tokenInfo(WeiboTestSupport.ACCOUNT);

        assertThat(info.uid()).isEqualTo("1073880650");
        assertThat(info.appKey()).isEqualTo("1352222456");
        assertThat(info.scope()).isEmpty();
        assertThat(info.authorized()).isEqualTo(Instant.ofEpochSecond(1352267591));
        assertThat(info.expiresAt()).isEqualTo(NOW.plusSeconds(157679471));
        assertThat(replay.received().get(0).body()).isEqualTo("access_token=fake-replay-token");
    }

    @Test
    void spring_social_status_is_the_published_ticket() {
        seedWebGrant();
        replay.enqueue(200, "spring-social-weibo/status.json");

        PublishTicket t = weibo.publishing().publish(WeiboTestSupport.request("replay-1",
                WeiboTestSupport.post("a brand new weibo https://brand.example.cn/n")));

        assertThat(t.ticketId()).isEqualTo("11488058246");
        assertThat(t.live()).hasValueSatisfying(p -> {
            assertThat(p.postId()).isEqualTo("11488058246");
            assertThat(p.publishedAt()).isEqualTo(Instant.parse("2011-05-31T09:46:55Z"));
            assertThat(p.url()).hasToString("https://m.weibo.cn/status/11488058246");
        });
        assertThat(replay.received()).singleElement().satisfies(r -> {
            assertThat(r.uri()).isEqualTo("/2/statuses/share.json");
            assertThat(r.body()).contains("status=a+brand+new+weibo+https%3A%2F%2Fbrand.example.cn%2Fn")
                    .contains("rip=211.156.0.1");
        });
    }

    @Test
    void official_users_show_example_is_the_follower_snapshot() {
        seedWebGrant();
        replay.enqueue(200, "weiboclient4j/user2.json");

        List<AudienceMetrics> a = weibo.audienceMetrics().audienceMetrics(WeiboTestSupport.ACCOUNT, DAYS);

        assertThat(a).singleElement().satisfies(m -> {
            assertThat(m.day()).isEqualTo(TODAY);
            assertThat(m.asOf()).isEqualTo(NOW);
            assertThat(m.count(AudienceMetric.FOLLOWERS_TOTAL)).hasValue(1204);
        });
        assertThat(replay.received().get(0).uri()).isEqualTo("/2/users/show.json?access_token=fake-replay-token&uid=5566778899");
    }

    @Test
    void spring_social_profile_is_read_with_its_string_id() {
        seedWebGrant();
        replay.enqueue(200, "spring-social-weibo/profile.json");

        assertThat(weibo.audienceMetrics().audienceMetrics(WeiboTestSupport.ACCOUNT, DAYS)).singleElement()
                .satisfies(m -> assertThat(m.count(AudienceMetric.FOLLOWERS_TOTAL)).hasValue(1));
    }

    @Test
    void spring_social_cursored_comments_are_a_page_with_authors_and_times() {
        seedWebGrant();
        replay.enqueue(200, "spring-social-weibo/cursoredComments.json");

        Page<Comment> page = weibo.comments().comments(WeiboTestSupport.ACCOUNT, "11488058246", PageRequest.first(2));

        assertThat(page.items()).extracting(Comment::commentId).containsExactly("12438492184", "12438492183");
        assertThat(page.items()).extracting(Comment::text).containsExactly("我喜欢你做的", "not bad");
        assertThat(page.items()).extracting(c -> c.author().id()).containsExactly("1404376560", "1404376569");
        assertThat(page.items()).extracting(c -> c.author().name()).containsExactly("zaku", "John Rambo");
        assertThat(page.items()).extracting(Comment::createdAt)
                .containsExactly(Instant.parse("2011-05-31T16:50:25Z"), Instant.parse("2011-05-31T16:00:25Z"));
        assertThat(page.items()).allSatisfy(c -> assertThat(c.postId()).isEqualTo("11488058246"));
        assertThat(page.nextCursor()).as("2 of total_number 7 read").isEqualTo("2");
    }

    @Test
    void spring_social_comment_is_the_reply_and_the_deleted_comment() {
        seedWebGrant();
        replay.enqueue(200, "spring-social-weibo/comment.json").enqueue(200, "spring-social-weibo/comment.json");
        Comment asked = Comment.of(io.github.mediaops.core.platform.Platform.WEIBO, "11488058246", "12438490000",
                new io.github.mediaops.core.engagement.Author("1404376569", "john"), Instant.parse("2011-05-31T15:00:00Z"), "?");

        Comment replied = weibo.comments().reply(WeiboTestSupport.ACCOUNT, asked, "我喜欢你做的", "replay-reply");
        weibo.comments().delete(WeiboTestSupport.ACCOUNT, replied.replies().get(0));

        assertThat(replied.state()).isEqualTo(ReplyState.REPLIED);
        assertThat(replied.replies()).singleElement().satisfies(r -> {
            assertThat(r.commentId()).isEqualTo("12438492184");
            assertThat(r.author().id()).isEqualTo("1404376560");
            assertThat(r.createdAt()).isEqualTo(Instant.parse("2011-05-31T16:50:25Z"));
        });
        assertThat(replay.received().get(0).body()).contains("cid=12438490000", "id=11488058246", "without_mention=1",
                "rip=211.156.0.1");
        assertThat(replay.received().get(1).uri()).isEqualTo("/2/comments/destroy.json");
        assertThat(replay.received().get(1).body()).contains("cid=12438492184");
    }

    @Test
    void official_users_counts_example_reads_counts_sent_as_text() {
        seedWebGrant();
        replay.enqueue(200, "official/users_counts.json");

        List<AudienceMetrics> a = weibo.userCounts(WeiboTestSupport.ACCOUNT, List.of("1404376560"));

        assertThat(a).singleElement().satisfies(m -> {
            assertThat(m.account().accountId()).isEqualTo("1404376560");
            assertThat(m.count(AudienceMetric.FOLLOWERS_TOTAL)).hasValue(1369);
        });
    }

    @Test
    void official_status_count_example_maps_likes_reposts_and_comments() {
        seedWebGrant();
        replay.enqueue(200, "official/statuses_count_biz.json");

        List<ContentMetrics> m = weibo.statusMetrics(WeiboTestSupport.ACCOUNT, List.of("32817222"));

        assertThat(m).singleElement().satisfies(x -> {
            assertThat(x.postId()).isEqualTo("32817222");
            assertThat(x.count(Metric.COMMENTS)).hasValue(16);
            assertThat(x.count(Metric.SHARES)).hasValue(38);
            assertThat(x.count(Metric.LIKES)).hasValue(38);
            assertThat(x.has(Metric.VIEWS)).isFalse();
        });
        assertThat(replay.received().get(0).uri()).isEqualTo("/2/statuses/count.json?access_token=fake-replay-token&ids=32817222");
    }

    @Test
    void official_media_count_example_maps_reads_to_views() {
        seedWebGrant();
        replay.enqueue(200, "official/media_statuses_count_sp_biz.json");

        List<ContentMetrics> m = weibo.statusMetrics(WeiboTestSupport.ACCOUNT, List.of("3468865533114224", "3468815805141776"));

        assertThat(m).extracting(ContentMetrics::postId).containsExactly("3468865533114224", "3468815805141776");
        assertThat(m.get(0).count(Metric.COMMENTS)).hasValue(37495);
        assertThat(m.get(0).count(Metric.SHARES)).hasValue(39118);
        assertThat(m.get(0).count(Metric.LIKES)).hasValue(0);
        assertThat(m.get(0).count(Metric.VIEWS)).hasValue(132);
        assertThat(m.get(1).count(Metric.SHARES)).hasValue(23858);
    }

    @Test
    void wojilu_expired_token_is_refreshed_with_a_mobile_grant_and_the_call_repeated() {
        weibo.seed(new UserGrant(WeiboTestSupport.UID, Secret.of("fake-old-token"), NOW.plus(Duration.ofDays(1)),
                Secret.of("fake-refresh-token"), NOW.plus(Duration.ofDays(20)), 0));
        replay.enqueue(401, "wojilu/expired_token.json")
                .enqueue(200, "official/oauth2_access_token_en.json")
                .enqueue(200, "weiboclient4j/user2.json");

        List<AudienceMetrics> a = weibo.audienceMetrics().audienceMetrics(WeiboTestSupport.ACCOUNT, DAYS);

        assertThat(a).singleElement().satisfies(m -> assertThat(m.count(AudienceMetric.FOLLOWERS_TOTAL)).hasValue(1204));
        assertThat(replay.received()).extracting(RecordedResponses.Received::uri).containsExactly(
                "/2/users/show.json?access_token=fake-old-token&uid=5566778899", "/oauth2/access_token",
                "/2/users/show.json?access_token=ACCESS_TOKEN&uid=5566778899");
        assertThat(replay.received().get(1).body()).contains("grant_type=refresh_token", "refresh_token=fake-refresh-token");
    }

    @Test
    void wojilu_invalid_access_token_on_a_web_grant_asks_for_reauthorisation() {
        seedWebGrant();
        replay.enqueue(401, "wojilu/invalid_access_token.json");

        ReauthorizationRequiredException e = catchThrowableOfType(ReauthorizationRequiredException.class,
                () -> weibo.statusMetrics(WeiboTestSupport.ACCOUNT, List.of("32817222")));

        assertThat(e.account()).isEqualTo(WeiboTestSupport.UID);
        assertThat(replay.received()).hasSize(1);
    }

    @Test
    void an_unlisted_code_keeps_weibos_code_and_message() {
        seedWebGrant();
        replay.enqueue(400, "weiboclient4j/error_need_follow.json");

        InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class,
                () -> weibo.comments().comments(WeiboTestSupport.ACCOUNT, "11488058246", PageRequest.first(20)));

        assertThat(e.platformCode()).hasValue("20502");
        assertThat(e.platformMessage()).hasValue("Need you follow uid.");
        assertThat(e.httpStatus()).hasValue(400);
        assertThat(e.retryable()).isFalse();
    }

    @Test
    void the_legacy_403_rate_limit_body_is_kept_as_an_unlisted_code_with_its_message() {
        seedWebGrant();
        replay.enqueue(403, "weiboclient4j/error_out_of_rate_limit.json");

        InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class,
                () -> weibo.audienceMetrics().audienceMetrics(WeiboTestSupport.ACCOUNT, DAYS));

        assertThat(e.platformCode()).hasValue("403");
        assertThat(e.platformMessage()).hasValueSatisfying(m -> assertThat(m).contains("40315", "out of rate limit"));
        assertThat(replay.received()).hasSize(1);
    }

    @Test
    void the_official_count_failure_template_keeps_its_code() {
        seedWebGrant();
        replay.enqueue(400, "official/count_sp_failure.json");

        InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class,
                () -> weibo.statusMetrics(WeiboTestSupport.ACCOUNT, List.of("3468865533114224")));

        assertThat(e.platformCode()).hasValue("201XX");
        assertThat(e.platformMessage()).hasValue("error message.");
    }
}
