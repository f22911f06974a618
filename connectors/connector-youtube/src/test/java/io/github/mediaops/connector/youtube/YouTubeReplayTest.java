package io.github.mediaops.connector.youtube;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mediaops.connector.support.UserGrant;
import io.github.mediaops.connector.tck.KitResilience;
import io.github.mediaops.connector.tck.ManualClock;
import io.github.mediaops.connector.tck.RecordedResponses;
import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.connector.AuthenticationException;
import io.github.mediaops.core.connector.InvalidRequestException;
import io.github.mediaops.core.connector.Page;
import io.github.mediaops.core.connector.PageRequest;
import io.github.mediaops.core.connector.PermissionDeniedException;
import io.github.mediaops.core.connector.Secret;
import io.github.mediaops.core.engagement.Comment;
import io.github.mediaops.core.engagement.ReplyState;
import io.github.mediaops.core.metrics.AudienceMetric;
import io.github.mediaops.core.metrics.AudienceMetrics;
import io.github.mediaops.core.metrics.ContentMetrics;
import io.github.mediaops.core.metrics.Coverage;
import io.github.mediaops.core.metrics.Metric;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.platform.Platform;
import io.github.mediaops.core.publish.PublishStatus;
import io.github.mediaops.core.publish.PublishTicket;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Responses recorded by others (see {@code replay/SOURCES.md}), served byte for byte over loopback through the
 * connector's public API and checked field by field against the raw JSON (a plain Jackson tree, never the connector's
 * mapper). 18 recorded responses: 14 from sns-sdks/python-youtube, 1 from debate-watch/youtube-data-api-ruby, 3 from
 * parafoxia/analytix.
 */
class YouTubeReplayTest {
    private static final String PY = "python-youtube/";
    private static final String RUBY = "youtube-data-api-ruby/";
    private static final String ANALYTIX = "analytix/";
    /** 2022-06-26 13:00 in Los Angeles: the last day of the analytix report is "today". */
    private final ManualClock clock = new ManualClock(Instant.parse("2022-06-26T20:00:00Z"));
    private final LocalDate today = LocalDate.parse("2022-06-26");
    private final ObjectMapper raw = new ObjectMapper();
    private final RecordedResponses replay = new RecordedResponses();

    @TempDir
    Path dir;

    @AfterEach
    void stop() {
        replay.close();
    }

    private JsonNode rawJson(String resource) throws IOException {
        return raw.readTree(RecordedResponses.file(resource));
    }

    private YouTubeConnector connector() {
        return YouTubeConnector.builder(YouTubeTestSupport.config(replay.baseUrl(), "replay.apps.googleusercontent.com",
                        "replay-secret", clock, Duration.ofSeconds(5)))
                .resilience(KitResilience.fastRetries()).redirectUri(YouTubeTestSupport.REDIRECT)
                .chunkBytes(ResumableUpload.CHUNK_GRANULE).build();
    }

    /** A connector holding a grant for the channel: a valid access token, or an expired one. */
    private YouTubeConnector seeded(boolean expired) {
        YouTubeConnector c = connector();
        Instant expiry = expired ? clock.instant().minusSeconds(60) : clock.instant().plusSeconds(3000);
        c.seed(new UserGrant(YouTubeTestSupport.CHANNEL, Secret.of("ya29.seeded"), expiry, Secret.of("1//seeded"), null, 0));
        return c;
    }

    private static long count(JsonNode text) {
        assertThat(text.isTextual()).as("YouTube sends counts as strings").isTrue();
        return Long.parseLong(text.asText());
    }

