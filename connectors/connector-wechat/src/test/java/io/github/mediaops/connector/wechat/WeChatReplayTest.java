package io.github.mediaops.connector.wechat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.mediaops.connector.tck.KitResilience;
import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.connector.ConnectorConfig;
import io.github.mediaops.core.connector.Credentials;
import io.github.mediaops.core.connector.NotFoundException;
import io.github.mediaops.core.connector.OutgoingMessage;
import io.github.mediaops.core.connector.Page;
import io.github.mediaops.core.connector.PageRequest;
import io.github.mediaops.core.content.AssetLicense;
import io.github.mediaops.core.content.ContentItem;
import io.github.mediaops.core.content.ContentKind;
import io.github.mediaops.core.content.ContentVariant;
import io.github.mediaops.core.content.MediaAsset;
import io.github.mediaops.core.engagement.Comment;
import io.github.mediaops.core.engagement.ReplyState;
import io.github.mediaops.core.metrics.AudienceMetric;
import io.github.mediaops.core.metrics.AudienceMetrics;
import io.github.mediaops.core.metrics.ContentMetrics;
import io.github.mediaops.core.metrics.Coverage;
import io.github.mediaops.core.metrics.Metric;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.platform.Platform;
import io.github.mediaops.core.publish.PublishRequest;
import io.github.mediaops.core.publish.PublishStatus;
import io.github.mediaops.core.publish.PublishTicket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The replay suite (DESIGN.md §4): responses recorded by others (WeChat's documentation examples as
 * mirrored in the SKIT.FlurlHttpClient.Wechat fixtures, wechatpy's test fixtures, the official page;
 * sources in {@code src/test/resources/replay/SOURCES.md}) served over loopback HTTP to the real
 * connector. Every expected value is read from the same file with a plain JSON tree and WeChat's
 * documented rules — never from the connector's mapper.
 */
class WeChatReplayTest {
    private static final String SKIT = "skit/";
    private static final String WECHATPY = "wechatpy/";
    /** WeChat's read sources (WxJava WxDataCubeArticleResult Javadoc) and share scenes (datacube docs), by our names. */
    private static final Map<Integer, String> READ_SOURCES = Map.of(0, "session", 1, "friends", 2, "moments",
            3, "tencent_weibo", 4, "history", 5, "other", 6, "kanyikan", 7, "souyisou");
    private static final Map<Integer, String> SHARE_SCENES = Map.of(1, "friends", 2, "moments", 3, "tencent_weibo", 255, "other");

    private final ReplayServer server = new ReplayServer();
    private WeChatConnector connector;

    @AfterEach
    void close() {
        if (connector != null) {
            connector.close();
        }
        server.close();
    }

    /** A connector on cgi-bin/token (the recorded token responses come from that endpoint), served {@code token}. */
    private WeChatConnector connector(String token) {
        return connector(token, b -> b);
    }

    private WeChatConnector connector(String token, java.util.function.UnaryOperator<WeChatConnector.Builder> custom) {
        server.serve("cgi-bin/token", token);
        ConnectorConfig config = ConnectorConfig.builder()
                .credentials(Credentials.builder().identifier("appId", "wx-replay").secret("appSecret", "replay-secret").build())
                .baseUrl(server.baseUrl())
                .readTimeout(Duration.ofSeconds(5))
                .clock(WeChatTestSupport.CLOCK)
                .build();
        connector = custom.apply(WeChatConnector.builder(config).stableToken(false).resilience(KitResilience.fastRetries()))
                .build();
        return connector;
    }

    private static AccountRef account() {
        return AccountRef.of(Platform.WECHAT_OFFICIAL_ACCOUNT, "wx-replay");
    }

    /** Every API request carried the access_token of the recorded token response. */
    private void assertTokenUsed(String tokenFile) {
        String token = Replay.json(tokenFile).path("access_token").asText();
        List<ReplayServer.Seen> api = server.requests().stream().filter(s -> !s.path().equals("cgi-bin/token")).toList();
        assertThat(api).isNotEmpty().allSatisfy(s -> assertThat(s.query()).containsEntry("access_token", token));
    }

