package io.github.mediaops.core;

import io.github.mediaops.core.content.AssetLicense;
import io.github.mediaops.core.content.ContentItem;
import io.github.mediaops.core.content.ContentKind;
import io.github.mediaops.core.content.MediaAsset;
import io.github.mediaops.core.content.Scene;
import io.github.mediaops.core.content.VideoScript;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Realistic values shared by the core tests. */
public final class Fixtures {
    public static final Instant T0 = Instant.parse("2026-11-02T02:00:00Z");

    private Fixtures() {
    }

    public static MediaAsset cover() {
        return MediaAsset.image(URI.create("file:///assets/cover-900x383.jpg"), "image/jpeg", 900, 383, 120_000,
                AssetLicense.owned("Brand Co."));
    }

    public static MediaAsset clip() {
        return MediaAsset.video(URI.create("https://cdn.example.com/v/clip.mp4"), "video/mp4", 1080, 1920,
                Duration.ofSeconds(28), 9_500_000, AssetLicense.licensed("Stock Music Ltd.", LocalDate.of(2027, 6, 30)));
    }

    public static VideoScript script() {
        return new VideoScript("3秒抓住注意力", List.of(
                new Scene(1, "特写：产品开箱", Duration.ofSeconds(3), "这件羽绒服只有 300 克", "轻！", List.of("羽绒服")),
                new Scene(2, "中景：户外试穿", Duration.ofSeconds(12), "零下十度也不冷", "", List.of()),
                new Scene(3, "口播：引导关注", Duration.ofSeconds(5), "关注我们看更多穿搭", "点关注", List.of())));
    }

    public static ContentItem article() {
        return ContentItem.builder("c-2026-11-001", ContentKind.SHORT_VIDEO)
                .title("冬季轻薄羽绒服怎么选")
                .body("从充绒量、面料到版型，一条视频讲清楚。")
                .summary("羽绒服选购指南")
                .cover(cover())
                .addMedia(clip())
                .addHashtag("冬季穿搭")
                .addMention("designer_li")
                .addLink(URI.create("https://shop.example.com/p/123"))
                .script(script())
                .created("alice", T0)
                .build();
    }
}
