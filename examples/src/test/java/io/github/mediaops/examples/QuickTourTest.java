package io.github.mediaops.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuickTourTest {

    @Test
    void the_main_example_runs_end_to_end(@TempDir Path reports) throws Exception {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(buf, true, StandardCharsets.UTF_8);
        QuickTour.run(out, reports);
        String text = buf.toString(StandardCharsets.UTF_8);
        assertThat(text)
                .contains("Content plan plan-2026-12")
                .contains("remaining 38249.50 CNY")
                .contains("Mixed currencies are refused")
                .contains("console")
                .contains("Delivered once despite a retry")
                .contains("== Platform rules, adaptation and compliance ==")
                .contains("== Planning and engagement ==")
                .contains("== WeChat Official Account connector on its local simulator ==")
                .contains("== Douyin connector on its local simulator ==")
                .contains("== Kuaishou connector on its local simulator ==")
                .contains("== Bilibili connector on its local simulator ==")
                .contains("== Weibo connector on its local simulator ==")
                .contains("== Xiaohongshu: hand-off package out, creator-center note data back in ==")
                .contains("Xiaohongshu has no publishing API: hand-off xhs-plan-2026-12-coat written to "
                        + reports.resolve("xiaohongshu/handoffs/xhs-plan-2026-12-coat").toAbsolutePath().normalize())
                .contains("handoff image 2: cropped 800x600 to 450x600 (3:4")
                .contains("posted as https://www.xiaohongshu.com/explore/6747a1b2000000000b00c3d4")
                .contains("KPI 2026-11-30: views +316, engagement 12.34% per view, saves 4.43% per view")
                .contains("== Ad reports to next month's budget: Ocean Engine and Tencent Ads on their local simulators ==")
                .contains("read 90 Ocean Engine rows (stat_cost in yuan) and 90 Tencent Ads rows (cost in fen)")
                .contains("2026-12: 1935.48 CNY per day")
                .contains("== Collaboration: Feishu bot and Trello on their local simulators ==")
                .contains("Feishu: 3 signed cards delivered for 3 entries")
                .contains("Feishu Bitable: 3 calendar records, tenant token fetched 1x; wx-1 synced back as IN_PRODUCTION")
                .contains("Trello: card https://trello.com/c/")
                .contains("== Private traffic: WeCom lead capture on its local simulator ==")
                .contains("2 add_external_contact callbacks decrypted -> 2 leads, by content {note-0428=2}, by platform {xiaohongshu=2}")
                .contains("== mediaops analytics ==")
                .contains("== A/B testing")
                .contains("== Campaign post-mortem (复盘)")
                .contains("post-mortem of \"Autumn launch\" 2026-11-24..2026-11-26")
                .contains("overspent by 2300.00 CNY")
                .contains("== Growth: budget allocation")
                .contains("order-1111-001 delivered twice, credited once: 600 points")
                .contains("tier silver (silver: 600 of 500 points earned in P12M: met)")
                .contains("redeemed perk coupon-50 for 300 points")
                .contains("300 points left")
                .contains("REPORT written to " + reports.resolve("double11-review.html").toAbsolutePath().normalize())
                .endsWith("Done." + System.lineSeparator());
        // the report a person opens: Chinese words, charts with their labels as SVG text
        String html = Files.readString(reports.resolve("double11-review.html"), StandardCharsets.UTF_8);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"zh-CN\">", "<h2>目标与结果</h2>",
                ">收入</text>", ">花费</text>");
        assertThat(Files.readString(reports.resolve("double11-review.md"), StandardCharsets.UTF_8))
                .startsWith("# 双11预热复盘\n");
        // the operations week comes first and writes the weekly review (its numbers are checked in WeeklyReviewTest)
        assertThat(text).startsWith(System.lineSeparator() + "== An operations week on every connector's simulator")
                .contains("weekly review written to " + reports.resolve("weekly-review.html").toAbsolutePath().normalize());
        assertThat(reports.resolve("weekly-review.html")).content(StandardCharsets.UTF_8).contains("第48周运营周报");
        // the hand-off package a person posts: manifest and the cropped images
        Path handoff = reports.resolve("xiaohongshu/handoffs/xhs-plan-2026-12-coat");
        assertThat(handoff.resolve("manifest.json")).content(StandardCharsets.UTF_8)
                .contains("\"schema\" : \"mediaops.xiaohongshu.handoff/1\"", "\"ratio\" : \"3:4\"");
        assertThat(handoff.resolve("01.png")).exists();
        assertThat(handoff.resolve("02.png")).exists();
        // the campaign post-mortem goes into a report as it is: nine goal lines, the unmeasured one with its reason
        assertThat(text).contains("report written to " + reports.resolve("campaign-review.html").toAbsolutePath().normalize());
        String review = Files.readString(reports.resolve("campaign-review.html"), StandardCharsets.UTF_8);
        assertThat(review).contains("<h1>Autumn launch 复盘</h1>", "<h2>目标与结果</h2>",
                "未测量：completion_rate reported by 0 of 6 snapshots");
        assertThat(review.split("<td class=\"met\">", -1)).hasSize(1 + 4);      // views ×2, follower growth, ROAS
        assertThat(review.split("<td class=\"missed\">", -1)).hasSize(1 + 4);   // ER, growth rate, leads, search rank
    }
}
