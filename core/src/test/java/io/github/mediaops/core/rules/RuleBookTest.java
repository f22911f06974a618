package io.github.mediaops.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.content.ContentKind;
import io.github.mediaops.core.platform.Platform;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleBookTest {
    private final RuleBook book = RuleBook.bundled();

    @Test
    void bundles_rules_for_the_ten_platforms() {
        assertThat(book.platforms()).containsExactly(Platform.WECHAT_OFFICIAL_ACCOUNT, Platform.WEIBO, Platform.DOUYIN,
                Platform.XIAOHONGSHU, Platform.BILIBILI, Platform.KUAISHOU, Platform.WECHAT_CHANNELS, Platform.TIKTOK,
                Platform.YOUTUBE, Platform.X);
        assertThat(book.forms(Platform.WECHAT_OFFICIAL_ACCOUNT)).extracting(FormatRules::form).containsExactly("news", "newspic");
    }

    @Test
    void every_bundled_rule_names_a_source_and_a_confidence() {
        for (Platform p : book.platforms()) {
            for (FormatRules f : book.forms(p)) {
                assertThat(f.kinds()).as(f + " kinds").isNotEmpty();
                f.raw().forEach((k, v) -> {
                    assertThat(v.source()).as(f + " " + k).isNotBlank().isNotEqualTo("default");
                    assertThat(v.confidence()).as(f + " " + k).isNotNull();
                });
            }
        }
    }

    @Test
    void records_the_documented_limits_with_their_units() {
        FormatRules news = book.form(Platform.WECHAT_OFFICIAL_ACCOUNT, "news");
        assertThat(news.limit(TextField.TITLE, LengthUnit.CODE_POINTS)).get()
                .satisfies(l -> {
                    assertThat(l.max()).isEqualTo(32);
                    assertThat(l.confidence()).isEqualTo(Confidence.OFFICIAL);
                    assertThat(l.source()).contains("draft/add");
                });
        assertThat(news.coverCrops()).containsExactly(new AspectRatio(2.35, 1), new AspectRatio(1, 1));
        assertThat(book.form(Platform.TIKTOK, "video").limit(TextField.BODY, LengthUnit.UTF16_UNITS).orElseThrow().max())
                .isEqualTo(2200);
        assertThat(book.form(Platform.X, "post").limit(TextField.BODY, LengthUnit.WEIGHTED_CJK_DOUBLE).orElseThrow().max())
                .isEqualTo(280);
        assertThat(book.form(Platform.YOUTUBE, "video").limit(TextField.BODY, LengthUnit.UTF8_BYTES).orElseThrow().max())
                .isEqualTo(5000);
        assertThat(book.form(Platform.WEIBO, "share").hashtagStyle().value()).isEqualTo(HashtagStyle.PAIRED);
        assertThat(book.form(Platform.WEIBO, "share").hashtagsAllowed().value()).isFalse();
        assertThat(book.form(Platform.DOUYIN, "video").hashtagStyle().value()).isEqualTo(HashtagStyle.LEADING);
        assertThat(book.form(Platform.XIAOHONGSHU, "note").limit(TextField.TITLE, LengthUnit.HALF_WIDTH_HALF)).isPresent();
    }

    @Test
    void picks_the_form_by_content_kind() {
        assertThat(book.formFor(Platform.WECHAT_OFFICIAL_ACCOUNT, ContentKind.IMAGE_TEXT_NOTE)).get()
                .extracting(FormatRules::form).isEqualTo("newspic");
        assertThat(book.formFor(Platform.YOUTUBE, ContentKind.IMAGE_TEXT_NOTE)).isEmpty();
    }

    @Test
    void host_overrides_a_rule_key_by_key_and_keeps_the_rest() {
        RuleBook custom = RuleBook.builder().addBundled()
                .load("platform = weibo\nshare.links.safeDomains = example.com, brand.cn\nshare.body.max.codepoints = 120\n",
                        "host-weibo.properties")
                .build();
        FormatRules share = custom.form(Platform.WEIBO, "share");
        assertThat(share.safeDomains()).containsExactly("example.com", "brand.cn");
        TextLimit body = share.limit(TextField.BODY, LengthUnit.CODE_POINTS).orElseThrow();
        assertThat(body.max()).isEqualTo(120);
        assertThat(body.source()).isEqualTo("host-weibo.properties");
        assertThat(body.confidence()).isEqualTo(Confidence.OFFICIAL);
        assertThat(share.limit(NumericRule.IMAGES_MAX).orElseThrow().value()).isEqualTo(1L);
    }

    @Test
    void host_adds_a_platform_and_a_form() {
        RuleBook custom = RuleBook.builder().addBundled()
                .load("platform = zhihu\nforms = answer\nanswer.kinds = ANSWER\nanswer.body.max.codepoints = 10000 ; unverified ; team wiki\n",
                        "zhihu.properties")
                .load("platform = douyin\nforms = story\nstory.kinds = SHORT_VIDEO\nstory.video.maxSeconds = 15\n", "story")
                .build();
        assertThat(custom.form(Platform.ZHIHU, "answer").limit(TextField.BODY, LengthUnit.CODE_POINTS).orElseThrow().confidence())
                .isEqualTo(Confidence.UNVERIFIED);
        assertThat(custom.forms(Platform.DOUYIN)).extracting(FormatRules::form).containsExactly("video", "imagetext", "story");
    }

    @Test
    void rejects_a_malformed_rule_naming_the_key() {
        assertThatThrownBy(() -> RuleBook.builder().load("platform = x\nforms = post\npost.body.max.codepoints = lots\n", "bad")
                .build())
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("x.post.body.max.codepoints").hasMessageContaining("lots");
        assertThatThrownBy(() -> RuleBook.builder().load("platform = x\nforms = post\npost.body.max.furlongs = 3\n", "bad").build())
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("furlongs");
        assertThatThrownBy(() -> RuleBook.builder().load("platform = x\nforms = post\npost.links = sometimes\n", "bad").build())
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("sometimes");
        assertThatThrownBy(() -> RuleBook.builder().load("platform = x\nforms = post\nreel.title = none\n", "bad"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("reel.title");
        assertThatThrownBy(() -> RuleBook.builder().load("forms = post\n", "nameless"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("nameless");
        assertThatThrownBy(() -> RuleBook.builder().load("platform = x\nforms = post\npost.links = allowed ; maybe ; me\n", "bad"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("maybe");
    }

    @Test
    void unknown_form_is_a_clear_error() {
        assertThatThrownBy(() -> book.form(Platform.WEIBO, "reel"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("reel").hasMessageContaining("share");
        assertThat(book.forms(Platform.of("mastodon"))).isEqualTo(List.of());
    }
}
