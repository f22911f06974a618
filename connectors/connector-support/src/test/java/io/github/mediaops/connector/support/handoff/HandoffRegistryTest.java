package io.github.mediaops.connector.support.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.MediaOpsException;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.platform.Platform;
import io.github.mediaops.core.rules.AspectRatio;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The platform-free parts of hand-off publishing, with two small targets. */
class HandoffRegistryTest {
    static final Instant AT = Instant.parse("2026-12-01T04:00:00Z");

    /** A target whose post ids are 6 digits. */
    record DigitsTarget(Platform platform) implements HandoffTarget {
        @Override
        public String idPrefix() {
            return "t";
        }

        @Override
        public String postNoun() {
            return "post";
        }

        @Override
        public String parsePostId(String idOrAddress) {
            if (idOrAddress == null || !idOrAddress.strip().matches("[0-9]{6}")) {
                throw new InvalidValueException("postId", "not six digits: " + idOrAddress);
            }
            return idOrAddress.strip();
        }

        @Override
        public URI postUrl(String postId) {
            return URI.create("https://example.test/p/" + postId);
        }

        @Override
        public List<AspectRatio> defaultImageRatios() {
            return List.of(new AspectRatio(1, 1));
        }

        @Override
        public String coverRule() {
            return "the first image is the cover";
        }

        @Override
        public List<String> steps(String handoffId, List<HandoffFile> files) {
            return List.of("post " + handoffId);
        }
    }

    static final DigitsTarget WEIBO = new DigitsTarget(Platform.WEIBO);
    static final DigitsTarget DOUYIN = new DigitsTarget(Platform.DOUYIN);

    static final class Publisher extends HandoffPublisher {
        Publisher(Builder<Publisher> b) {
            super(WEIBO, b);
        }
    }

    @TempDir
    Path dir;

    private static HandoffRecord record(String id) {
        return new HandoffRecord(id, "key-" + id, AccountRef.of(Platform.WEIBO, "brand"), "c-" + id, "标题 " + id, AT,
                Optional.empty(), Optional.empty());
    }

    @Test
    void records_posts_through_the_targets_parser_and_refuses_conflicts() {
        HandoffRegistry r = HandoffRegistry.inMemory(WEIBO);
        r.register(record("t-a"));
        r.register(record("t-b"));
        assertThat(r.recordPost("t-a", " 123456 ", AT).postId()).contains("123456");
        assertThat(r.recordPost("t-a", "123456", AT.plusSeconds(5)).postedAt()).contains(AT);   // again: no-op
        assertThatThrownBy(() -> r.recordPost("t-a", "654321", AT)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("already recorded as post 123456");
        assertThatThrownBy(() -> r.recordPost("t-b", "123456", AT)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("post 123456 is already recorded for hand-off t-a");
        assertThatThrownBy(() -> r.recordPost("t-b", "12ab", AT))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("postId"));
        assertThat(r.byPostId("123456")).map(HandoffRecord::handoffId).contains("t-a");
    }

    @Test
    void reads_a_registry_file_written_before_post_ids_were_shared_by_platforms() throws IOException {
        Path file = dir.resolve("handoffs.json");
        Files.writeString(file, """
                {"schema":"mediaops.weibo.handoffs/1","handoffs":[{"handoffId":"t-old","idempotencyKey":"k-old",
                "platform":"weibo","account":"brand","contentId":"c","title":"旧的","createdAt":"2026-11-01T00:00:00Z",
                "noteId":"000042","postedAt":"2026-11-02T00:00:00Z"}]}""");
        HandoffRegistry r = HandoffRegistry.file(file, WEIBO);
        assertThat(r.byPostId("000042")).map(HandoffRecord::handoffId).contains("t-old");
        r.register(record("t-new"));
        assertThat(Files.readString(file)).contains("\"postId\" : \"000042\"").doesNotContain("noteId");
    }

    @Test
    void a_registry_file_of_another_platform_is_refused() throws IOException {
        Path file = dir.resolve("handoffs.json");
        HandoffRegistry.file(file, WEIBO).register(record("t-a"));
        assertThatThrownBy(() -> HandoffRegistry.file(file, DOUYIN)).isInstanceOf(MediaOpsException.class)
                .hasMessageContaining("mediaops.douyin.handoffs/1");
    }

    @Test
    void a_publisher_refuses_a_registry_of_another_platform() {
        HandoffRegistry douyin = HandoffRegistry.inMemory(DOUYIN);
        assertThatThrownBy(() -> HandoffPublisher.builder(dir, Publisher::new).registry(douyin).build())
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("registry"))
                .hasMessageContaining("douyin");
        Publisher p = HandoffPublisher.builder(dir, Publisher::new).build();
        assertThat(p.registry().target()).isEqualTo(WEIBO);
        assertThat(p.closest(1920, 1080)).isEqualTo(new AspectRatio(1, 1));
        assertThat(HandoffPublisher.handoffId("t", "a/b")).startsWith("t-a_b-");
    }
}