    private static long num(JsonNode n, String field) {
        assertThat(n.has(field)).as("recorded field %s", field).isTrue();
        return n.path(field).asLong();
    }

    private static LocalDate date(JsonNode n, String field) {
        return LocalDate.parse(n.path(field).asText());
    }

    // ------------------------------------------------------------------ token

    @ParameterizedTest
    @ValueSource(strings = {"skit/CgibinTokenResponse.json", "wechatpy/token.json"})
    void recorded_token_response_is_used_on_the_next_call_and_draft_count_is_read(String tokenFile) {
        WeChatConnector c = connector(tokenFile);
        server.serve("cgi-bin/draft/count", SKIT + "CgibinDraftCountResponse.json");
        long count = c.drafts().count();
        assertThat(count).isEqualTo(num(Replay.json(SKIT + "CgibinDraftCountResponse.json"), "total_count"));
        assertThat(server.requests("cgi-bin/token")).singleElement().satisfies(s -> assertThat(s.query())
                .containsEntry("grant_type", "client_credential").containsEntry("appid", "wx-replay"));
        assertThat(server.requests("cgi-bin/draft/count")).singleElement().satisfies(s -> assertThat(s.method()).isEqualTo("GET"));
        assertTokenUsed(tokenFile);
    }

    // ------------------------------------------------------------------ datacube: articles

    @ParameterizedTest
    @ValueSource(strings = {"skit/DataCubeGetArticleSummaryResponse.json", "wechatpy/datacube_getarticlesummary.json"})
    void getarticlesummary_rows_become_daily_snapshots_field_by_field(String file) {
        WeChatConnector c = connector(WECHATPY + "token.json", b -> b.lifetimeMetrics(false));
        server.serve("datacube/getarticlesummary", file);
        JsonNode list = Replay.json(file).path("list");
        LocalDate day = date(list.get(0), "ref_date");
        List<ContentMetrics> out = c.contentMetrics().contentMetrics(account(), DateRange.of(day, day));
        assertThat(out).hasSize(list.size());
        for (int i = 0; i < list.size(); i++) {
            JsonNode row = list.get(i);
            ContentMetrics m = out.get(i);
            assertThat(m.postId()).isEqualTo(row.path("msgid").asText());
            assertThat(m.coverage()).isEqualTo(Coverage.DAY);
            assertThat(m.day()).isEqualTo(date(row, "ref_date"));
            assertThat(m.count(Metric.VIEWS)).hasValue(num(row, "int_page_read_count"));
            assertThat(m.count(Metric.UNIQUE_VIEWERS)).hasValue(num(row, "int_page_read_user"));
            assertThat(m.count(Metric.SHARES)).hasValue(num(row, "share_count"));
            assertThat(m.count(Metric.SAVES)).hasValue(num(row, "add_to_fav_count"));
            assertThat(m.has(Metric.LIKES)).as("legacy datacube has no likes").isFalse();
        }
        assertThat(server.requests("datacube/getarticlesummary")).singleElement().satisfies(s -> assertThat(s.body())
                .contains("\"begin_date\":\"" + day + "\"").contains("\"end_date\":\"" + day + "\""));
        assertTokenUsed(WECHATPY + "token.json");
    }

