package io.github.mediaops.connector.support.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.connector.Capability;
import io.github.mediaops.core.connector.UnsupportedCapabilityException;
import io.github.mediaops.core.content.AssetLicense;
import io.github.mediaops.core.content.ContentItem;
import io.github.mediaops.core.content.ContentKind;
import io.github.mediaops.core.content.ContentVariant;
import io.github.mediaops.core.content.MediaAsset;
import io.github.mediaops.core.content.MediaKind;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.platform.Platform;
import io.github.mediaops.core.publish.PublishRequest;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublishInputsTest {
    @TempDir
    Path dir;

    private static MediaAsset video(URI uri, long bytes) {
        return new MediaAsset(MediaKind.VIDEO, uri, "video/mp4", 1920, 1080, Duration.ofSeconds(10), bytes,
                AssetLicense.owned("mediaops"));
    }

    @Test
    void a_scheduled_request_is_refused_on_a_platform_that_publishes_at_once_and_an_immediate_one_passes() {
        AccountRef account = AccountRef.of(Platform.WEIBO, "1902538057");
        ContentVariant variant = ContentVariant.unchanged(ContentItem.builder("c-1", ContentKind.MICROBLOG_POST)
                .title("").body("新品上市").created("ops", Instant.parse("2026-12-06T00:00:00Z")).build(), Platform.WEIBO);
        PublishRequest scheduled = PublishRequest.at(account, variant, Instant.parse("2026-12-07T02:00:00Z"), "k-1");
        UnsupportedCapabilityException e = catchThrowableOfType(UnsupportedCapabilityException.class,
                () -> PublishInputs.refuseSchedule(scheduled, Platform.WEIBO, "statuses/share publishes at once"));
        assertThat(e.capability()).isEqualTo(Capability.PUBLISH);
        assertThat(e.platform()).isEqualTo(Platform.WEIBO);
        assertThat(e.retryable()).isFalse();
        assertThat(e.getMessage()).contains("scheduled publishing (statuses/share publishes at once; call publish at the "
                + "scheduled time) is not supported by the");
        assertThatCode(() -> PublishInputs.refuseSchedule(PublishRequest.now(account, variant, "k-2"), Platform.WEIBO,
                "statuses/share publishes at once")).doesNotThrowAnyException();
    }

    @Test
    void only_local_files_are_uploaded() {
        InvalidValueException e = catchThrowableOfType(InvalidValueException.class,
                () -> PublishInputs.localFile(video(URI.create("https://cdn.example/v.mp4"), 10), "media"));
        assertThat(e.field()).isEqualTo("media.uri");
        assertThat(e.getMessage()).contains("https:");
    }

    @Test
    void the_file_must_have_the_size_its_asset_states_and_must_not_be_empty() throws IOException {
        Path file = Files.write(dir.resolve("v.mp4"), new byte[10]);
        assertThat(PublishInputs.fileSize(file, video(file.toUri(), 10), "media")).isEqualTo(10);
        assertThat(PublishInputs.fileSize(file, video(file.toUri(), 0), "media")).as("an asset stating no size").isEqualTo(10);
        assertThat(catchThrowableOfType(InvalidValueException.class,
                () -> PublishInputs.fileSize(file, video(file.toUri(), 11), "media")).field()).isEqualTo("media.bytes");
        Path empty = Files.write(dir.resolve("e.mp4"), new byte[0]);
        assertThat(catchThrowableOfType(InvalidValueException.class,
                () -> PublishInputs.fileSize(empty, video(empty.toUri(), 0), "media")).field()).isEqualTo("media.uri");
        Path missing = dir.resolve("missing.mp4");
        assertThat(catchThrowableOfType(InvalidValueException.class,
                () -> PublishInputs.readAll(missing, "cover.uri")).field()).isEqualTo("cover.uri");
    }
}