    @Test
    void authorization_code_exchange_then_the_channel_of_the_token() throws IOException {
        JsonNode token = rawJson(PY + "access_token.json");
        JsonNode channels = rawJson(PY + "channels_info.json");
        replay.enqueue(200, PY + "access_token.json").enqueue(200, PY + "channels_info.json");
        try (YouTubeConnector yt = connector()) {
            UserGrant g = yt.authorize("4/0Aauthcode");
            assertThat(g.account()).isEqualTo(channels.at("/items/0/id").asText());
            assertThat(g.accessToken().reveal()).isEqualTo(token.get("access_token").asText());
            assertThat(g.refreshToken().reveal()).isEqualTo(token.get("refresh_token").asText());
            assertThat(g.accessExpiresAt()).isEqualTo(clock.instant().plusSeconds(token.get("expires_in").asLong()));
            assertThat(g.toString()).doesNotContain(token.get("access_token").asText() + ",");
            RecordedResponses.Received exchange = replay.received().get(0);
            assertThat(exchange.uri()).isEqualTo("/token");
            assertThat(exchange.body()).contains("grant_type=authorization_code", "code=4%2F0Aauthcode",
                    "redirect_uri=https%3A%2F%2Fops.example.com%2Foauth%2Fyoutube");
            assertThat(replay.received().get(1).query()).containsEntry("mine", "true").containsEntry("part", "id");
        }
    }

    @Test
    void content_metrics_walk_uploads_playlist_statistics_and_analytics() throws IOException {
        JsonNode channels = rawJson(PY + "channels_info_multiple.json");
        JsonNode playlist = rawJson(PY + "playlist_items_playlist_items_single.json");
        JsonNode videos = rawJson(RUBY + "video.json");
        JsonNode report = rawJson(ANALYTIX + "report_day_views.json");
        replay.enqueue(200, PY + "channels_info_multiple.json").enqueue(200, PY + "playlist_items_playlist_items_single.json")
                .enqueue(200, RUBY + "video.json").enqueue(200, ANALYTIX + "report_day_views.json");
        try (YouTubeConnector yt = seeded(false)) {
            List<ContentMetrics> m = yt.contentMetrics().contentMetrics(YouTubeTestSupport.ACCOUNT,
                    DateRange.of(LocalDate.parse("2022-06-20"), today));
            List<RecordedResponses.Received> sent = replay.received();
            assertThat(sent.get(1).query()).containsEntry("playlistId",
                    channels.at("/items/0/contentDetails/relatedPlaylists/uploads").asText());
            String listed = playlist.at("/items/0/snippet/resourceId/videoId").asText();
            assertThat(sent.get(2).query()).containsEntry("id", listed).containsEntry("part", "statistics");
            assertThat(sent.get(3).query()).containsEntry("filters", "video==" + listed).containsEntry("ids", "channel==MINE");

            JsonNode stats = videos.at("/items/0/statistics");
            ContentMetrics life = m.stream().filter(x -> x.coverage() == Coverage.LIFETIME).findFirst().orElseThrow();
            assertThat(life.postId()).isEqualTo(videos.at("/items/0/id").asText());
            assertThat(life.day()).isEqualTo(today);
            assertThat(life.values()).containsOnly(Map.entry(Metric.VIEWS, (double) count(stats.get("viewCount"))),
                    Map.entry(Metric.LIKES, (double) count(stats.get("likeCount"))),
                    Map.entry(Metric.COMMENTS, (double) count(stats.get("commentCount"))));

            List<ContentMetrics> daily = m.stream().filter(x -> x.coverage() == Coverage.DAY).toList();
            assertThat(daily).hasSize(report.get("rows").size());
            for (int i = 0; i < daily.size(); i++) {
                JsonNode row = report.get("rows").get(i);
                assertThat(daily.get(i).postId()).isEqualTo(listed);
                assertThat(daily.get(i).day()).isEqualTo(LocalDate.parse(row.get(0).asText()));
                assertThat(daily.get(i).values()).containsOnly(Map.entry(Metric.VIEWS, row.get(1).asDouble()));
            }
        }
    }

    @Test
    void audience_reads_the_rounded_subscriber_count_string_of_today() throws IOException {
        JsonNode channel = rawJson(PY + "channel_info_single.json");
        replay.enqueue(200, ANALYTIX + "report_day_views.json").enqueue(200, PY + "channel_info_single.json");
        try (YouTubeConnector yt = seeded(false)) {
            List<AudienceMetrics> a = yt.audienceMetrics().audienceMetrics(YouTubeTestSupport.ACCOUNT,
                    DateRange.of(LocalDate.parse("2022-06-20"), today));
            assertThat(replay.received().get(0).query()).containsEntry("metrics", "subscribersGained,subscribersLost");
            assertThat(a).as("a report without subscriber columns gives no daily gains").singleElement().satisfies(x -> {
                assertThat(x.day()).isEqualTo(today);
                assertThat(x.count(AudienceMetric.FOLLOWERS_TOTAL))
                        .hasValue(count(channel.at("/items/0/statistics/subscriberCount")));
                assertThat(x.count(AudienceMetric.NEW_FOLLOWERS)).isEmpty();
            });
        }
    }

