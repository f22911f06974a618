package io.github.mediaops.core.rules;

import static io.github.mediaops.core.rules.Items.image;
import static io.github.mediaops.core.rules.Items.item;
import static io.github.mediaops.core.rules.Items.video;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.content.ContentItem;
import io.github.mediaops.core.content.ContentKind;
import io.github.mediaops.core.content.Scene;
import io.github.mediaops.core.content.VideoScript;
import io.github.mediaops.core.platform.Platform;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class ContentValidatorTest {
    private final RuleBook book = RuleBook.bundled();
    private final ContentValidator validator = ContentValidator.of(book);

    @Test
    void rejects_title_longer_than_platform_limit_with_limit_and_actual() {
        ContentItem article = item(ContentKind.ARTICLE).title("秋".repeat(33)).body("正文").cover(image("c.jpg", 900, 383)).build();
        ValidationReport r = validator.validate(article, Platform.WECHAT_OFFICIAL_ACCOUNT);
        assertThat(r.form()).isEqualTo("news");
        assertThat(r.violations()).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo(ViolationCode.TEXT_TOO_LONG);
            assertThat(v.field()).isEqualTo("title");
            assertThat(v.limit()).isEqualTo("<= 32 codepoints");
            assertThat(v.actual()).isEqualTo("33 codepoints");
            assertThat(v.confidence()).isEqualTo(Confidence.OFFICIAL);
        });
    }

    @Test
    void accepts_a_title_of_exactly_the_limit() {
        ContentItem article = item(ContentKind.ARTICLE).title("秋".repeat(32)).body("正文").cover(image("c.jpg", 900, 383)).build();
        assertThat(validator.validate(article, Platform.WECHAT_OFFICIAL_ACCOUNT).isValid()).isTrue();
    }

    @Test
    void reports_every_violation_at_once() {
        ContentItem post = item(ContentKind.MICROBLOG_POST).title("新品").body("#秋季穿搭# 快来看 @小红 " + "好".repeat(140))
                .addMedia(image("a.jpg", "image/heic", 6_000_000)).addMedia(image("b.jpg", 100, 100))
                .build();
        ValidationReport r = validator.validate(post, Platform.WEIBO);
        assertThat(r.form()).isEqualTo("share");
        assertThat(r.violations()).extracting(Violation::code).containsExactly(
                ViolationCode.TITLE_NOT_SUPPORTED, ViolationCode.TEXT_TOO_LONG, ViolationCode.TOO_MANY_IMAGES,
                ViolationCode.IMAGE_FORMAT_NOT_ACCEPTED, ViolationCode.IMAGE_TOO_LARGE, ViolationCode.HASHTAGS_NOT_ALLOWED,
                ViolationCode.MENTIONS_NOT_ALLOWED, ViolationCode.LINK_REQUIRED);
        assertThat(r.withCode(ViolationCode.IMAGE_FORMAT_NOT_ACCEPTED).get(0).field()).isEqualTo("media[0]");
        assertThat(r.withCode(ViolationCode.TEXT_TOO_LONG).get(0).actual()).isEqualTo("155 codepoints");
    }

    @Test
    void checks_links_against_the_hosts_safe_domains() {
        RuleBook hosted = RuleBook.builder().addBundled().load("platform = weibo\nshare.links.safeDomains = brand.cn\n", "host").build();
        ContentValidator v = ContentValidator.of(hosted);
        ContentItem ok = item(ContentKind.MICROBLOG_POST).body("上新了 https://shop.brand.cn/a").build();
        ContentItem bad = item(ContentKind.MICROBLOG_POST).body("上新了 https://evil.example/a").build();
        assertThat(v.validate(ok, Platform.WEIBO).isValid()).isTrue();
        assertThat(v.validate(bad, Platform.WEIBO).violations()).extracting(Violation::code)
                .containsExactly(ViolationCode.LINK_DOMAIN_NOT_ALLOWED);
    }

    @Test
    void flags_topics_written_in_another_platforms_syntax() {
        ContentItem clip = item(ContentKind.SHORT_VIDEO).title("秋天").body("今天的 #秋季穿搭# 分享")
                .addMedia(video("v.mp4", 1080, 1920, Duration.ofSeconds(30), 10_000_000)).build();
        ValidationReport r = validator.validate(clip, Platform.DOUYIN);
        assertThat(r.violations()).extracting(Violation::code).containsExactly(ViolationCode.HASHTAG_SYNTAX);
        assertThat(r.violations().get(0).actual()).isEqualTo("#秋季穿搭#");
    }

    @Test
    void checks_video_limits_and_frame_rate_when_the_probe_knows_it() {
        ContentItem clip = item(ContentKind.SHORT_VIDEO).body("caption")
                .addMedia(video("v.mp4", 300, 1920, Duration.ofMinutes(11), 5_000_000_000L)).build();
        ValidationReport plain = validator.validate(clip, Platform.TIKTOK);
        assertThat(plain.violations()).extracting(Violation::code).containsExactly(ViolationCode.VIDEO_TOO_LONG,
                ViolationCode.VIDEO_TOO_LARGE, ViolationCode.VIDEO_RESOLUTION_OUT_OF_RANGE);
        ValidationReport probed = validator.withProbe(a -> OptionalDouble.of(15)).validate(clip, Platform.TIKTOK);
        assertThat(probed.withCode(ViolationCode.VIDEO_FRAME_RATE_OUT_OF_RANGE)).singleElement()
                .satisfies(v -> assertThat(v.limit()).isEqualTo(">= 23 fps"));
        assertThat(probed.isValidAt(Confidence.OFFICIAL)).isTrue();
        assertThat(probed.isValidAt(Confidence.SECONDARY)).isFalse();
    }

    @Test
    void checks_a_scripts_length_before_the_video_exists() {
        VideoScript script = new VideoScript("hook", List.of(new Scene(1, "wide", Duration.ofMinutes(16), "vo", "", List.of())));
        ContentItem clip = item(ContentKind.SHORT_VIDEO).title("t").body("b").script(script).build();
        ValidationReport r = validator.validate(clip, Platform.DOUYIN);
        assertThat(r.violations()).extracting(Violation::code, Violation::field).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ViolationCode.VIDEO_REQUIRED, "media"),
                org.assertj.core.groups.Tuple.tuple(ViolationCode.VIDEO_TOO_LONG, "script"));
    }

    @Test
    void measures_youtube_descriptions_in_bytes_and_refuses_angle_brackets() {
        ContentItem v = item(ContentKind.LONG_VIDEO).title("Best <unboxing>").body("秋".repeat(1667))
                .addMedia(video("v.mp4", 1920, 1080, Duration.ofMinutes(5), 1_000_000)).build();
        ValidationReport r = validator.validate(v, Platform.YOUTUBE);
        assertThat(r.violations()).extracting(Violation::code, Violation::actual).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ViolationCode.TEXT_TOO_LONG, "5001 bytes"),
                org.assertj.core.groups.Tuple.tuple(ViolationCode.FORBIDDEN_CHARACTER, "<>"));
    }

    @Test
    void requires_cover_and_title_for_wechat_articles() {
        ContentItem article = item(ContentKind.ARTICLE).body("正文").addLink(URI.create("https://mp.weixin.qq.com/s/x")).build();
        assertThat(validator.validate(article, Platform.WECHAT_OFFICIAL_ACCOUNT).violations()).extracting(Violation::code)
                .containsExactly(ViolationCode.TITLE_REQUIRED, ViolationCode.COVER_REQUIRED);
    }

    @Test
    void unknown_kind_for_platform_is_a_clear_error() {
        ContentItem note = item(ContentKind.IMAGE_TEXT_NOTE).body("x").build();
        assertThatThrownBy(() -> validator.validate(note, Platform.YOUTUBE))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("youtube").hasMessageContaining("IMAGE_TEXT_NOTE");
    }
}
