package io.github.mediaops.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mediaops.core.content.ContentItem;
import io.github.mediaops.core.content.ContentKind;
import io.github.mediaops.core.platform.Platform;
import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever the master text, adapted text fits every length limit of the target form and writes topics in its
 * syntax. Topics in the generated text are unambiguous (a paired topic has spaces around it): text such as
 * {@code #通勤 秋季#穿搭#} can be read both ways and stays flagged by the validator, by design.
 */
class AdaptationPropertiesTest {
    private static final RuleBook BOOK = RuleBook.bundled();
    private static final ContentAdapter ADAPTER = ContentAdapter.of(BOOK);
    private static final List<String> PIECES = List.of("秋季", "穿搭", "a", "Look ", " ", "👍🏽", "👨‍👩‍👧", "🇨🇳", "。", "，",
            "#通勤 ", " #秋季穿搭# ", "@小周 ", "https://brand.example/x ", "\n", "好物分享");

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of(PIECES).list().ofMaxSize(400).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<Platform> platforms() {
        return Arbitraries.of(List.copyOf(BOOK.platforms()));
    }

    @Property(tries = 150)
    void adapted_text_fits_every_length_limit(@ForAll("texts") String title, @ForAll("texts") String body,
                                              @ForAll("platforms") Platform platform) {
        ContentKind kind = platform.equals(Platform.WECHAT_OFFICIAL_ACCOUNT) || platform.equals(Platform.WEIBO)
                || platform.equals(Platform.X) ? ContentKind.MICROBLOG_POST : ContentKind.SHORT_VIDEO;
        if (platform.equals(Platform.WECHAT_OFFICIAL_ACCOUNT)) {
            kind = ContentKind.ARTICLE;
        }
        ContentItem.Builder b = Items.item(kind).title(title).body(body).addHashtag("通勤").addHashtag("OOTD");
        if (kind == ContentKind.SHORT_VIDEO) {
            b.addMedia(Items.video("v.mp4", 1080, 1920, Duration.ofSeconds(30), 10_000_000));
        }
        Adaptation a = ADAPTER.adapt(b.build(), platform);
        assertThat(a.remaining().withCode(ViolationCode.TEXT_TOO_LONG)).as(platform + " " + a.remaining()).isEmpty();
        assertThat(a.remaining().withCode(ViolationCode.HASHTAG_SYNTAX)).as(platform + " " + a.remaining()).isEmpty();
        assertThat(a.remaining().withCode(ViolationCode.TITLE_NOT_SUPPORTED)).isEmpty();
        FormatRules form = BOOK.form(platform, a.form());
        for (String post : a.thread()) {
            for (TextLimit l : form.limits(TextField.BODY)) {
                assertThat(l.fits(post)).as(post).isTrue();
            }
        }
    }
}