    @Test
    void comment_thread_pages_map_field_by_field_and_follow_the_page_token() throws IOException {
        JsonNode p1 = rawJson(PY + "comment_threads_comment_threads_by_video_paged_1.json");
        JsonNode p2 = rawJson(PY + "comment_threads_comment_threads_by_video_paged_2.json");
        replay.enqueue(200, PY + "comment_threads_comment_threads_by_video_paged_1.json")
                .enqueue(200, PY + "comment_threads_comment_threads_by_video_paged_2.json");
        try (YouTubeConnector yt = seeded(false)) {
            String video = p1.at("/items/0/snippet/videoId").asText();
            Page<Comment> first = yt.comments().comments(YouTubeTestSupport.ACCOUNT, video, PageRequest.first(5));
            assertThat(first.nextCursor()).isEqualTo(p1.get("nextPageToken").asText());
            checkThreads(first, p1);
            Page<Comment> second = yt.comments().comments(YouTubeTestSupport.ACCOUNT, video, new PageRequest(first.nextCursor(), 5));
            assertThat(second.nextCursor()).as("the last page has no nextPageToken").isNull();
            checkThreads(second, p2);
            assertThat(replay.received().get(1).query()).containsEntry("pageToken", p1.get("nextPageToken").asText())
                    .containsEntry("videoId", video).containsEntry("part", "snippet,replies");
        }
    }

    private static void checkThreads(Page<Comment> page, JsonNode rawPage) {
        assertThat(page.items()).hasSize(rawPage.get("items").size());
        for (int i = 0; i < page.items().size(); i++) {
            JsonNode top = rawPage.get("items").get(i).at("/snippet/topLevelComment");
            Comment c = page.items().get(i);
            assertThat(c.commentId()).isEqualTo(top.get("id").asText());
            assertThat(c.text()).isEqualTo(top.at("/snippet/textOriginal").asText());
            assertThat(c.author().id()).isEqualTo(top.at("/snippet/authorChannelId/value").asText());
            assertThat(c.author().name()).isEqualTo(top.at("/snippet/authorDisplayName").asText());
            assertThat(c.likes()).isEqualTo(top.at("/snippet/likeCount").asLong());
            assertThat(c.createdAt()).isEqualTo(Instant.parse(top.at("/snippet/publishedAt").asText()));
            assertThat(c.state()).isEqualTo(ReplyState.UNREPLIED);
            assertThat(c.replies()).as("replies the answer did not include are not invented").isEmpty();
        }
    }

    @Test
    void a_thread_list_across_the_channel_keeps_each_threads_video() throws IOException {
        JsonNode all = rawJson(PY + "comment_threads_comment_threads_all_to_me.json");
        replay.enqueue(200, PY + "comment_threads_comment_threads_all_to_me.json");
        try (YouTubeConnector yt = seeded(false)) {
            Page<Comment> page = yt.comments().comments(YouTubeTestSupport.ACCOUNT, "any", PageRequest.first(20));
            assertThat(page.items()).extracting(Comment::commentId).containsExactlyElementsOf(
                    all.findValues("topLevelComment").stream().map(n -> n.get("id").asText()).toList());
            assertThat(page.nextCursor()).isEqualTo(all.has("nextPageToken") ? all.get("nextPageToken").asText() : null);
        }
    }

