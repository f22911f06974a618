package io.github.mediaops.connector.douyin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mediaops.connector.support.Json;
import io.github.mediaops.connector.support.UserGrant;
import io.github.mediaops.connector.tck.KitResilience;
import io.github.mediaops.core.connector.Page;
import io.github.mediaops.core.connector.PageRequest;
import io.github.mediaops.core.connector.Secret;
import io.github.mediaops.core.engagement.Comment;
import io.github.mediaops.core.engagement.ReplyState;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.platform.Platform;
import io.github.mediaops.core.publish.PublishRequest;
import io.github.mediaops.core.publish.PublishStatus;
import io.github.mediaops.core.publish.PublishTicket;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import retrofit2.Retrofit;
import retrofit2.converter.jackson.JacksonConverterFactory;

/**
 * The publishing and comment endpoints over responses recorded by others ({@code replay/SOURCES.md}), served
 * over loopback and checked field by field against the raw JSON (read with a plain Jackson tree, never
 * through the connector's records).
 */
class DouyinPublishReplayTest {
    private final MovingClock clock = new MovingClock(Instant.parse("2026-11-20T02:00:00Z"));
    private final ObjectMapper raw = new ObjectMapper();
    private final ReplayServer server = new ReplayServer();
    private static final AccountRef ACCOUNT = AccountRef.of(Platform.DOUYIN, DouyinTestSupport.OPEN_ID);

    @AfterEach
    void stop() {
        server.close();
    }

    private JsonNode rawJson(String resource) throws IOException {
        return raw.readTree(ReplayServer.recorded(resource));
    }

    private DouyinConnector connector() {
        DouyinConnector c = DouyinConnector.builder(DouyinTestSupport.config(server.baseUrl(), "replay-key", "replay-secret",
                clock, Duration.ofSeconds(5))).resilience(KitResilience.fastRetries()).build();
        c.seed(new UserGrant(DouyinTestSupport.OPEN_ID, Secret.of("access-1"), clock.instant().plus(Duration.ofDays(10)),
                Secret.of("refresh-1"), clock.instant().plus(Duration.ofDays(20)), 0));
        return c;
    }

    private DouyinApi api() {
        return new Retrofit.Builder().baseUrl(server.baseUrl().toString())
                .addConverterFactory(JacksonConverterFactory.create(Json.tolerantMapper())).build().create(DouyinApi.class);
    }

    @Test
    void skit_upload_create_and_video_data_responses_publish_a_video_end_to_end() throws IOException {
        server.serve("/api/douyin/v1/video/upload_video/", "skit/DouyinVideoUploadVideoV1Response.json")
                .serve("/api/douyin/v1/video/create_video/", "skit/DouyinVideoCreateVideoV1Response.json")
                .serve("/api/douyin/v1/video/video_data/", "skit/DouyinVideoDataV1Response.json");
        JsonNode uploaded = rawJson("skit/DouyinVideoUploadVideoV1Response.json").get("data").get("video");
        JsonNode created = rawJson("skit/DouyinVideoCreateVideoV1Response.json").get("data");
        JsonNode data = rawJson("skit/DouyinVideoDataV1Response.json").get("data").get("list").get(0);
        PublishRequest request = DouyinTestSupport.publishRequest(DouyinTestSupport.video("replay-video",
                DouyinTestSupport.videoFile(4096, 3), "测试视频").build(), "replay-1");

        try (DouyinConnector c = connector()) {
            PublishTicket t = c.publishing().publish(request);
            assertThat(t.ticketId()).isEqualTo(created.get("item_id").asText());
            assertThat(t.status()).isEqualTo(PublishStatus.PENDING);

            PublishTicket done = c.publishing().refresh(t);
            assertThat(data.get("video_status").asInt()).isEqualTo(1);
            assertThat(done.status()).isEqualTo(PublishStatus.PUBLISHED);
            assertThat(done.live()).get().satisfies(p -> {
                assertThat(p.postId()).isEqualTo(data.get("item_id").asText());
                assertThat(p.url()).isEqualTo(URI.create(data.get("share_url").asText()));
                assertThat(p.publishedAt()).isEqualTo(Instant.ofEpochSecond(data.get("create_time").asLong()));
            });
        }
        ReplayServer.Seen upload = server.seen("/api/douyin/v1/video/upload_video/");
        assertThat(upload.query()).containsEntry("open_id", DouyinTestSupport.OPEN_ID);
        assertThat(upload.accessToken()).isEqualTo("access-1");
        assertThat(upload.body()).contains("name=\"video\"");
        JsonNode create = raw.readTree(server.seen("/api/douyin/v1/video/create_video/").body());
        assertThat(create.get("video_id").asText()).as("the uploaded video").isEqualTo(uploaded.get("video_id").asText());
        assertThat(create.get("text").asText()).isEqualTo("测试视频\n秋季新品上架 #新品");
        assertThat(create.has("custom_cover_image_url")).isFalse();
        JsonNode asked = raw.readTree(server.seen("/api/douyin/v1/video/video_data/").body());
        assertThat(asked.get("item_ids").get(0).asText()).isEqualTo(created.get("item_id").asText());
    }

