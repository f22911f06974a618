package io.github.mediaops.connector.youtube;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.mediaops.connector.tck.Fault;
import io.github.mediaops.connector.tck.ManualClock;
import io.github.mediaops.connector.youtube.simulator.YouTubeSimulator;
import io.github.mediaops.connector.youtube.simulator.YouTubeSimulator.UploadPut;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.connector.AmbiguousOutcomeException;
import io.github.mediaops.core.content.MediaAsset;
import io.github.mediaops.core.publish.PublishStatus;
import io.github.mediaops.core.publish.PublishTicket;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Google's resumable upload protocol against the simulator, with the connection dropped in the middle of a body:
 * the connector asks the session what arrived ({@code Content-Range: bytes *}{@code /total}), resumes at the byte the
 * {@code Range} header of the 308 confirms, and never sends a confirmed byte again.
 */
class YouTubeResumableUploadTest {
    private static final int CHUNK = (int) ResumableUpload.CHUNK_GRANULE; // 256 KiB
    private final ManualClock clock = new ManualClock(Instant.parse("2026-12-06T02:00:00Z"));
    private final YouTubeSimulator sim = YouTubeSimulator.builder().clock(clock).build();

    @TempDir
    Path dir;

    @AfterEach
    void stop() {
        sim.close();
    }

    private YouTubeConnector connector() {
        YouTubeTestSupport.seed(sim, clock);
        return YouTubeTestSupport.authorized(sim, clock);
    }

    private static long received(List<UploadPut> puts) {
        return puts.stream().mapToLong(UploadPut::bytesRead).sum();
    }

    @Test
    void uploads_in_256_KiB_chunks_with_content_range_and_answers_a_pending_ticket() throws IOException {
        int size = 2 * CHUNK + 1234;
        MediaAsset video = YouTubeTestSupport.video(dir, "a.mp4", size);
        try (YouTubeConnector yt = connector()) {
            PublishTicket t = yt.publishing().publish(YouTubeTestSupport.request("up-1", "Three chunks", video, "vlog"));
            assertThat(t.status()).isEqualTo(PublishStatus.PENDING);
            assertThat(sim.uploadPuts()).extracting(UploadPut::contentRange).containsExactly(
                    "bytes 0-262143/" + size, "bytes 262144-524287/" + size, "bytes 524288-" + (size - 1) + "/" + size);
            assertThat(sim.uploadedBytes(t.ticketId())).isEqualTo(Files.readAllBytes(Path.of(video.uri())));
            assertThat(yt.quota().uploadsUsed()).isEqualTo(1);
            sim.completePendingJobs();
            PublishTicket live = yt.publishing().refresh(t);
            assertThat(live.status()).isEqualTo(PublishStatus.PUBLISHED);
            assertThat(live.live().orElseThrow().url()).hasToString("https://www.youtube.com/watch?v=" + t.ticketId());
        }
    }

    @Test
    void a_connection_dropped_mid_body_resumes_at_the_confirmed_byte_without_resending_earlier_bytes() throws IOException {
        int size = 3 * CHUNK;
        long cut = CHUNK + 100_000; // inside the second chunk: the server keeps 100,000 of its bytes, then hangs up
        MediaAsset video = YouTubeTestSupport.video(dir, "b.mp4", size);
        sim.dropUploadAt(cut, true);
        try (YouTubeConnector yt = connector()) {
            PublishTicket t = yt.publishing().publish(YouTubeTestSupport.request("up-2", "Dropped once", video));
            List<UploadPut> puts = sim.uploadPuts();
            assertThat(puts).extracting(UploadPut::contentRange).containsExactly(
                    "bytes 0-262143/" + size,
                    "bytes 262144-524287/" + size,          // dropped after 100,000 bytes of this body
                    "bytes */" + size,                      // what arrived? 308 Range: bytes=0-362143
                    "bytes " + cut + "-" + (cut + CHUNK - 1) + "/" + size, // resumes at the confirmed byte
                    "bytes " + (cut + CHUNK) + "-" + (size - 1) + "/" + size);
            assertThat(puts.get(1).bytesRead()).isEqualTo(100_000);
            assertThat(received(puts)).as("every byte reached the server exactly once").isEqualTo(size);
            assertThat(sim.uploadedBytes(t.ticketId())).isEqualTo(Files.readAllBytes(Path.of(video.uri())));
        }
    }

