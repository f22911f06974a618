package io.github.mediaops.connector.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mediaops.connector.support.handoff.HandoffPackage;
import io.github.mediaops.connector.support.handoff.HandoffPublisher;
import io.github.mediaops.connector.support.handoff.HandoffRegistry;
import io.github.mediaops.connector.support.handoff.PackageFormat;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.compliance.ComplianceChecker;
import io.github.mediaops.core.compliance.Disclosure;
import io.github.mediaops.core.connector.ContentRejectedException;
import io.github.mediaops.core.content.AssetLicense;
import io.github.mediaops.core.content.ContentItem;
import io.github.mediaops.core.content.ContentKind;
import io.github.mediaops.core.content.MediaAsset;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.platform.Platform;
import io.github.mediaops.core.publish.PublishStatus;
import io.github.mediaops.core.publish.PublishTicket;
import io.github.mediaops.core.rules.AspectRatio;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChannelsHandoffTest {
    static final AccountRef ACCOUNT = AccountRef.of(Platform.WECHAT_CHANNELS, "sphBrandDemo01");
    static final Instant NOW = Instant.parse("2026-12-05T02:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final ComplianceChecker CHECKER = ComplianceChecker.withBundledDictionary();
    /** The shape WeChat's pages show for a feedId ({@code export/} + URL-safe base64); this one is made up. */
    static final String FEED_ID = "export/UzFfAgtgekIEAQAAAAAAtestFeedIdForMediaopsHandoff0001";

    @TempDir
    Path dir;

    private HandoffPublisher.Builder<ChannelsHandoff> handoff() {
        return ChannelsHandoff.builder(dir.resolve("out")).clock(CLOCK).compliance(CHECKER);
    }

    private Path png(String name, int w, int h) throws IOException {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.fillRect(0, 0, w, h);
        g.dispose();
        Path p = dir.resolve("src").resolve(name);
        Files.createDirectories(p.getParent());
        ImageIO.write(img, "png", p.toFile());
        return p;
    }

    private ContentItem video(String body) throws IOException {
        Path mp4 = dir.resolve("src").resolve("coat.mp4");
        Files.createDirectories(mp4.getParent());
        Files.write(mp4, "not really a video, but bytes to copy".getBytes(StandardCharsets.UTF_8));
        Path cover = png("cover.png", 1000, 1200);   // 0.83: closer to 3:4 than to 9:16 -> 900x1200
        return ContentItem.builder("coat-video", ContentKind.SHORT_VIDEO).title("三件大衣实测").body(body)
                .addHashtag("秋冬穿搭").language("zh-CN").created("editor", NOW.minusSeconds(3600))
                .addMedia(MediaAsset.video(mp4.toUri(), "video/mp4", 1080, 1920, Duration.ofSeconds(45), Files.size(mp4),
                        AssetLicense.owned("brand")))
                .cover(MediaAsset.image(cover.toUri(), "image/png", 1000, 1200, Files.size(cover), AssetLicense.owned("brand")))
                .build();
    }

    @Test
    void writes_a_video_package_with_the_cover_first_at_a_channels_cover_ratio_and_the_steps_for_the_assistant() throws IOException {
        HandoffPackage pkg = handoff().build().export(video("一周通勤实测，三件大衣怎么选。"), ACCOUNT, "plan-12-coat", Disclosure.none());

        Path folder = dir.resolve("out").resolve("channels-plan-12-coat");
        assertThat(pkg.location()).isEqualTo(folder);
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly("01.png", "02.mp4", "manifest.json", "note.txt");
        }
        BufferedImage cover = ImageIO.read(folder.resolve("01.png").toFile());
        assertThat(cover.getWidth()).isEqualTo(900);
        assertThat(cover.getHeight()).isEqualTo(1200);
        assertThat(Files.readString(folder.resolve("02.mp4"))).isEqualTo("not really a video, but bytes to copy");

        JsonNode m = new ObjectMapper().readTree(folder.resolve("manifest.json").toFile());
        assertThat(m.path("schema").asText()).isEqualTo("mediaops.wechat-channels.handoff/1");
        assertThat(m.path("platform").asText()).isEqualTo("wechat-channels");
        assertThat(m.path("account").asText()).isEqualTo("sphBrandDemo01");
        assertThat(m.path("form").asText()).isEqualTo("video");
        assertThat(m.path("body").asText()).contains("#秋冬穿搭");
        assertThat(m.path("files").get(0).path("role").asText()).isEqualTo("image");
        assertThat(m.path("files").get(0).path("ratio").asText()).isEqualTo("3:4");
        assertThat(m.path("files").get(1).path("role").asText()).isEqualTo("video");
        assertThat(m.path("steps")).extracting(JsonNode::asText)
                .anySatisfy(s -> assertThat(s).contains("channels.weixin.qq.com"))
                .anySatisfy(s -> assertThat(s).contains("动态管理", "feedId", "channels-plan-12-coat"));
        assertThat(pkg.manifest().adaptations()).anySatisfy(a -> assertThat(a).contains("cover", "placed first"));
    }

    @Test
    void the_ticket_turns_published_with_the_feed_id_and_the_assistant_address() throws IOException {
        ChannelsHandoff h = handoff().format(PackageFormat.ZIP).build();
        HandoffPackage pkg = h.export(video("通勤实测"), ACCOUNT, "plan-12-coat", Disclosure.none());
        assertThat(pkg.location().getFileName().toString()).isEqualTo("channels-plan-12-coat.zip");
        try (ZipFile z = new ZipFile(pkg.location().toFile())) {
            assertThat(z.getEntry("manifest.json")).isNotNull();
        }
        PublishTicket pending = h.refresh(PublishTicket.pending(pkg.handoffId(), ACCOUNT, "plan-12-coat", NOW));
        assertThat(pending.status()).isEqualTo(PublishStatus.PENDING);

        h.recordPost(pkg.handoffId(), "  " + FEED_ID + " ", NOW.plusSeconds(600));
        PublishTicket live = h.refresh(pending);
        assertThat(live.status()).isEqualTo(PublishStatus.PUBLISHED);
        assertThat(live.publication().postId()).isEqualTo(FEED_ID);
        assertThat(live.publication().url()).isEqualTo(ChannelsHandoff.ASSISTANT);
        assertThat(live.publication().publishedAt()).isEqualTo(NOW.plusSeconds(600));
        // the same key again: the first package, nothing written
        assertThat(h.export(video("另一段描述"), ACCOUNT, "plan-12-coat", Disclosure.none()).manifest().body())
                .isEqualTo(pkg.manifest().body());
        assertThat(h.registry().all()).hasSize(1);
    }

    @Test
    void refuses_an_address_or_an_account_id_where_a_feed_id_belongs_naming_the_field() throws IOException {
        ChannelsHandoff h = handoff().build();
        String id = h.export(video("通勤实测"), ACCOUNT, "k1", Disclosure.none()).handoffId();
        assertThatThrownBy(() -> h.recordPost(id, "https://channels.weixin.qq.com/platform/post/list", NOW))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("postId"))
                .hasMessageContaining("is an address").hasMessageContaining("动态管理");
        assertThatThrownBy(() -> h.recordPost(id, "sphBrandDemo01", NOW))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("account id");
        assertThatThrownBy(() -> h.recordPost(id, "export/has space", NOW))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("not a Channels feedId");
        assertThat(h.registry().find(id).orElseThrow().isPosted()).isFalse();
    }

    @Test
    void a_high_severity_advertising_law_term_refuses_the_package_and_writes_nothing() throws IOException {
        ChannelsHandoff h = handoff().build();
        assertThatThrownBy(() -> h.export(video("全网最低价，错过再等一年"), ACCOUNT, "k2", Disclosure.none()))
                .isInstanceOf(ContentRejectedException.class).hasMessageContaining("post cannot be handed off");
        assertThat(h.registry().all()).isEmpty();
        assertThat(dir.resolve("out").resolve("channels-k2")).doesNotExist();
    }

    @Test
    void the_registry_file_keeps_channels_posts_and_is_read_back() throws IOException {
        Path file = dir.resolve("reg").resolve("handoffs.json");
        ChannelsHandoff h = handoff().registry(ChannelsHandoff.registry(file)).build();
        String id = h.export(video("通勤实测"), ACCOUNT, "k3", Disclosure.none()).handoffId();
        h.recordPost(id, FEED_ID, NOW);

        JsonNode root = new ObjectMapper().readTree(file.toFile());
        assertThat(root.path("schema").asText()).isEqualTo("mediaops.wechat-channels.handoffs/1");
        assertThat(root.path("handoffs").get(0).path("postId").asText()).isEqualTo(FEED_ID);
        HandoffRegistry again = ChannelsHandoff.registry(file);
        assertThat(again.byPostId(FEED_ID)).hasValueSatisfying(r -> assertThat(r.handoffId()).isEqualTo(id));
        assertThat(ChannelsHandoff.TARGET.defaultImageRatios()).containsExactly(new AspectRatio(3, 4), new AspectRatio(9, 16));
    }
}