    @Test
    void a_reply_is_comments_insert_with_the_parent_id_and_answers_the_new_comment() throws IOException {
        JsonNode inserted = rawJson(PY + "comments_insert_response.json");
        replay.enqueue(200, PY + "comments_insert_response.json");
        try (YouTubeConnector yt = seeded(false)) {
            String parent = inserted.at("/snippet/parentId").asText();
            Comment top = Comment.of(Platform.YOUTUBE, "video", parent, new io.github.mediaops.core.engagement.Author("UCfan", "fan"),
                    Instant.parse("2022-11-14T10:00:00Z"), "nice");
            Comment replied = yt.comments().reply(YouTubeTestSupport.ACCOUNT, top, inserted.at("/snippet/textOriginal").asText(), "r-1");
            assertThat(replied.state()).isEqualTo(ReplyState.REPLIED);
            Comment reply = replied.replies().get(0);
            assertThat(reply.commentId()).isEqualTo(inserted.get("id").asText());
            assertThat(reply.author().id()).isEqualTo(inserted.at("/snippet/authorChannelId/value").asText());
            assertThat(reply.createdAt()).isEqualTo(Instant.parse(inserted.at("/snippet/publishedAt").asText()));
            JsonNode sentBody = raw.readTree(replay.received().get(0).body());
            assertThat(sentBody.at("/snippet/parentId").asText()).isEqualTo(parent);
            assertThat(replay.received().get(0).query()).containsEntry("part", "snippet");
        }
    }

    @Test
    void an_upload_answered_with_the_video_resource_gives_a_pending_ticket_with_its_id() throws IOException {
        JsonNode video = rawJson(PY + "videos_insert_response.json");
        String session = replay.baseUrl() + "upload/youtube/v3/videos?uploadType=resumable&upload_id=replay1";
        replay.enqueue(200, null, Map.of("Location", session)) // the session start: its answer is the Location header
                .enqueue(200, PY + "videos_insert_response.json");
        try (YouTubeConnector yt = seeded(false)) {
            PublishTicket t = yt.publishing().publish(YouTubeTestSupport.request("replay-up",
                    video.at("/snippet/title").asText(), YouTubeTestSupport.video(dir, "r.mp4", 4096)));
            assertThat(t.ticketId()).isEqualTo(video.get("id").asText());
            assertThat(t.status()).as("the answer has no status part: still processing").isEqualTo(PublishStatus.PENDING);
            assertThat(replay.received().get(0).query()).containsEntry("uploadType", "resumable").containsEntry("part", "snippet,status");
            assertThat(replay.received().get(1).method()).isEqualTo("PUT");
            assertThat(replay.received().get(1).uri()).endsWith("upload_id=replay1");
        }
    }

    @Test
    void refresh_reads_upload_status_processed_as_published_and_a_missing_status_as_pending() throws IOException {
        JsonNode processed = rawJson(RUBY + "video.json");
        JsonNode noStatus = rawJson(PY + "videos_videos_info_single.json");
        replay.enqueue(200, RUBY + "video.json").enqueue(200, PY + "videos_videos_info_single.json");
        try (YouTubeConnector yt = seeded(false)) {
            String id = processed.at("/items/0/id").asText();
            PublishTicket done = yt.publishing().refresh(PublishTicket.pending(id, YouTubeTestSupport.ACCOUNT, "k1", clock.instant()));
            assertThat(done.status()).isEqualTo(PublishStatus.PUBLISHED);
            assertThat(done.live().orElseThrow().publishedAt())
                    .isEqualTo(Instant.parse(processed.at("/items/0/snippet/publishedAt").asText()));
            assertThat(done.live().orElseThrow().url()).hasToString("https://www.youtube.com/watch?v=" + id);
            String other = noStatus.at("/items/0/id").asText();
            PublishTicket pending = yt.publishing().refresh(PublishTicket.pending(other, YouTubeTestSupport.ACCOUNT, "k2", clock.instant()));
            assertThat(pending.status()).isEqualTo(PublishStatus.PENDING);
        }
    }

    @Test
    void key_invalid_is_refused_credentials_without_a_refresh() throws IOException {
        JsonNode error = rawJson(PY + "error_response.json");
        replay.enqueue(400, PY + "error_response.json");
        try (YouTubeConnector yt = seeded(false)) {
            AuthenticationException e = catchThrowableOfType(AuthenticationException.class,
                    () -> yt.comments().comments(YouTubeTestSupport.ACCOUNT, "v", PageRequest.first(5)));
            assertThat(e.tokenExpired()).isFalse();
            assertThat(e.platformCode()).hasValue(error.at("/error/errors/0/reason").asText());
            assertThat(e.platformMessage()).hasValue(error.at("/error/message").asText());
            assertThat(e.httpStatus()).hasValue(error.at("/error/code").asInt());
            assertThat(replay.received()).hasSize(1);
        }
    }