    @ParameterizedTest
    @CsvSource({"skit/DouyinVideoUploadVideoV1Response.json", "skit/DouyinVideoCompleteVideoPartUploadV1Response.json"})
    void skit_upload_answers_carry_the_video_id_and_its_size_as_text(String file) throws IOException {
        server.serve("/api/douyin/v1/video/complete_video_part_upload/", file);
        JsonNode video = rawJson(file).get("data").get("video");
        DouyinApi.UploadedVideo got = api().completePartUpload("t", "o", "@8hxdhauTCM", Map.of()).execute().body().data().video();
        assertThat(got.videoId()).isEqualTo(video.get("video_id").asText());
        assertThat(got.width()).isEqualTo(video.get("width").asText());
        assertThat(got.height()).isEqualTo(video.get("height").asText());
    }

    @Test
    void skit_init_answer_carries_the_upload_id() throws IOException {
        server.serve("/api/douyin/v1/video/init_video_part_upload/", "skit/DouyinVideoInitVideoPartUploadV1Response.json");
        String expected = rawJson("skit/DouyinVideoInitVideoPartUploadV1Response.json").get("data").get("upload_id").asText();
        assertThat(api().initPartUpload("t", "o", Map.of()).execute().body().data().uploadId()).isEqualTo(expected);
    }

    @Test
    void skit_comment_list_and_reply_list_map_to_a_threaded_comment() throws IOException {
        server.serve("/video/comment/list/", "skit/VideoCommentListResponse.json")
                .serve("/video/comment/reply/list/", "skit/VideoCommentReplyListResponse.json");
        JsonNode list = rawJson("skit/VideoCommentListResponse.json").get("data");
        JsonNode w = list.get("list").get(0);
        JsonNode r = rawJson("skit/VideoCommentReplyListResponse.json").get("data").get("list").get(0);

        try (DouyinConnector c = connector()) {
            Page<Comment> page = c.comments().comments(ACCOUNT, "@item", PageRequest.first(10));
            assertThat(page.items()).hasSize(list.get("list").size());
            assertThat(page.hasNext()).isEqualTo(list.get("has_more").asBoolean());
            Comment got = page.items().get(0);
            assertThat(got.commentId()).isEqualTo(w.get("comment_id").asText());
            assertThat(got.author().id()).isEqualTo(w.get("comment_user_id").asText());
            assertThat(got.text()).isEqualTo(w.get("content").asText());
            assertThat(got.createdAt()).isEqualTo(Instant.ofEpochSecond(w.get("create_time").asLong()));
            assertThat(got.likes()).isEqualTo(w.get("digg_count").asLong());
            assertThat(got.featured()).isEqualTo(w.get("top").asBoolean());
            assertThat(got.state()).as("none of the replies is by open-1").isEqualTo(ReplyState.UNREPLIED);
            assertThat(got.replies()).singleElement().satisfies(reply -> {
                assertThat(reply.commentId()).isEqualTo(r.get("comment_id").asText());
                assertThat(reply.author().id()).isEqualTo(r.get("comment_user_id").asText());
                assertThat(reply.text()).isEqualTo(r.get("content").asText());
                assertThat(reply.createdAt()).isEqualTo(Instant.ofEpochSecond(r.get("create_time").asLong()));
            });
        }
        assertThat(server.seen("/video/comment/list/").query()).containsEntry("item_id", "@item")
                .containsEntry("open_id", DouyinTestSupport.OPEN_ID).containsEntry("cursor", "0").containsEntry("count", "10");
        assertThat(server.seen("/video/comment/reply/list/").query()).containsEntry("comment_id", w.get("comment_id").asText());
    }

    @Test
    void skit_reply_answer_gives_the_replys_id() throws IOException {
        server.serve("/video/comment/reply/", "skit/VideoCommentReplyResponse.json");
        String replyId = rawJson("skit/VideoCommentReplyResponse.json").get("data").get("comment_id").asText();
        Comment on = Comment.of(Platform.DOUYIN, "@item", "c-1", new io.github.mediaops.core.engagement.Author("fan", ""),
                clock.instant(), "好看");
        try (DouyinConnector c = connector()) {
            Comment replied = c.comments().reply(ACCOUNT, on, "谢谢", "replay-reply-1");
            assertThat(replied.state()).isEqualTo(ReplyState.REPLIED);
            assertThat(replied.replies()).singleElement().satisfies(x -> assertThat(x.commentId()).isEqualTo(replyId));
        }
        JsonNode sent = raw.readTree(server.seen("/video/comment/reply/").body());
        assertThat(sent.get("item_id").asText()).isEqualTo("@item");
        assertThat(sent.get("comment_id").asText()).isEqualTo("c-1");
        assertThat(sent.get("content").asText()).isEqualTo("谢谢");
    }
}
