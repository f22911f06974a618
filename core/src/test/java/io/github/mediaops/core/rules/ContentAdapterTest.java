package io.github.mediaops.core.rules;

import static io.github.mediaops.core.rules.Items.image;
import static io.github.mediaops.core.rules.Items.item;
import static io.github.mediaops.core.rules.Items.video;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mediaops.core.content.ContentItem;
import io.github.mediaops.core.content.ContentKind;
import io.github.mediaops.core.platform.Platform;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContentAdapterTest {
    private final RuleBook book = RuleBook.bundled();
    private final ContentAdapter adapter = ContentAdapter.of(book);

    @Test
    void truncates_a_title_without_splitting_an_emoji_sequence() {
        String title = "秋".repeat(30) + "👨‍👩‍👧" + "好物";
        ContentItem article = item(ContentKind.ARTICLE).title(title).body("正文").cover(image("c.jpg", 900, 383)).build();
        Adaptation a = adapter.adapt(article, Platform.WECHAT_OFFICIAL_ACCOUNT);
        String t = a.variant().content().title();
        // 30 + family (5 code points) + ellipsis would be 36 > 32: the family must go as a whole
        assertThat(t).isEqualTo("秋".repeat(30) + "…");
        assertThat(LengthUnit.CODE_POINTS.measure(t)).isLessThanOrEqualTo(32);
        assertThat(a.changes()).anySatisfy(c -> {
            assertThat(c.step()).isEqualTo("fit");
            assertThat(c.field()).isEqualTo("title");
            assertThat(c.description()).contains("37 codepoints").contains("31 codepoints");
        });
        assertThat(a.remaining().isValid()).isTrue();
    }

    @Test
    void folds_the_title_and_converts_topics_for_weibo_long_posts() {
        ContentItem master = item(ContentKind.MICROBLOG_POST).title("秋季上新").body("今天聊聊 #秋季穿搭 和通勤")
                .addHashtag("通勤 穿搭").build();
        Adaptation a = adapter.adapt(master, book.form(Platform.WEIBO, "biz"));
        assertThat(a.variant().content().title()).isEmpty();
        assertThat(a.variant().content().body()).isEqualTo("【秋季上新】今天聊聊 #秋季穿搭# 和通勤\n#通勤 穿搭#");
        assertThat(a.changes()).extracting(Change::step).containsExactly("fold-title", "hashtags", "hashtags");
        assertThat(a.variant().changes()).hasSize(3);
        assertThat(a.remaining().isValid()).isTrue();
    }

    @Test
    void writes_paired_topics_as_leading_topics_for_douyin() {
        ContentItem master = item(ContentKind.SHORT_VIDEO).title("秋天").body("今天的#秋季穿搭#分享 @小红")
                .addHashtag("OOTD").addMedia(video("v.mp4", 1080, 1920, Duration.ofSeconds(30), 10_000_000)).build();
        Adaptation a = adapter.adapt(master, Platform.DOUYIN);
        assertThat(a.variant().content().body()).isEqualTo("今天的#秋季穿搭 分享 @小红\n#OOTD");
        assertThat(a.remaining().isValid()).isTrue();
    }

    @Test
    void ends_a_listed_mention_before_following_text() {
        ContentItem master = item(ContentKind.MICROBLOG_POST).body("感谢@小周推荐，@小周 真好，@小周周也来了").addMention("小周")
                .addMention("小周周").build();
        Adaptation a = adapter.adapt(master, book.form(Platform.WEIBO, "biz"));
        assertThat(a.variant().content().body()).isEqualTo("感谢@小周 推荐，@小周 真好，@小周周 也来了");
        assertThat(a.changes()).extracting(Change::step).containsOnly("mentions");
    }

    @Test
    void removes_topics_mentions_and_wrong_links_for_weibo_share_and_inserts_the_safe_link() {
        RuleBook hosted = RuleBook.builder().addBundled().load("platform = weibo\nshare.links.safeDomains = brand.cn\n", "host").build();
        ContentItem master = item(ContentKind.MICROBLOG_POST).body("新品来了 #秋季穿搭# @小红 详情 https://other.example/x")
                .addHashtag("上新").addMention("小蓝").addLink(URI.create("https://www.brand.cn/new")).build();
        Adaptation a = ContentAdapter.of(hosted).adapt(master, Platform.WEIBO);
        ContentItem v = a.variant().content();
        assertThat(v.body()).isEqualTo("新品来了 秋季穿搭 小红 详情 https://www.brand.cn/new");
        assertThat(v.hashtags()).isEmpty();
        assertThat(v.mentions()).isEmpty();
        assertThat(a.remaining().violations()).isEmpty();
        assertThat(a.changes()).extracting(Change::field).contains("hashtags", "mentions", "body");
    }

    @Test
    void moves_links_out_of_the_caption_where_they_are_not_clickable() {
        ContentItem master = item(ContentKind.SHORT_VIDEO).body("Full review: https://brand.example/r1 #gadget")
                .addMedia(video("v.mp4", 1080, 1920, Duration.ofSeconds(40), 50_000_000)).build();
        Adaptation a = adapter.adapt(master, Platform.TIKTOK);
        assertThat(a.variant().content().body()).isEqualTo("Full review: #gadget");
        assertThat(a.variant().content().links()).containsExactly(URI.create("https://brand.example/r1"));
        Adaptation xhs = adapter.adapt(item(ContentKind.IMAGE_TEXT_NOTE).body("看这里 https://brand.example/r1")
                .addMedia(image("a.jpg", 1080, 1440)).build(), Platform.XIAOHONGSHU);
        assertThat(xhs.variant().content().body()).isEqualTo("看这里");
        assertThat(xhs.variant().content().links()).isEmpty();
        assertThat(xhs.changes()).anySatisfy(c -> assertThat(c.description()).contains("dropped"));
        Adaptation ks = adapter.adapt(item(ContentKind.SHORT_VIDEO).body("清单见 https://brand.example/r1 ，快来")
                .addMedia(video("v.mp4", 1080, 1920, Duration.ofSeconds(40), 50_000_000)).build(), Platform.KUAISHOU);
        assertThat(ks.variant().content().body()).isEqualTo("清单见，快来");
    }

    @Test
    void splits_long_text_into_a_thread_on_x_with_every_post_within_the_weighted_limit() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            body.append("这是第").append(i).append("句话，讲一个关于秋季穿搭的小技巧。");
        }
        ContentItem master = item(ContentKind.MICROBLOG_POST).title("Autumn tips").body(body.toString()).addHashtag("秋季穿搭").build();
        Adaptation a = adapter.adapt(master, Platform.X);
        assertThat(a.thread()).hasSizeGreaterThan(2);
        for (String post : a.thread()) {
            assertThat(LengthUnit.WEIGHTED_CJK_DOUBLE.measure(post)).as(post).isLessThanOrEqualTo(280);
        }
        assertThat(a.thread().get(0)).startsWith("【Autumn tips】这是第0句话").endsWith(" 1/" + a.thread().size());
        assertThat(a.thread().get(a.thread().size() - 1)).contains("#秋季穿搭");
        assertThat(a.variant().content().body()).isEqualTo(a.thread().get(0));
        // nothing lost: the posts, without counters, hold the whole text
        String joined = String.join("", a.thread().stream().map(p -> p.replaceAll(" \\d+/\\d+$", "")).toList());
        assertThat(joined.replaceAll("\\s", "")).isEqualTo(("【Autumn tips】" + body + "#秋季穿搭").replaceAll("\\s", ""));
        assertThat(a.remaining().isValid()).isTrue();
    }

    @Test
    void truncates_a_kuaishou_caption_but_keeps_the_topics() {
        ContentItem master = item(ContentKind.SHORT_VIDEO).body("好".repeat(600)).addHashtag("好物").addHashtag("开箱")
                .addMedia(video("v.mp4", 1080, 1920, Duration.ofSeconds(40), 50_000_000)).build();
        Adaptation a = adapter.adapt(master, Platform.KUAISHOU);
        String body = a.variant().content().body();
        assertThat(LengthUnit.CODE_POINTS.measure(body)).isEqualTo(500);
        assertThat(body).endsWith("…\n#好物 #开箱");
        assertThat(a.remaining().isValid()).isTrue();
    }

    @Test
    void chooses_cover_crops_for_wechat_articles() {
        ContentItem article = item(ContentKind.ARTICLE).title("秋季上新").body("正文").cover(image("c.jpg", 1200, 900)).build();
        Adaptation a = adapter.adapt(article, Platform.WECHAT_OFFICIAL_ACCOUNT);
        assertThat(a.coverCrops()).containsExactly(
                new CoverCrop(new AspectRatio(2.35, 1), 0, 194, 1200, 511),
                new CoverCrop(new AspectRatio(1, 1), 150, 0, 900, 900));
    }

    @Test
    void chooses_the_best_shaped_image_as_cover_when_none_is_given() {
        ContentItem note = item(ContentKind.IMAGE_TEXT_NOTE).title("秋天").body("分享")
                .addMedia(image("wide.jpg", 1920, 1080)).addMedia(image("tall.jpg", 1080, 1440)).build();
        Adaptation a = adapter.adapt(note, Platform.XIAOHONGSHU);
        assertThat(a.variant().content().cover().uri()).isEqualTo(URI.create("file:///assets/tall.jpg"));
        assertThat(a.coverCrops().get(0)).isEqualTo(new CoverCrop(new AspectRatio(3, 4), 0, 0, 1080, 1440));
    }

    @Test
    void drops_images_beyond_the_platform_maximum() {
        ContentItem.Builder b = item(ContentKind.MICROBLOG_POST).body("九宫格");
        for (int i = 0; i < 6; i++) {
            b.addMedia(image("p" + i + ".jpg", 1000, 1000));
        }
        Adaptation a = adapter.adapt(b.build(), Platform.X);
        assertThat(a.variant().content().media()).hasSize(4);
        assertThat(a.changes()).anySatisfy(c -> assertThat(c.description()).isEqualTo("kept the first 4 images; dropped 2"));
    }

    @Test
    void runs_host_steps_before_fitting_lengths() {
        AdaptationStep signature = new AdaptationStep() {
            @Override
            public String name() {
                return "brand-signature";
            }

            @Override
            public void apply(AdaptationContext ctx) {
                ctx.replace(ctx.item().toBuilder().body(ctx.item().body() + " —— 来自品牌小编").build());
                ctx.record("body", "added the brand signature");
            }
        };
        ContentAdapter withSignature = ContentAdapter.builder(book).addStep(signature).build();
        ContentItem master = item(ContentKind.SHORT_VIDEO).body("好".repeat(499))
                .addMedia(video("v.mp4", 1080, 1920, Duration.ofSeconds(40), 50_000_000)).build();
        Adaptation a = withSignature.adapt(master, Platform.KUAISHOU);
        assertThat(a.changes()).extracting(Change::step).containsExactly("brand-signature", "fit");
        assertThat(LengthUnit.CODE_POINTS.measure(a.variant().content().body())).isEqualTo(500);
    }

    @Test
    void adapts_one_master_to_several_platforms_with_valid_text() {
        ContentItem master = item(ContentKind.SHORT_VIDEO).title("三分钟学会秋季叠穿，通勤约会都能用").body("今天分享三套 #秋季穿搭# 公式 https://brand.example/look")
                .addHashtag("通勤").addMedia(video("v.mp4", 1080, 1920, Duration.ofSeconds(90), 80_000_000))
                .cover(image("c.jpg", 1080, 1440)).build();
        List<Adaptation> all = adapter.adaptAll(master, List.of(Platform.DOUYIN, Platform.KUAISHOU, Platform.WECHAT_CHANNELS,
                Platform.TIKTOK, Platform.XIAOHONGSHU, Platform.BILIBILI, Platform.YOUTUBE));
        assertThat(all).extracting(a -> a.variant().platform()).hasSize(7);
        for (Adaptation a : all) {
            assertThat(a.remaining().violations()).as(a.variant().platform() + " " + a.remaining())
                    .noneMatch(v -> v.code() == ViolationCode.TEXT_TOO_LONG || v.code() == ViolationCode.HASHTAG_SYNTAX
                            || v.code() == ViolationCode.LINK_NOT_ALLOWED || v.code() == ViolationCode.TITLE_NOT_SUPPORTED);
            assertThat(a.variant().content().id()).isEqualTo("m1@" + a.variant().platform().id());
        }
    }
}
