package io.github.mediaops.examples.tour;

import io.github.mediaops.analytics.measure.kpi.ContentKpis;
import io.github.mediaops.analytics.measure.kpi.Denominator;
import io.github.mediaops.analytics.measure.kpi.MetricTotals;
import io.github.mediaops.connector.support.handoff.HandoffPackage;
import io.github.mediaops.connector.xiaohongshu.NoteDataImport;
import io.github.mediaops.connector.xiaohongshu.NoteDataImporter;
import io.github.mediaops.connector.xiaohongshu.XiaohongshuHandoff;
import io.github.mediaops.core.compliance.ComplianceChecker;
import io.github.mediaops.core.compliance.Disclosure;
import io.github.mediaops.core.content.AssetLicense;
import io.github.mediaops.core.content.ContentItem;
import io.github.mediaops.core.content.ContentKind;
import io.github.mediaops.core.content.ContentVariant;
import io.github.mediaops.core.content.MediaAsset;
import io.github.mediaops.core.metrics.ContentMetrics;
import io.github.mediaops.core.metrics.Metric;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.platform.Platform;
import io.github.mediaops.core.publish.PublishRequest;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * Xiaohongshu has no publishing API: the note is adapted and written as a hand-off package (images cropped to
 * the note ratio, a manifest a person or an RPA tool posts), the note id is recorded once it is live, and the
 * creator center's note-data export is read back into metric snapshots and KPIs.
 */
public final class XiaohongshuTour {
    private XiaohongshuTour() {
    }

    public static void run(PrintStream out, Path outputDir, Clock clock) {
        try {
            Path work = outputDir.resolve("xiaohongshu");
            Path photo = picture(work.resolve("source").resolve("coat.png"), 600, 1000);
            Path detail = picture(work.resolve("source").resolve("detail.png"), 800, 600);
            ContentItem note = ContentItem.builder("autumn-coat", ContentKind.IMAGE_TEXT_NOTE)
                    .title("秋冬通勤外套怎么选？三件真正穿得住的大衣测评")
                    .body("一周通勤实测：保暖、版型、起球。购买链接 https://shop.example.com/coat")
                    .addHashtag("秋冬穿搭").addHashtag("通勤外套").language("zh-CN")
                    .addMedia(image(photo, 600, 1000)).addMedia(image(detail, 800, 600))
                    .created("editor", clock.instant()).build();
            AccountRef account = AccountRef.of(Platform.XIAOHONGSHU, "brand-red");

            XiaohongshuHandoff handoff = XiaohongshuHandoff.builder(work.resolve("handoffs")).clock(clock)
                    .compliance(ComplianceChecker.withBundledDictionary()).build();
            HandoffPackage pkg = handoff.export(note, account, "plan-2026-12-coat", Disclosure.none());
            out.printf("Xiaohongshu has no publishing API: hand-off %s written to %s%n", pkg.handoffId(),
                    pkg.location().toAbsolutePath().normalize());
            out.printf("  title %s, %d images at %s, topics %s%n", pkg.manifest().title(), pkg.manifest().files().size(),
                    pkg.manifest().files().get(0).ratio(), pkg.manifest().topics());
            pkg.manifest().adaptations().forEach(a -> out.println("  adapted: " + a));

            // the person posts it and hands back the note's address
            handoff.recordPost(pkg.handoffId(), "https://www.xiaohongshu.com/explore/6747a1b2000000000b00c3d4",
                    Instant.parse("2026-11-28T04:30:00Z"));
            out.println("  posted as " + handoff.refresh(handoff.publish(PublishRequest.now(
                    account, ContentVariant.unchanged(note, Platform.XIAOHONGSHU), "plan-2026-12-coat"))).live().orElseThrow().url());

            // the creator center's 笔记数据 export, downloaded on two mornings: totals since publication (T+1)
            NoteDataImporter importer = NoteDataImporter.builder(handoff.registry()).clock(clock).build();
            NoteDataImport first = importer.read(export(work, "20261130", pkg.manifest().title(), "9800,1204,68,9,50,7,5"),
                    LocalDate.of(2026, 11, 29));
            NoteDataImport second = importer.read(export(work, "20261201", pkg.manifest().title(), "1.2w,1520,88,12,64,9,7"),
                    LocalDate.of(2026, 11, 30));
            ContentMetrics before = first.snapshots().get(0);
            ContentMetrics after = second.snapshots().get(0);
            out.printf(Locale.ROOT, "  imported 2 exports: note %s lifetime views %,d -> %,d; %d row without a hand-off kept aside%n",
                    after.postId(), before.count(Metric.VIEWS).getAsLong(), after.count(Metric.VIEWS).getAsLong(),
                    second.unmatched().size());
            // one day's numbers are the difference of two lifetime totals; KPIs from that day
            ContentMetrics day = ContentMetrics.daily(Platform.XIAOHONGSHU, after.postId(), after.day(), after.zone(), after.asOf());
            for (Metric metric : after.values().keySet()) {
                if (metric.unit() == Metric.Unit.COUNT && before.has(metric)) {
                    day = day.with(metric, after.count(metric).getAsLong() - before.count(metric).getAsLong());
                }
            }
            ContentKpis kpis = ContentKpis.of(MetricTotals.of(day));
            out.printf(Locale.ROOT, "  KPI %s: views +%d, engagement %.2f%% per view, saves %.2f%% per view%n", day.day(),
                    day.count(Metric.VIEWS).getAsLong(), 100 * kpis.engagementRate(Denominator.VIEWS).orElseThrow().value(),
                    100 * kpis.saveRate().orElseThrow().value());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An export as the creator center lays it out: a notice row, the header, one row per note. */
    private static Path export(Path work, String date, String title, String counts) throws IOException {
        String[] c = counts.split(",");
        Path file = work.resolve("笔记列表明细表-" + date + ".csv");
        Files.writeString(file, String.join("\n",
                "最多导出排序后前1000条笔记",
                "笔记标题,首次发布时间,体裁,曝光,观看量,封面点击率,点赞,评论,收藏,涨粉,分享,人均观看时长,弹幕",
                title + ",2026年11月28日12时30分05秒,图文," + c[0] + "," + c[1] + ",9.5%," + c[2] + "," + c[3] + "," + c[4] + ","
                        + c[5] + "," + c[6] + ",31,0",
                "上周的旧笔记,2026年11月20日09时00分00秒,图文,3400,410,7.1%,20,3,15,1,2,18,0") + "\n", StandardCharsets.UTF_8);
        return file;
    }

    private static MediaAsset image(Path p, int w, int h) throws IOException {
        return MediaAsset.image(p.toUri(), "image/png", w, h, Files.size(p), AssetLicense.owned("brand"));
    }

    private static Path picture(Path p, int w, int h) throws IOException {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(0xF4, 0xE1, 0xC1));
        g.fillRect(0, 0, w, h);
        g.setColor(new Color(0x8B, 0x5A, 0x2B));
        g.fillRect(w / 4, h / 4, w / 2, h / 2);
        g.dispose();
        Files.createDirectories(p.getParent());
        ImageIO.write(img, "png", p.toFile());
        return p;
    }
}
