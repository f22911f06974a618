package io.github.mediaops.connector.wechat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mediaops.connector.tck.Fault;
import io.github.mediaops.connector.wechat.simulator.WeChatSimulator;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.connector.ConnectorException;
import io.github.mediaops.core.connector.NotFoundException;
import io.github.mediaops.core.connector.PageRequest;
import io.github.mediaops.core.engagement.Comment;
import io.github.mediaops.core.metrics.ContentMetrics;
import io.github.mediaops.core.metrics.Coverage;
import io.github.mediaops.core.metrics.Metric;
import io.github.mediaops.core.publish.PublishStatus;
import io.github.mediaops.core.publish.PublishTicket;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The WeChat-specific feature objects and the real shapes, against the simulator. */
class WeChatFeaturesTest {
    private static final String POST = "2650000001_1";

    @Test
    void account_reads_take_the_total_row_and_never_add_it_to_the_sources() {
        try (WeChatSimulator sim = WeChatTestSupport.simulator().build();
             WeChatConnector c = WeChatTestSupport.connector(sim)) {
            List<WeChatAccountReads> days = c.datacube().accountReads(WeChatTestSupport.lastDays(4));
            assertThat(days).hasSize(4);
            for (WeChatAccountReads d : days) {
                long sourceReads = d.readsBySource().values().stream().mapToLong(WeChatCount::count).sum();
                long sourceReaders = d.readsBySource().values().stream().mapToLong(WeChatCount::users).sum();
                assertThat(d.readsBySource()).containsOnlyKeys("session", "friends", "moments", "history", "kanyikan", "souyisou");
                assertThat(d.reads()).as("every read has one source").hasValue(sourceReads);
                assertThat(d.readers().getAsLong()).as("WeChat's total, not the sum over sources").isLessThan(sourceReaders);
                assertThat(d.sharesByScene()).containsOnlyKeys("friends", "moments", "other");
                assertThat(d.shares()).hasValue(d.sharesByScene().values().stream().mapToLong(WeChatCount::count).sum());
                assertThat(d.sharers()).as("sharers cannot be added over scenes").isEmpty();
            }
            assertThat(sim.requests("datacube/getuserread")).isEqualTo(2);
        }
    }

    @Test
    void hourly_reads_cover_24_hours_of_one_day() {
        try (WeChatSimulator sim = WeChatTestSupport.simulator().build();
             WeChatConnector c = WeChatTestSupport.connector(sim)) {
            List<WeChatAccountReads> hours = c.datacube().hourlyReads(WeChatTestSupport.LAST_DAY);
            assertThat(hours).hasSize(24);
            assertThat(hours).extracting(h -> h.hour().getAsInt()).containsExactlyElementsOf(
                    java.util.stream.IntStream.range(0, 24).boxed().toList());
            assertThat(hours).allSatisfy(h -> assertThat(h.readers()).isPresent());
            assertThat(c.datacube().hourlyReads(WeChatTestSupport.LAST_DAY.plusDays(1))).as("not final yet").isEmpty();
        }
    }

    @Test
    void article_totals_keep_delivered_users_and_the_source_split_and_reach_is_core_metric() {
        try (WeChatSimulator sim = WeChatTestSupport.simulator().build();
             WeChatConnector c = WeChatTestSupport.connector(sim)) {
            LocalDate sent = WeChatTestSupport.LAST_DAY.minusDays(9); // the seeded articles went out 10 days before "today"
            List<WeChatArticleTotal> totals = c.datacube().articleTotals(io.github.mediaops.core.DateRange.of(sent, sent));
            assertThat(totals).isNotEmpty().allSatisfy(t -> {
                assertThat(t.delivered()).isPresent();
                assertThat(t.readsBySource()).containsOnlyKeys("session", "feed", "hist_msg", "friends", "other");
                assertThat(t.readsBySource().values().stream().mapToLong(WeChatCount::count).sum()).isEqualTo(t.reads().getAsLong());
            });
            List<ContentMetrics> lifetime = c.contentMetrics().contentMetrics(c.account(),
                    io.github.mediaops.core.DateRange.of(sent, sent)).stream().filter(m -> m.coverage() == Coverage.LIFETIME).toList();
            assertThat(lifetime).isNotEmpty().allSatisfy(m -> assertThat(m.count(Metric.REACH)).isPresent());
        }
    }