    @ParameterizedTest
    @CsvSource({"skit/DataCubeGetArticleTotalResponse.json, skit/DataCubeGetArticleSummaryResponse.json",
            "wechatpy/datacube_getarticletotal.json, wechatpy/datacube_getarticlesummary.json"})
    void getarticletotal_keeps_delivered_users_as_reach_and_the_per_source_split(String file, String summary) {
        WeChatConnector c = connector(SKIT + "CgibinTokenResponse.json");
        server.serve("datacube/getarticletotal", file);
        server.serve("datacube/getarticlesummary", summary);
        JsonNode row = Replay.json(file).path("list").get(0);
        LocalDate sent = date(row, "ref_date");
        List<WeChatArticleTotal> totals = c.datacube().articleTotals(DateRange.of(sent, sent));
        JsonNode details = row.path("details");
        assertThat(totals).hasSize(details.size());
        for (int i = 0; i < details.size(); i++) {
            JsonNode d = details.get(i);
            WeChatArticleTotal t = totals.get(i);
            assertThat(t.postId()).isEqualTo(row.path("msgid").asText());
            assertThat(t.title()).isEqualTo(row.path("title").asText());
            assertThat(t.sentOn()).isEqualTo(sent);
            assertThat(t.statDate()).isEqualTo(date(d, "stat_date"));
            assertThat(t.delivered()).hasValue(num(d, "target_user"));
            assertThat(t.reads()).hasValue(num(d, "int_page_read_count"));
            assertThat(t.readers()).hasValue(num(d, "int_page_read_user"));
            assertThat(t.shares()).hasValue(num(d, "share_count"));
            assertThat(t.sharers()).hasValue(num(d, "share_user"));
            assertThat(t.saves()).hasValue(num(d, "add_to_fav_count"));
            assertThat(t.readsBySource()).isEqualTo(split(d, Pattern.compile("int_page_from_(.+)_read_count"), "int_page_from_%s_read_user"));
            assertThat(t.sharesByScene()).isEqualTo(split(d, Pattern.compile("feed_share_from_(.+)_cnt"), "feed_share_from_%s_user"));
        }
        List<ContentMetrics> lifetime = c.contentMetrics().contentMetrics(account(), DateRange.of(sent, sent)).stream()
                .filter(m -> m.coverage() == Coverage.LIFETIME).toList();
        assertThat(lifetime).hasSize(details.size());
        for (int i = 0; i < details.size(); i++) {
            assertThat(lifetime.get(i).count(Metric.REACH)).hasValue(num(details.get(i), "target_user"));
            assertThat(lifetime.get(i).count(Metric.VIEWS)).hasValue(num(details.get(i), "int_page_read_count"));
            assertThat(lifetime.get(i).day()).isEqualTo(date(details.get(i), "stat_date"));
        }
        assertTokenUsed(SKIT + "CgibinTokenResponse.json");
    }

