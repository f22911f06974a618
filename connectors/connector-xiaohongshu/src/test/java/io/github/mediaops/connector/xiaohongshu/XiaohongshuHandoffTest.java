package io.github.mediaops.connector.xiaohongshu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mediaops.connector.support.handoff.HandoffFile;
import io.github.mediaops.connector.support.handoff.HandoffPackage;
import io.github.mediaops.connector.support.handoff.HandoffPublisher;
import io.github.mediaops.connector.support.handoff.PackageFormat;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.compliance.ComplianceChecker;
import io.github.mediaops.core.compliance.Disclosure;
import io.github.mediaops.core.connector.ContentRejectedException;
import io.github.mediaops.core.content.AssetLicense;
import io.github.mediaops.core.content.ContentItem;
import io.github.mediaops.core.content.ContentKind;
import io.github.mediaops.core.content.ContentVariant;
import io.github.mediaops.core.content.MediaAsset;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.platform.Platform;
import io.github.mediaops.core.publish.PublishRequest;
import io.github.mediaops.core.publish.PublishStatus;
import io.github.mediaops.core.publish.PublishTicket;
import io.github.mediaops.core.rules.AspectRatio;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XiaohongshuHandoffTest {
    static final AccountRef ACCOUNT = AccountRef.of(Platform.XIAOHONGSHU, "brand-red");
    static final Instant NOW = Instant.parse("2026-11-28T02:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    /** Loading the bundled dictionary takes a while; one checker serves every test. */
    static final ComplianceChecker CHECKER = ComplianceChecker.withBundledDictionary();

    @TempDir
    Path dir;

    private Path png(String name, int w, int h) throws IOException {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, w, h);
        g.setColor(Color.BLUE);                     // a mark at the centre: the crop is centred
        g.fillRect(w / 2 - 5, h / 2 - 5, 10, 10);
        g.dispose();
        Path p = dir.resolve("src").resolve(name);
        Files.createDirectories(p.getParent());
        ImageIO.write(img, "png", p.toFile());
        return p;
    }

    private static MediaAsset image(Path p, int w, int h) throws IOException {
        return MediaAsset.image(p.toUri(), "image/png", w, h, Files.size(p), AssetLicense.owned("brand"));
    }

    private ContentItem note(String title, String body, MediaAsset... images) {
        ContentItem.Builder b = ContentItem.builder("autumn-coat", ContentKind.IMAGE_TEXT_NOTE).title(title).body(body)
                .addHashtag("秋冬穿搭").addHashtag("通勤外套").language("zh-CN").created("editor", NOW.minusSeconds(3600));
        for (MediaAsset m : images) {
            b.addMedia(m);
        }
        return b.build();
    }

    private HandoffPublisher.Builder<XiaohongshuHandoff> handoff() {
        return XiaohongshuHandoff.builder(dir.resolve("out")).clock(CLOCK).compliance(CHECKER);
    }

    @Test
    void writes_an_image_note_package_with_centred_crops_at_the_first_images_ratio_and_reports_every_change() throws IOException {
        Path portrait = png("p.png", 1080, 1920);   // 9:16 -> closest is 3:4 -> 1080x1440
        Path square = png("s.png", 800, 800);       // -> 600x800
        Path landscape = png("l.png", 1600, 900);   // -> 675x900
        String longTitle = "秋冬通勤外套怎么选？三件真正穿得住的大衣测评来了";
        ContentItem item = note(longTitle, "一周通勤实测，详见 https://shop.example.com/coat 链接。",
                image(portrait, 1080, 1920), image(square, 800, 800), image(landscape, 1600, 900));

        HandoffPackage pkg = handoff().build().export(item, ACCOUNT, "plan-2026-12-coat", Disclosure.none());

        Path folder = dir.resolve("out").resolve("xhs-plan-2026-12-coat");
        assertThat(pkg.location()).isEqualTo(folder);
        assertThat(pkg.format()).isEqualTo(PackageFormat.FOLDER);
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly("01.png", "02.png", "03.png", "manifest.json", "note.txt");
        }
        assertImage(folder.resolve("01.png"), 1080, 1440);
        assertImage(folder.resolve("02.png"), 600, 800);
        assertImage(folder.resolve("03.png"), 675, 900);

        // the manifest as a tool reads it: plain JSON
        JsonNode m = new ObjectMapper().readTree(folder.resolve("manifest.json").toFile());
        assertThat(m.path("schema").asText()).isEqualTo("mediaops.xiaohongshu.handoff/1");
        assertThat(m.path("handoffId").asText()).isEqualTo("xhs-plan-2026-12-coat");
        assertThat(m.path("account").asText()).isEqualTo("brand-red");
        assertThat(m.path("form").asText()).isEqualTo("note");
        assertThat(m.path("createdAt").asText()).isEqualTo("2026-11-28T02:00:00Z");
        String title = m.path("title").asText();
        assertThat(title).isNotEqualTo(longTitle).endsWith("…");
        assertThat(halfWidthHalfUnits(title)).isLessThanOrEqualTo(20.0);
        String body = m.path("body").asText();
        assertThat(body).contains("#秋冬穿搭", "#通勤外套").doesNotContain("https://shop.example.com");
        assertThat(m.path("topics")).extracting(JsonNode::asText).containsExactly("秋冬穿搭", "通勤外套");
        JsonNode first = m.path("files").get(0);
        assertThat(first.path("order").asInt()).isEqualTo(1);
        assertThat(first.path("ratio").asText()).isEqualTo("3:4");
        assertThat(first.path("cropY").asInt()).isEqualTo(240);
        assertThat(first.path("cropHeight").asInt()).isEqualTo(1440);
        assertThat(first.path("cropped").asBoolean()).isTrue();
        List<String> adaptations = pkg.manifest().adaptations();
        assertThat(adaptations).anySatisfy(a -> assertThat(a).contains("title"));
        assertThat(adaptations).anySatisfy(a -> assertThat(a).contains("https://shop.example.com/coat"));
        assertThat(adaptations).anySatisfy(a -> assertThat(a).contains("handoff image 1: cropped 1080x1920 to 1080x1440 (3:4"));
        assertThat(adaptations).anySatisfy(a -> assertThat(a).contains("handoff image 3: cropped 1600x900 to 675x900 (3:4"));
        assertThat(m.path("steps").get(2).asText()).contains("recordPost(\"xhs-plan-2026-12-coat\"");
        assertThat(Files.readString(folder.resolve("note.txt"), StandardCharsets.UTF_8)).startsWith(title + "\n\n" + body);
        // nothing half-written is left behind
        try (Stream<Path> out = Files.list(dir.resolve("out"))) {
            assertThat(out.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("xhs-plan-2026-12-coat", "handoffs.json");
        }
    }

    private static void assertImage(Path p, int w, int h) throws IOException {
        BufferedImage img = ImageIO.read(p.toFile());
        assertThat(img.getWidth()).isEqualTo(w);
        assertThat(img.getHeight()).isEqualTo(h);
        assertThat(new Color(img.getRGB(w / 2, h / 2))).isEqualTo(Color.BLUE);
    }

    /** Xiaohongshu counts a CJK character as one and an ASCII character as half (platform-apis.md §10). */
    private static double halfWidthHalfUnits(String s) {
        return s.codePoints().mapToDouble(c -> c < 0x80 ? 0.5 : 1.0).sum();
    }

    @Test
    void picks_square_for_a_square_first_image_and_lists_remote_images_with_their_crop_box() throws IOException {
        Path square = png("sq.png", 1000, 1000);
        MediaAsset remote = MediaAsset.image(URI.create("https://cdn.example.com/look.jpg"), "image/jpeg", 1200, 1600, 1,
                AssetLicense.owned("brand"));
        HandoffPackage pkg = handoff().build().export(note("通勤外套", "正文", image(square, 1000, 1000), remote),
                ACCOUNT, "k-remote", Disclosure.none());
        HandoffFile second = pkg.manifest().files().get(1);
        assertThat(second.file()).isEmpty();
        assertThat(second.cropped()).isFalse();
        assertThat(second.ratio()).isEqualTo("1:1");
        assertThat(List.of(second.cropX(), second.cropY(), second.cropWidth(), second.cropHeight())).containsExactly(0, 200, 1200, 1200);
        assertThat(pkg.manifest().adaptations()).anySatisfy(a -> assertThat(a)
                .contains("https://cdn.example.com/look.jpg not copied (not a local file); crop it to 1200x1200 at (0,200) for 1:1"));
    }

    @Test
    void writes_a_zip_in_one_step_and_reads_it_back() throws IOException {
        Path p = png("z.png", 900, 1200);
        XiaohongshuHandoff h = handoff().format(PackageFormat.ZIP).build();
        HandoffPackage pkg = h.export(note("通勤外套", "正文", image(p, 900, 1200)), ACCOUNT, "k-zip", Disclosure.none());
        assertThat(pkg.location()).isEqualTo(dir.resolve("out").resolve("xhs-k-zip.zip"));
        try (ZipFile z = new ZipFile(pkg.location().toFile())) {
            assertThat(z.stream().map(e -> e.getName()).sorted()).containsExactly("01.png", "manifest.json", "note.txt");
            try (InputStream in = z.getInputStream(z.getEntry("01.png"))) {
                BufferedImage img = ImageIO.read(in);
                assertThat(img.getWidth()).isEqualTo(900);
                assertThat(img.getHeight()).isEqualTo(1200);
            }
        }
        assertThat(pkg.manifest().adaptations()).noneMatch(a -> a.startsWith("handoff image"));   // already 3:4
        assertThat(h.read(pkg.handoffId())).isEqualTo(pkg);
        try (Stream<Path> out = Files.list(dir.resolve("out"))) {
            assertThat(out.map(x -> x.getFileName().toString())).containsExactlyInAnyOrder("xhs-k-zip.zip", "handoffs.json");
        }
    }

    @Test
    void the_same_idempotency_key_returns_the_first_package_and_writes_nothing() throws IOException {
        Path p = png("i.png", 900, 1200);
        XiaohongshuHandoff h = handoff().build();
        MediaAsset img = image(p, 900, 1200);
        HandoffPackage first = h.export(note("通勤外套", "正文", img), ACCOUNT, "k-once", Disclosure.none());
        Files.delete(p);   // a second write would have to read the source again
        HandoffPackage again = h.export(note("换了标题", "换了正文", img), ACCOUNT, "k-once", Disclosure.none());
        assertThat(again).isEqualTo(first);
        assertThat(h.registry().all()).hasSize(1);
    }

    @Test
    void the_ticket_turns_published_once_the_note_address_is_recorded_and_survives_a_restart() throws IOException {
        Path p = png("t.png", 900, 1200);
        XiaohongshuHandoff h = handoff().build();
        ContentItem item = note("通勤外套", "正文", image(p, 900, 1200));
        PublishTicket ticket = h.publish(PublishRequest.now(ACCOUNT, ContentVariant.unchanged(item, Platform.XIAOHONGSHU), "k-ticket"));
        assertThat(ticket.status()).isEqualTo(PublishStatus.PENDING);
        assertThat(ticket.ticketId()).isEqualTo("xhs-k-ticket");
        assertThat(h.refresh(ticket).status()).isEqualTo(PublishStatus.PENDING);

        Instant posted = Instant.parse("2026-11-28T04:30:00Z");
        h.recordPost(ticket.ticketId(), "https://www.xiaohongshu.com/explore/6747a1b2000000000b00c3d4?xsec_token=AB", posted);

        // a new process reads the registry file
        XiaohongshuHandoff restarted = handoff().build();
        PublishTicket done = restarted.refresh(ticket);
        assertThat(done.status()).isEqualTo(PublishStatus.PUBLISHED);
        assertThat(done.live()).hasValueSatisfying(pub -> {
            assertThat(pub.postId()).isEqualTo("6747a1b2000000000b00c3d4");
            assertThat(pub.url()).isEqualTo(URI.create("https://www.xiaohongshu.com/explore/6747a1b2000000000b00c3d4"));
            assertThat(pub.publishedAt()).isEqualTo(posted);
        });
        assertThat(restarted.publish(PublishRequest.now(ACCOUNT, ContentVariant.unchanged(item, Platform.XIAOHONGSHU), "k-ticket"))
                .status()).isEqualTo(PublishStatus.PUBLISHED);
    }

    @Test
    void refuses_conflicting_or_malformed_note_ids() throws IOException {
        Path p = png("c.png", 900, 1200);
        XiaohongshuHandoff h = handoff().build();
        String a = h.export(note("标题一", "正文", image(p, 900, 1200)), ACCOUNT, "k-a", Disclosure.none()).handoffId();
        String b = h.export(note("标题二", "正文", image(p, 900, 1200)), ACCOUNT, "k-b", Disclosure.none()).handoffId();
        h.recordPost(a, "6747a1b2000000000b00c3d4", NOW);
        assertThat(h.recordPost(a, "6747A1B2000000000B00C3D4", NOW).postId()).contains("6747a1b2000000000b00c3d4");
        assertThatThrownBy(() -> h.recordPost(a, "6747a1b2000000000b00c3d5", NOW)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("already recorded as note 6747a1b2000000000b00c3d4");
        assertThatThrownBy(() -> h.recordPost(b, "6747a1b2000000000b00c3d4", NOW)).hasMessageContaining("already recorded for hand-off " + a);
        assertThatThrownBy(() -> h.recordPost(b, "https://xhslink.com/a/xyz", NOW)).hasMessageContaining("xhslink.com");
        assertThatThrownBy(() -> h.recordPost(b, "12345", NOW)).hasMessageContaining("24 hex digits");
        assertThatThrownBy(() -> h.recordPost("xhs-nope", "6747a1b2000000000b00c3d9", NOW)).hasMessageContaining("no hand-off");
    }

    @Test
    void refuses_a_note_with_an_advertising_law_violation_and_writes_nothing() throws IOException {
        Path p = png("v.png", 900, 1200);
        XiaohongshuHandoff h = handoff().build();
        assertThatThrownBy(() -> h.export(note("全网最低价外套", "正文", image(p, 900, 1200)), ACCOUNT, "k-bad", Disclosure.none()))
                .isInstanceOf(ContentRejectedException.class)
                .satisfies(e -> assertThat(((ContentRejectedException) e).violations()).anySatisfy(v -> assertThat(v).contains("最低价")));
        assertThat(dir.resolve("out").resolve("xhs-k-bad")).doesNotExist();
        assertThat(h.registry().all()).isEmpty();
        // a reviewer may take the decision instead: the finding is then listed
        HandoffPackage listed = handoff().allowHighSeverityFindings().build()
                .export(note("全网最低价外套", "正文", image(p, 900, 1200)), ACCOUNT, "k-bad", Disclosure.none());
        assertThat(listed.manifest().compliance()).anySatisfy(f -> assertThat(f).contains("最低价"));
    }

    @Test
    void refuses_a_note_without_images_by_the_secondary_rule_and_lists_it_when_only_official_rules_are_enforced() {
        ContentItem bare = note("通勤外套", "只有文字");
        assertThatThrownBy(() -> handoff().build().export(bare, ACCOUNT, "k-bare", Disclosure.none()))
                .isInstanceOf(ContentRejectedException.class).hasMessageContaining("media");
        HandoffPackage pkg = handoff().enforceFrom(io.github.mediaops.core.rules.Confidence.OFFICIAL).build()
                .export(bare, ACCOUNT, "k-bare", Disclosure.none());
        assertThat(pkg.manifest().unresolved()).anySatisfy(v -> assertThat(v).contains("secondary"));
        assertThat(pkg.manifest().files()).isEmpty();
    }

    @Test
    void paid_content_needs_its_ad_label() throws IOException {
        Path p = png("ad.png", 900, 1200);
        XiaohongshuHandoff h = handoff().build();
        assertThatThrownBy(() -> h.export(note("通勤外套", "品牌合作款", image(p, 900, 1200)), ACCOUNT, "k-ad", Disclosure.paid()))
                .isInstanceOf(ContentRejectedException.class).hasMessageContaining("MISSING_AD_LABEL");
        HandoffPackage labelled = h.export(note("通勤外套", "广告｜品牌合作款", image(p, 900, 1200)), ACCOUNT, "k-ad",
                Disclosure.paid());
        assertThat(labelled.manifest().body()).startsWith("广告");
    }

    @Test
    void an_explicit_cover_goes_first() throws IOException {
        Path a = png("a.png", 900, 1200);
        Path c = png("c.png", 1200, 1200);
        ContentItem item = note("通勤外套", "正文", image(a, 900, 1200)).toBuilder().cover(image(c, 1200, 1200)).build();
        HandoffPackage pkg = handoff().build().export(item, ACCOUNT, "k-cover", Disclosure.none());
        assertThat(pkg.manifest().files()).extracting(HandoffFile::source).containsExactly(c.toUri().toString(), a.toUri().toString());
        assertThat(pkg.manifest().files().get(0).ratio()).isEqualTo("1:1");
        assertThat(pkg.manifest().adaptations()).anySatisfy(x -> assertThat(x).contains("is placed first"));
    }

    @Test
    void chooses_among_the_configured_ratios_on_a_log_scale() {
        XiaohongshuHandoff h = handoff().build();
        assertThat(h.closest(1080, 1920)).isEqualTo(new AspectRatio(3, 4));
        assertThat(h.closest(1000, 1000)).isEqualTo(new AspectRatio(1, 1));
        assertThat(h.closest(1920, 1080)).isEqualTo(new AspectRatio(4, 3));
        assertThat(h.closest(1000, 1150)).isEqualTo(new AspectRatio(1, 1));   // 0.87: nearer 1:1 than 3:4 in log terms
        assertThat(handoff().imageRatios(List.of(new AspectRatio(3, 4))).build().closest(1920, 1080))
                .isEqualTo(new AspectRatio(3, 4));
        assertThatThrownBy(() -> handoff().imageRatios(List.of())).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void metrics_imported_later_attach_to_the_recorded_note() throws IOException {
        Path p = png("r.png", 900, 1200);
        XiaohongshuHandoff h = handoff().build();
        HandoffPackage pkg = h.export(note("秋冬通勤外套怎么选？三件真正穿得住的大衣测评来了", "正文", image(p, 900, 1200)),
                ACCOUNT, "k-round", Disclosure.none());
        h.recordPost(pkg.handoffId(), "6747a1b2000000000b00c3d4", Instant.parse("2026-11-28T04:30:00Z"));
        // the export names the note by the title as posted (the adapted one), and its first publication time
        Path export = dir.resolve("笔记列表明细表-20261130.csv");
        Files.writeString(export, "笔记标题,首次发布时间,观看量,点赞\n" + pkg.manifest().title() + ",2026年11月28日12时30分05秒,1520,88\n",
                StandardCharsets.UTF_8);
        NoteDataImport imported = NoteDataImporter.builder(h.registry()).clock(CLOCK).build()
                .read(export, java.time.LocalDate.of(2026, 11, 29));
        assertThat(imported.snapshots()).singleElement().satisfies(s -> {
            assertThat(s.postId()).isEqualTo("6747a1b2000000000b00c3d4");
            assertThat(s.count(io.github.mediaops.core.metrics.Metric.VIEWS)).hasValue(1520);
            assertThat(s.count(io.github.mediaops.core.metrics.Metric.LIKES)).hasValue(88);
        });
    }

    @Test
    void hand_off_ids_are_file_name_safe_and_distinct() {
        assertThat(XiaohongshuHandoff.handoffId("plan-2026-12.coat_1")).isEqualTo("xhs-plan-2026-12.coat_1");
        assertThat(XiaohongshuHandoff.handoffId("a/b")).startsWith("xhs-a_b-").hasSize("xhs-a_b-".length() + 8);
        assertThat(XiaohongshuHandoff.handoffId("a/b")).isNotEqualTo(XiaohongshuHandoff.handoffId("a:b"));
        assertThat(XiaohongshuHandoff.handoffId("..")).doesNotContain("/").isNotEqualTo("xhs-..");
        assertThatThrownBy(() -> handoff().build().read("../../etc")).isInstanceOf(InvalidValueException.class);
    }
}