    @Test
    void current_datacube_endpoints_return_rows_with_likes_and_comments() {
        try (WeChatSimulator sim = WeChatTestSupport.simulator().build();
             WeChatConnector c = WeChatTestSupport.connector(sim)) {
            LocalDate sent = WeChatTestSupport.LAST_DAY.minusDays(9);
            List<WeChatDatacubeRow> detail = c.datacube().articleTotalDetail(io.github.mediaops.core.DateRange.of(sent, sent));
            assertThat(detail).hasSize(2).allSatisfy(r -> {
                assertThat(r.postId()).hasValueSatisfying(id -> assertThat(id).matches("\\d+_1"));
                assertThat(r.counter("publish_type")).hasValue(0L);
                assertThat(r.details()).hasSize(10).allSatisfy(d -> assertThat(d.counters())
                        .containsKeys("read_user", "like_user", "zaikan_user", "comment_count"));
                assertThat(r.delayed()).isFalse();
            });
            List<ContentMetrics> lifetime = c.datacube().lifetimeMetrics(io.github.mediaops.core.DateRange.of(sent, sent));
            assertThat(lifetime).hasSize(20);
            for (WeChatDatacubeRow r : detail) {
                for (WeChatDatacubeRow d : r.details()) {
                    ContentMetrics m = lifetime.stream().filter(x -> x.postId().equals(r.postId().orElseThrow())
                            && x.day().equals(d.day())).findFirst().orElseThrow();
                    assertThat(m.coverage()).isEqualTo(Coverage.LIFETIME);
                    assertThat(m.count(Metric.LIKES)).hasValue(d.counter("like_user").orElseThrow());
                    assertThat(m.count(Metric.COMMENTS)).hasValue(d.counter("comment_count").orElseThrow());
                    assertThat(m.count(Metric.UNIQUE_VIEWERS)).hasValue(d.counter("read_user").orElseThrow());
                }
            }
            assertThat(c.datacube().bizSummary(WeChatTestSupport.lastDays(2))).hasSize(2)
                    .allSatisfy(r -> assertThat(r.counter("read_user")).isPresent());
            assertThat(c.datacube().articleRead(WeChatTestSupport.lastDays(1))).hasSize(2);
            assertThat(c.datacube().articleShare(WeChatTestSupport.lastDays(1))).hasSize(2);
            assertThat(sim.requests("datacube/getbizsummary")).as("one day per call").isEqualTo(2);
        }
    }

    @Test
    void a_comment_without_openid_has_an_anonymous_author_and_the_page_still_reads() {
        try (WeChatSimulator sim = WeChatTestSupport.simulator().build();
             WeChatConnector c = WeChatTestSupport.connector(sim)) {
            List<Comment> all = c.comments().comments(c.account(), POST, PageRequest.first(10)).items();
            assertThat(all).hasSize(3);
            assertThat(all.get(2).author().id()).isEqualTo(WeChatCommentAdmin.ANONYMOUS_AUTHOR);
            assertThat(all.get(0).author().id()).isEqualTo("o-user-1");
        }
    }

    @Test
    void comment_admin_opens_closes_deletes_replies_and_lists_featured_apart_from_normal() {
        try (WeChatSimulator sim = WeChatTestSupport.simulator().build();
             WeChatConnector c = WeChatTestSupport.connector(sim)) {
            WeChatCommentAdmin admin = c.commentAdmin();
            admin.close(POST);
            assertThat(sim.commentsClosed(POST)).isTrue();
            admin.open(POST);
            assertThat(sim.commentsClosed(POST)).isFalse();

            Comment first = c.comments().comments(c.account(), POST, PageRequest.first(10)).items().get(0);
            c.comments().feature(c.account(), first, true);
            assertThat(admin.featured(c.account(), POST, PageRequest.first(10)).items()).extracting(Comment::commentId)
                    .containsExactly(first.commentId());
            assertThat(admin.normal(c.account(), POST, PageRequest.first(10)).items()).extracting(Comment::commentId)
                    .doesNotContain(first.commentId()).hasSize(2);

            Comment replied = c.comments().reply(c.account(), first, "谢谢", "reply-admin-1");
            assertThat(c.comments().comments(c.account(), POST, PageRequest.first(10)).items().get(0).replies()).hasSize(1);
            admin.deleteReply(replied);
            assertThat(c.comments().comments(c.account(), POST, PageRequest.first(10)).items().get(0).replies()).isEmpty();
            assertThatThrownBy(() -> admin.open("no-index")).isInstanceOf(InvalidValueException.class).hasMessageContaining("postId");
        }
    }

    @Test
    void drafts_are_listed_counted_updated_and_deleted() {
        try (WeChatSimulator sim = WeChatTestSupport.simulator().build();
             WeChatConnector c = WeChatTestSupport.connector(sim)) {
            String a = sim.addDraft("草稿一");
            String b = sim.addDraft("草稿二");
            WeChatDrafts drafts = c.drafts();
            assertThat(drafts.count()).isEqualTo(2);
            WeChatListing<WeChatStoredItem> page = drafts.list(0, 1, false);
            assertThat(page.totalCount()).isEqualTo(2);
            assertThat(page.hasMore()).isTrue();
            assertThat(page.items()).singleElement().satisfies(d -> {
                assertThat(d.id()).isEqualTo(b);
                assertThat(d.articles().get(0).content()).as("no_content").isEmpty();
            });
            drafts.update(a, 0, WeChatNewsItem.of("草稿一（改）", "<p>新</p>", "seed-thumb"));
            WeChatListing<WeChatStoredItem> all = drafts.list(0, 20, true);
            assertThat(all.items()).filteredOn(d -> d.id().equals(a)).singleElement()
                    .satisfies(d -> assertThat(d.articles().get(0).title()).isEqualTo("草稿一（改）"));
            drafts.delete(b);
            assertThat(drafts.count()).isEqualTo(1);
            assertThatThrownBy(() -> drafts.delete(b)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> drafts.list(0, 21, true)).isInstanceOf(InvalidValueException.class).hasMessageContaining("21");
        }
    }