    @Test
    void a_403_with_a_reason_is_permission_denied_with_youtubes_code_and_message() throws IOException {
        JsonNode error = rawJson(PY + "error_permission_resp.json");
        replay.enqueue(403, PY + "error_permission_resp.json");
        try (YouTubeConnector yt = seeded(false)) {
            PermissionDeniedException e = catchThrowableOfType(PermissionDeniedException.class,
                    () -> yt.comments().comments(YouTubeTestSupport.ACCOUNT, "v", PageRequest.first(5)));
            assertThat(e.platformCode()).hasValue(error.at("/error/errors/0/reason").asText());
            assertThat(e.platformMessage()).hasValue(error.at("/error/message").asText());
            assertThat(replay.received()).hasSize(1);
        }
    }

    @Test
    void a_403_without_a_reason_is_typed_by_its_status() throws IOException {
        replay.enqueue(403, ANALYTIX + "error_403.json");
        try (YouTubeConnector yt = seeded(false)) {
            PermissionDeniedException e = catchThrowableOfType(PermissionDeniedException.class,
                    () -> yt.dailyMetrics(YouTubeTestSupport.ACCOUNT, "v", DateRange.day(today)));
            assertThat(e.httpStatus()).hasValue(rawJson(ANALYTIX + "error_403.json").at("/error/code").asInt());
            assertThat(e.platformCode()).isEmpty();
        }
    }

    @Test
    void the_refresh_grant_keeps_the_refresh_token_google_does_not_resend() throws IOException {
        JsonNode token = rawJson(PY + "access_token.json");
        replay.enqueue(200, PY + "access_token.json").enqueue(200, PY + "comment_threads_comment_threads_by_video_paged_2.json");
        try (YouTubeConnector yt = seeded(true)) {
            yt.comments().comments(YouTubeTestSupport.ACCOUNT, "v", PageRequest.first(5));
            assertThat(replay.received().get(0).body()).contains("grant_type=refresh_token", "refresh_token=1%2F%2Fseeded");
            UserGrant g = yt.grant(YouTubeTestSupport.CHANNEL).orElseThrow();
            assertThat(g.accessToken().reveal()).isEqualTo(token.get("access_token").asText());
            assertThat(g.accessExpiresAt()).isEqualTo(clock.instant().plusSeconds(token.get("expires_in").asLong()));
        }
    }

    @Test
    void token_endpoint_errors_are_typed_from_the_oauth_error_or_the_status() throws IOException {
        JsonNode simple = rawJson(PY + "error_response_simple.json");
        replay.enqueue(400, PY + "error_response_simple.json").enqueue(403, ANALYTIX + "auth_error_403.json");
        try (YouTubeConnector yt = seeded(true)) {
            InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class,
                    () -> yt.comments().comments(YouTubeTestSupport.ACCOUNT, "v", PageRequest.first(5)));
            assertThat(e.platformCode()).hasValue(simple.get("error").asText());
            assertThat(e.httpStatus()).hasValue(400);
            PermissionDeniedException p = catchThrowableOfType(PermissionDeniedException.class,
                    () -> yt.comments().comments(YouTubeTestSupport.ACCOUNT, "v", PageRequest.first(5)));
            assertThat(p.httpStatus()).hasValue(403);
            assertThat(replay.received()).as("neither is retried").hasSize(2);
        }
    }

    @Test
    void the_account_must_be_a_youtube_channel() {
        try (YouTubeConnector yt = seeded(false)) {
            var e = catchThrowableOfType(io.github.mediaops.core.InvalidValueException.class, () -> yt.comments()
                    .comments(AccountRef.of(Platform.BILIBILI, "x"), "v", PageRequest.first(5)));
            assertThat(e.field()).isEqualTo("account");
            assertThat(replay.received()).isEmpty();
        }
    }
}