    /** Pairs {@code <prefix><key><suffix>} count fields with their user fields, by key, from the raw row. */
    private static Map<String, WeChatCount> split(JsonNode row, Pattern countField, String userField) {
        Map<String, WeChatCount> out = new HashMap<>();
        for (Iterator<String> it = row.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            Matcher m = countField.matcher(f);
            if (m.matches()) {
                out.put(m.group(1), new WeChatCount(row.path(f).asLong(), row.path(userField.formatted(m.group(1))).asLong()));
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ datacube: account reads

    @ParameterizedTest
    @CsvSource({"skit/DataCubeGetUserReadResponse.json, skit/DataCubeGetUserShareResponse.json, 2020-02-18",
            "wechatpy/datacube_getuserread.json, wechatpy/datacube_getusershare.json, 2014-12-07",
            "wechatpy/datacube_getuserread.json, skit/DataCubeGetUserShareResponse.json, 2014-12-07"})
    void getuserread_total_row_is_the_total_and_sources_and_scenes_are_broken_down(String reads, String shares, LocalDate day) {
        WeChatConnector c = connector(WECHATPY + "token.json");
        server.serve("datacube/getuserread", reads);
        server.serve("datacube/getusershare", shares);
        List<WeChatAccountReads> out = c.accountReads(DateRange.of(day, day));
        assertThat(out).singleElement().satisfies(r -> {
            assertThat(r.day()).isEqualTo(day);
            assertThat(r.hour()).isEmpty();
            expectReads(r, rowsOn(Replay.json(reads), day));
            expectShares(r, rowsOn(Replay.json(shares), day));
        });
        assertTokenUsed(WECHATPY + "token.json");
    }

    @ParameterizedTest
    @CsvSource({"skit/DataCubeGetUserReadHourResponse.json, skit/DataCubeGetUserShareHourResponse.json, 2020-02-18",
            "wechatpy/datacube_getuserreadhour.json, wechatpy/datacube_getusersharehour.json, 2014-12-07",
            "wechatpy/datacube_getuserreadhour.json, skit/DataCubeGetUserShareHourResponse.json, 2014-12-07"})
    void hourly_reads_and_shares_follow_the_same_rules_per_ref_hour(String reads, String shares, LocalDate day) {
        WeChatConnector c = connector(WECHATPY + "token.json");
        server.serve("datacube/getuserreadhour", reads);
        server.serve("datacube/getusersharehour", shares);
        List<WeChatAccountReads> out = c.datacube().hourlyReads(day);
        Set<Integer> hours = new HashSet<>();
        for (JsonNode n : rowsOn(Replay.json(reads), day)) {
            hours.add(n.path("ref_hour").asInt() / 100);
        }
        for (JsonNode n : rowsOn(Replay.json(shares), day)) {
            hours.add(n.path("ref_hour").asInt() / 100);
        }
        assertThat(out).hasSize(hours.size());
        for (WeChatAccountReads r : out) {
            int hour = r.hour().orElseThrow();
            assertThat(hours).contains(hour);
            expectReads(r, rowsOn(Replay.json(reads), day).stream().filter(n -> n.path("ref_hour").asInt() == hour * 100).toList());
            expectShares(r, rowsOn(Replay.json(shares), day).stream().filter(n -> n.path("ref_hour").asInt() == hour * 100).toList());
        }
        assertThat(server.requests("datacube/getuserreadhour")).singleElement()
                .satisfies(s -> assertThat(s.body()).contains("\"begin_date\":\"" + day + "\"", "\"end_date\":\"" + day + "\""));
    }

    private static List<JsonNode> rowsOn(JsonNode file, LocalDate day) {
        List<JsonNode> out = new java.util.ArrayList<>();
        for (JsonNode n : file.path("list")) {
            if (date(n, "ref_date").equals(day)) {
                out.add(n);
            }
        }
        return out;
    }

    /** WeChat's rule: the user_source 99999999 row is the total; without it the one row without user_source is. */
    private static void expectReads(WeChatAccountReads r, List<JsonNode> rows) {
        JsonNode total = rows.stream().filter(n -> n.path("user_source").asLong(-1) == 99_999_999L).findFirst()
                .orElseGet(() -> rows.stream().filter(n -> !n.has("user_source")).reduce((a, b) -> {
                    throw new AssertionError("two rows without user_source");
                }).orElse(null));
        if (total == null) {
            assertThat(r.reads()).isEmpty();
        } else {
            assertThat(r.reads()).hasValue(num(total, "int_page_read_count"));
            assertThat(r.readers()).hasValue(num(total, "int_page_read_user"));
        }
        Map<String, WeChatCount> bySource = new HashMap<>();
        for (JsonNode n : rows) {
            if (n.has("user_source") && n.path("user_source").asLong() != 99_999_999L) {
                int s = n.path("user_source").asInt();
                bySource.put(READ_SOURCES.getOrDefault(s, "source_" + s),
                        new WeChatCount(num(n, "int_page_read_count"), num(n, "int_page_read_user")));
            }
        }
        assertThat(r.readsBySource()).isEqualTo(bySource);
    }

    /** Shares add up over scenes; distinct sharers only exist when there is a single scene. */
    private static void expectShares(WeChatAccountReads r, List<JsonNode> rows) {
        if (rows.isEmpty()) {
            assertThat(r.shares()).isEmpty();
            assertThat(r.sharesByScene()).isEmpty();
            return;
        }
        long shares = 0;
        Map<String, WeChatCount> byScene = new HashMap<>();
        for (JsonNode n : rows) {
            shares += num(n, "share_count");
            int s = n.path("share_scene").asInt();
            byScene.put(SHARE_SCENES.getOrDefault(s, "scene_" + s), new WeChatCount(num(n, "share_count"), num(n, "share_user")));
        }
        assertThat(r.shares()).hasValue(shares);
        assertThat(r.sharers()).isEqualTo(rows.size() == 1 ? OptionalLong.of(num(rows.get(0), "share_user")) : OptionalLong.empty());
        assertThat(r.sharesByScene()).isEqualTo(byScene);
    }

    // ------------------------------------------------------------------ datacube: followers

    @ParameterizedTest
    @CsvSource({"skit/DataCubeGetUserSummaryResponse.json, skit/DataCubeGetUserCumulateResponse.json",
            "wechatpy/datacube_getusersummary.json, wechatpy/datacube_getusercumulate.json"})
    void getusersummary_and_getusercumulate_give_new_lost_and_total_followers(String summary, String cumulate) {
        WeChatConnector c = connector(SKIT + "CgibinTokenResponse.json");
        server.serve("datacube/getusersummary", summary);
        server.serve("datacube/getusercumulate", cumulate);
        JsonNode rows = Replay.json(summary).path("list");
        LocalDate day = date(rows.get(0), "ref_date");
        long added = 0;
        long lost = 0;
        for (JsonNode n : rows) {
            added += num(n, "new_user");
            lost += num(n, "cancel_user");
        }
        List<AudienceMetrics> out = c.audienceMetrics().audienceMetrics(account(), DateRange.of(day, day));
        long total = num(Replay.json(cumulate).path("list").get(0), "cumulate_user");
        long a = added;
        long l = lost;
        assertThat(out).singleElement().satisfies(m -> {
            assertThat(m.day()).isEqualTo(day);
            assertThat(m.count(AudienceMetric.NEW_FOLLOWERS)).hasValue(a);
            assertThat(m.count(AudienceMetric.LOST_FOLLOWERS)).hasValue(l);
            assertThat(m.count(AudienceMetric.FOLLOWERS_TOTAL)).hasValue(total);
        });
        assertTokenUsed(SKIT + "CgibinTokenResponse.json");
    }

    // ------------------------------------------------------------------ comments

    @Test
    void comment_list_with_reply_as_an_array_maps_author_text_time_featured_and_reply() {
        WeChatConnector c = connector(SKIT + "CgibinTokenResponse.json");
        String file = SKIT + "CgibinCommentListResponse.json";
        server.serve("cgi-bin/comment/list", file);
        JsonNode raw = Replay.json(file).path("comment");
        Page<Comment> page = c.comments().comments(account(), "202457380_1", PageRequest.first(20));
        assertThat(page.items()).hasSize(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            JsonNode n = raw.get(i);
            Comment m = page.items().get(i);
            assertThat(m.commentId()).isEqualTo(Long.toString(num(n, "user_comment_id")));
            assertThat(m.author().id()).isEqualTo(n.path("openid").asText());
            assertThat(m.text()).isEqualTo(n.path("content").asText());
            assertThat(m.createdAt()).isEqualTo(Instant.ofEpochSecond(num(n, "create_time")));
            assertThat(m.featured()).isEqualTo(n.path("comment_type").asInt() == 1);
            JsonNode replies = n.path("reply");
            assertThat(m.replies()).hasSize(replies.size());
            assertThat(m.state()).isEqualTo(replies.size() > 0 ? ReplyState.REPLIED : ReplyState.UNREPLIED);
            for (int j = 0; j < replies.size(); j++) {
                assertThat(m.replies().get(j).text()).isEqualTo(replies.get(j).path("content").asText());
                assertThat(m.replies().get(j).createdAt()).isEqualTo(Instant.ofEpochSecond(num(replies.get(j), "create_time")));
            }
        }
        assertThat(server.requests("cgi-bin/comment/list")).singleElement().satisfies(s -> assertThat(s.body())
                .contains("\"msg_data_id\":\"202457380\"").contains("\"index\":0").contains("\"type\":0"));
    }

    // ------------------------------------------------------------------ publishing

    private static PublishRequest request(String key, boolean inlineImage) {
        MediaAsset cover = MediaAsset.image(WeChatTestSupport.coverFile().toUri(), "image/jpeg", 900, 383, 8,
                AssetLicense.owned("brand"));
        ContentItem.Builder item = ContentItem.builder("item-" + key, ContentKind.ARTICLE).title("回放").body("<p>正文</p>")
                .cover(cover).created("editor", WeChatTestSupport.CLOCK.instant());
        if (inlineImage) {
            item.addMedia(MediaAsset.image(WeChatTestSupport.coverFile().toUri(), "image/jpeg", 640, 480, 8,
                    AssetLicense.owned("brand")));
        }
        return PublishRequest.now(account(), ContentVariant.unchanged(item.build(), Platform.WECHAT_OFFICIAL_ACCOUNT), key);
    }

    @ParameterizedTest
    @ValueSource(strings = {"skit/CgibinMediaUploadImageResponse.json", "wechatpy/media_uploadimg.json"})
    void publish_round_trip_uses_recorded_ids_and_falls_back_to_article_id_without_msg_data_id(String uploadImg) {
        WeChatConnector c = connector(SKIT + "CgibinTokenResponse.json");
        server.serve("cgi-bin/material/add_material", SKIT + "CgibinMaterialAddMaterialResponse.json");
        server.serve("cgi-bin/media/uploadimg", uploadImg);
        server.serve("cgi-bin/draft/add", SKIT + "CgibinDraftAddResponse.json");
        server.serve("cgi-bin/freepublish/submit", SKIT + "CgibinFreePublishSubmitResponse.json");
        server.serve("cgi-bin/freepublish/get", SKIT + "CgibinFreePublishGetResponse.json");
        JsonNode material = Replay.json(SKIT + "CgibinMaterialAddMaterialResponse.json");
        JsonNode draft = Replay.json(SKIT + "CgibinDraftAddResponse.json");
        JsonNode submit = Replay.json(SKIT + "CgibinFreePublishSubmitResponse.json");
        JsonNode get = Replay.json(SKIT + "CgibinFreePublishGetResponse.json");

        PublishTicket t = c.publishing().publish(request("replay-1", true));
        assertThat(t.ticketId()).isEqualTo(submit.path("publish_id").asText());
        assertThat(server.requests("cgi-bin/draft/add")).singleElement().satisfies(s -> assertThat(s.body())
                .contains("\"thumb_media_id\":\"" + material.path("media_id").asText() + "\"")
                .contains(Replay.json(uploadImg).path("url").asText()));
        assertThat(server.requests("cgi-bin/freepublish/submit")).singleElement().satisfies(s -> assertThat(s.body())
                .contains("\"media_id\":\"" + draft.path("media_id").asText() + "\""));

        PublishTicket done = c.publishing().refresh(t);
        assertThat(get.path("publish_status").asInt()).isZero();
        assertThat(done.status()).isEqualTo(PublishStatus.PUBLISHED);
        assertThat(submit.has("msg_data_id")).isFalse();
        assertThat(done.publication().postId()).as("no msg_data_id, no mid in the URL: the article_id")
                .isEqualTo(get.path("article_id").asText());
        assertThat(done.publication().url()).isEqualTo(URI.create(get.path("article_detail").path("item").get(0)
                .path("article_url").asText()));
        assertThat(server.requests("cgi-bin/freepublish/get")).singleElement().satisfies(s -> assertThat(s.body())
                .contains("\"publish_id\":\"" + submit.path("publish_id").asText() + "\""));
        assertTokenUsed(SKIT + "CgibinTokenResponse.json");
    }

    @Test
    void a_lost_submit_is_sent_again_only_after_draft_get_shows_the_draft_still_there() {
        WeChatConnector c = connector(SKIT + "CgibinTokenResponse.json");
        server.serve("cgi-bin/material/add_material", SKIT + "CgibinMaterialAddMaterialResponse.json");
        server.serve("cgi-bin/draft/add", SKIT + "CgibinDraftAddResponse.json");
        server.serve("cgi-bin/freepublish/submit", ReplayServer.DROP, SKIT + "CgibinFreePublishSubmitResponse.json");
        server.serve("cgi-bin/draft/get", SKIT + "CgibinDraftGetResponse.json");
        PublishTicket t = c.publishing().publish(request("replay-lost", false));
        assertThat(Replay.json(SKIT + "CgibinDraftGetResponse.json").path("news_item")).isNotEmpty();
        assertThat(server.requests("cgi-bin/draft/get")).singleElement().satisfies(s -> assertThat(s.body())
                .contains("\"media_id\":\"" + Replay.json(SKIT + "CgibinDraftAddResponse.json").path("media_id").asText() + "\""));
        assertThat(server.requests("cgi-bin/freepublish/submit")).hasSize(2);
        assertThat(t.ticketId()).isEqualTo(Replay.json(SKIT + "CgibinFreePublishSubmitResponse.json").path("publish_id").asText());
    }

    // ------------------------------------------------------------------ drafts, published items

    private static void expectItem(WeChatNewsItem m, JsonNode n) {
        assertThat(m.title()).isEqualTo(n.path("title").asText());
        assertThat(m.author()).isEqualTo(n.path("author").asText());
        assertThat(m.digest()).isEqualTo(n.path("digest").asText());
        assertThat(m.content()).isEqualTo(n.path("content").asText());
        assertThat(m.contentSourceUrl()).isEqualTo(n.path("content_source_url").asText());
        assertThat(m.thumbMediaId()).isEqualTo(n.path("thumb_media_id").asText());
        assertThat(m.openComment()).isEqualTo(n.path("need_open_comment").asInt() == 1);
        assertThat(m.fansOnlyComment()).isEqualTo(n.path("only_fans_can_comment").asInt() == 1);
        assertThat(m.url()).hasValue(n.path("url").asText());
        assertThat(m.deleted()).isEqualTo(n.path("is_deleted").asBoolean(false));
    }

    @ParameterizedTest
    @CsvSource({"cgi-bin/draft/batchget, skit/CgibinDraftBatchGetResponse.json, media_id",
            "cgi-bin/freepublish/batchget, skit/CgibinFreePublishBatchGetResponse.json, article_id"})
    void batchget_listings_map_every_news_item_field(String path, String file, String idField) {
        WeChatConnector c = connector(SKIT + "CgibinTokenResponse.json");
        server.serve(path, file);
        JsonNode raw = Replay.json(file);
        WeChatListing<WeChatStoredItem> page = path.startsWith("cgi-bin/draft") ? c.drafts().list(0, 20, true)
                : c.published().list(0, 20, true);
        assertThat(page.totalCount()).isEqualTo(num(raw, "total_count"));
        assertThat(page.items()).hasSize(raw.path("item").size());
        for (int i = 0; i < raw.path("item").size(); i++) {
            JsonNode item = raw.path("item").get(i);
            WeChatStoredItem m = page.items().get(i);
            assertThat(m.id()).isEqualTo(item.path(idField).asText());
            assertThat(m.updatedAt()).isEqualTo(Instant.ofEpochSecond(num(item, "update_time")));
            JsonNode news = item.path("content").path("news_item");
            assertThat(m.articles()).hasSize(news.size());
            for (int j = 0; j < news.size(); j++) {
                expectItem(m.articles().get(j), news.get(j));
            }
        }
        assertThat(server.requests(path)).singleElement().satisfies(s -> assertThat(s.body())
                .contains("\"offset\":0", "\"count\":20", "\"no_content\":0"));
    }

    @Test
    void freepublish_getarticle_maps_every_field() {
        WeChatConnector c = connector(WECHATPY + "token.json");
        String file = SKIT + "CgibinFreePublishGetArticleResponse.json";
        server.serve("cgi-bin/freepublish/getarticle", file);
        JsonNode news = Replay.json(file).path("news_item");
        List<WeChatNewsItem> items = c.published().article("ARTICLE_ID");
        assertThat(items).hasSize(news.size());
        for (int i = 0; i < news.size(); i++) {
            expectItem(items.get(i), news.get(i));
        }
        assertTokenUsed(WECHATPY + "token.json");
    }

    @Test
    void documented_53600_for_an_invalid_article_id_is_not_found_with_wechat_code_and_message() {
        WeChatConnector c = connector(WECHATPY + "token.json");
        String file = "official/freepublish_getarticle_53600.json";
        server.serve("cgi-bin/freepublish/getarticle", file);
        JsonNode raw = Replay.json(file);
        assertThatThrownBy(() -> c.published().article("NO_SUCH_ARTICLE")).isInstanceOfSatisfying(NotFoundException.class, e -> {
            assertThat(e.platformCode()).hasValue(raw.path("errcode").asText());
            assertThat(e.details().platformMessage()).hasValue(raw.path("errmsg").asText());
        });
    }

    // ------------------------------------------------------------------ quota, messages

    @Test
    void openapi_quota_get_maps_daily_limit_used_and_remain() {
        WeChatConnector c = connector(SKIT + "CgibinTokenResponse.json");
        String file = SKIT + "CgibinOpenApiQuotaGetResponse.json";
        server.serve("cgi-bin/openapi/quota/get", file);
        JsonNode q = Replay.json(file).path("quota");
        WeChatApiQuota.Usage u = c.apiQuota().usage("/cgi-bin/message/custom/send");
        assertThat(u).isEqualTo(new WeChatApiQuota.Usage("/cgi-bin/message/custom/send", num(q, "daily_limit"), num(q, "used"),
                num(q, "remain")));
        assertThat(server.requests("cgi-bin/openapi/quota/get")).singleElement().satisfies(s -> assertThat(s.body())
                .isEqualTo("{\"cgi_path\":\"/cgi-bin/message/custom/send\"}"));
    }

    @Test
    void custom_send_answered_with_errcode_0_and_an_empty_errmsg_is_a_success() {
        WeChatConnector c = connector(WECHATPY + "token.json");
        String file = WECHATPY + "message_custom_send.json";
        server.serve("cgi-bin/message/custom/send", file);
        assertThat(Replay.json(file).path("errcode").asInt()).isZero();
        c.messaging().send(new OutgoingMessage(account(), "o-replay-user", "你好", "msg-1"));
        assertThat(server.requests("cgi-bin/message/custom/send")).singleElement().satisfies(s -> assertThat(s.body())
                .contains("\"touser\":\"o-replay-user\"", "\"msgtype\":\"text\"", "\"content\":\"你好\""));
        assertTokenUsed(WECHATPY + "token.json");
    }

    /** Every recorded file under replay/ is listed in SOURCES.md and used by a test of this class. */
    @Test
    void every_recorded_response_has_a_source_and_there_are_at_least_30() throws Exception {
        String sources = new String(Replay.bytes("SOURCES.md"), java.nio.charset.StandardCharsets.UTF_8);
        String self = java.nio.file.Files.readString(java.nio.file.Path.of(
                "src/test/java/io/github/mediaops/connector/wechat/WeChatReplayTest.java"));
        List<String> files;
        try (var walk = java.nio.file.Files.walk(java.nio.file.Path.of("src/test/resources/replay"))) {
            files = walk.filter(p -> p.toString().endsWith(".json"))
                    .map(p -> java.nio.file.Path.of("src/test/resources/replay").relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(30);
        for (String f : files) {
            assertThat(sources).as("source of %s", f).contains("`" + f + "`");
            String name = f.substring(f.indexOf('/') + 1);
            assertThat(self).as("%s is replayed", f).contains(name);
        }
    }
}