    @Test
    void published_items_are_listed_read_and_deleted() {
        try (WeChatSimulator sim = WeChatTestSupport.simulator().build();
             WeChatConnector c = WeChatTestSupport.connector(sim)) {
            WeChatListing<WeChatStoredItem> page = c.published().list(0, 20, false);
            assertThat(page.items()).hasSize(2);
            String id = page.items().get(0).id();
            assertThat(c.published().article(id)).singleElement()
                    .satisfies(n -> assertThat(n.url()).hasValueSatisfying(u -> assertThat(u).contains("mid=")));
            c.published().delete(id, 0);
            assertThatThrownBy(() -> c.published().article(id)).isInstanceOf(NotFoundException.class)
                    .satisfies(e -> assertThat(((ConnectorException) e).platformCode()).hasValue("53600"));
            assertThat(c.published().list(0, 20, false).totalCount()).isEqualTo(1);
        }
    }

    @Test
    void quota_usage_counts_calls_and_reset_is_refused_after_ten_a_month() {
        try (WeChatSimulator sim = WeChatTestSupport.simulator().build();
             WeChatConnector c = WeChatTestSupport.connector(sim)) {
            c.drafts().count();
            c.drafts().count();
            WeChatApiQuota.Usage u = c.apiQuota().usage("/cgi-bin/draft/count");
            assertThat(u.used()).isEqualTo(2);
            assertThat(u.dailyLimit()).isEqualTo(WeChatSimulator.DAILY_LIMIT);
            assertThat(u.remain()).isEqualTo(WeChatSimulator.DAILY_LIMIT - 2);
            c.apiQuota().reset();
            assertThat(c.apiQuota().usage("/cgi-bin/draft/count").used()).isZero();
            for (int i = 1; i < 10; i++) {
                c.apiQuota().reset();
            }
            assertThatThrownBy(() -> c.apiQuota().reset()).isInstanceOf(ConnectorException.class)
                    .satisfies(e -> assertThat(((ConnectorException) e).platformCode()).hasValue("48006"));
            assertThatThrownBy(() -> c.apiQuota().usage("cgi-bin/draft/count")).isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("cgiPath");
        }
    }

    @Test
    void a_lost_submit_is_reconciled_beyond_the_latest_20_published_items() {
        try (WeChatSimulator sim = WeChatTestSupport.simulator().build();
             WeChatConnector c = WeChatTestSupport.connector(sim)) {
            c.audienceMetrics().audienceMetrics(c.account(), WeChatTestSupport.lastDays(1)); // token and connection ready
            sim.slowness(java.time.Duration.ZERO);
            sim.failNext(Fault.SLOW, 2);                 // add_material, draft/add pass
            sim.failNext(Fault.DROP_AFTER_ACCEPT, 1);    // submit applied, answer lost
            PublishTicket t = c.publishing().publish(WeChatTestSupport.publishRequest(sim, "deep", "翻页找回"));
            assertThat(t.ticketId()).startsWith("draft:");
            sim.completePendingJobs();
            sim.publishedElsewhere(25);                  // 25 newer items push ours to the second page
            PublishTicket done = c.publishing().refresh(t);
            assertThat(done.status()).isEqualTo(PublishStatus.PUBLISHED);
            assertThat(done.live().orElseThrow().postId()).isEqualTo(sim.msgDataId(sim.publishIds().get(0)).orElseThrow() + "_1");
            assertThat(sim.requests("cgi-bin/freepublish/batchget")).isEqualTo(2);
        }
    }

    @Test
    void post_id_rule_prefers_msg_data_id_then_the_url_then_article_id() {
        assertThat(WeChatPublishing.postId("2247483662", 2, "https://mp.weixin.qq.com/s/abc", "ART")).isEqualTo("2247483662_2");
        assertThat(WeChatPublishing.postId(null, 1,
                "http://mp.weixin.qq.com/s?__biz=MzA5&mid=2650000009&idx=3&sn=abc&chksm=x#rd", "ART")).isEqualTo("2650000009_3");
        assertThat(WeChatPublishing.postId(null, 1, "https://mp.weixin.qq.com/s/shortForm", "ART")).isEqualTo("ART");
        assertThat(WeChatPublishing.postId(null, 1, "https://mp.weixin.qq.com/s?mid=abc&idx=1", "ART")).isEqualTo("ART");
    }
}