    @Test
    void a_308_without_range_after_a_drop_restarts_from_byte_0() throws IOException {
        int size = 2 * CHUNK;
        MediaAsset video = YouTubeTestSupport.video(dir, "c.mp4", size);
        sim.dropUploadAt(50_000, false); // the server keeps nothing of the first body
        try (YouTubeConnector yt = connector()) {
            PublishTicket t = yt.publishing().publish(YouTubeTestSupport.request("up-3", "Nothing kept", video));
            assertThat(sim.uploadPuts()).extracting(UploadPut::contentRange).containsExactly(
                    "bytes 0-262143/" + size, "bytes */" + size, "bytes 0-262143/" + size, "bytes 262144-524287/" + size);
            assertThat(sim.uploadPuts().get(1).status()).as("status query: 308 without Range").isZero();
            assertThat(sim.uploadedBytes(t.ticketId())).isEqualTo(Files.readAllBytes(Path.of(video.uri())));
        }
    }

    @Test
    void a_5xx_on_a_chunk_is_resumed_from_the_session_status_not_retried_blindly() throws IOException {
        int size = 2 * CHUNK;
        MediaAsset video = YouTubeTestSupport.video(dir, "d.mp4", size);
        try (YouTubeConnector yt = connector()) {
            // session start, first chunk, then the second chunk fails with a 503 page
            sim.failAfter(2, Fault.SERVER_ERROR);
            PublishTicket t = yt.publishing().publish(YouTubeTestSupport.request("up-4", "Busy once", video));
            assertThat(sim.uploadPuts()).extracting(UploadPut::contentRange).containsExactly(
                    "bytes 0-262143/" + size, "bytes */" + size, "bytes 262144-524287/" + size);
            assertThat(received(sim.uploadPuts())).isEqualTo(size);
            assertThat(sim.uploadedBytes(t.ticketId())).hasSize(size);
        }
    }

    @Test
    void an_interrupted_publish_resumes_the_same_session_when_published_again_with_the_same_key() throws IOException {
        int size = 3 * CHUNK;
        MediaAsset video = YouTubeTestSupport.video(dir, "e.mp4", size);
        try (YouTubeConnector yt = YouTubeTestSupport.builder(sim, clock, java.time.Duration.ofSeconds(10))
                .chunkBytes(CHUNK).maxResumes(0).build()) {
            YouTubeTestSupport.seed(sim, clock);
            yt.authorize(sim.authorizationCode(YouTubeTestSupport.CHANNEL));
            sim.dropUploadAt(CHUNK + 10, true);
            var request = YouTubeTestSupport.request("up-5", "Crash and resume", video);
            AmbiguousOutcomeException e = catchThrowableOfType(AmbiguousOutcomeException.class,
                    () -> yt.publishing().publish(request));
            assertThat(e).as("no resume allowed in this call").isNotNull();
            PublishTicket t = yt.publishing().publish(request);
            List<UploadPut> puts = sim.uploadPuts();
            assertThat(puts).extracting(UploadPut::contentRange).containsExactly(
                    "bytes 0-262143/" + size, "bytes 262144-524287/" + size,
                    "bytes */" + size, "bytes 262154-524297/" + size, "bytes 524298-786431/" + size);
            assertThat(received(puts)).isEqualTo(size);
            assertThat(yt.quota().uploadsUsed()).as("one session, one videos.insert").isEqualTo(1);
            assertThat(sim.uploadedBytes(t.ticketId())).isEqualTo(Files.readAllBytes(Path.of(video.uri())));
            assertThat(yt.publishing().publish(request).ticketId()).isEqualTo(t.ticketId());
        }
    }

    @Test
    void titles_and_chunk_sizes_outside_youtube_limits_are_refused_before_anything_is_sent() throws IOException {
        MediaAsset video = YouTubeTestSupport.video(dir, "f.mp4", 1000);
        try (YouTubeConnector yt = connector()) {
            int before = sim.apiRequests();
            InvalidValueException longTitle = catchThrowableOfType(InvalidValueException.class, () -> yt.publishing()
                    .publish(YouTubeTestSupport.request("up-6", "x".repeat(101), video)));
            assertThat(longTitle.field()).isEqualTo("title");
            InvalidValueException angle = catchThrowableOfType(InvalidValueException.class, () -> yt.publishing()
                    .publish(YouTubeTestSupport.request("up-7", "a <b> title", video)));
            assertThat(angle.field()).isEqualTo("title");
            assertThat(sim.apiRequests()).isEqualTo(before);
        }
        InvalidValueException chunk = catchThrowableOfType(InvalidValueException.class,
                () -> YouTubeTestSupport.builder(sim, clock, java.time.Duration.ofSeconds(1)).chunkBytes(300_000));
        assertThat(chunk.field()).isEqualTo("chunkBytes");
    }
}
