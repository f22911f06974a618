package io.github.mediaops.examples;

import io.github.mediaops.examples.tour.AbTestTour;
import io.github.mediaops.examples.tour.AdBudgetTour;
import io.github.mediaops.examples.tour.AnalyticsTour;
import io.github.mediaops.examples.tour.BilibiliTour;
import io.github.mediaops.examples.tour.CollaborationTour;
import io.github.mediaops.examples.tour.ComplianceTour;
import io.github.mediaops.examples.tour.DouyinTour;
import io.github.mediaops.examples.tour.FoundationTour;
import io.github.mediaops.examples.tour.GrowthTour;
import io.github.mediaops.examples.tour.KuaishouTour;
import io.github.mediaops.examples.tour.MembershipTour;
import io.github.mediaops.examples.tour.PlanningTour;
import io.github.mediaops.examples.tour.PostMortemTour;
import io.github.mediaops.examples.tour.WeChatTour;
import io.github.mediaops.examples.tour.WeiboTour;
import io.github.mediaops.examples.tour.WeComTour;
import io.github.mediaops.examples.tour.XiaohongshuTour;
import io.github.mediaops.examples.week.WeeklyReview;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * The main example: one run shows what mediaops can do, on embedded defaults (no credentials, no
 * network beyond loopback). Run it with the first command in the README. It starts with an operations week
 * ({@link WeeklyReview}: every platform's numbers, KPIs against campaign goals, A/B tests ready to call, next
 * week's plan checked, the 周报 written) and then tours each capability on its own.
 */
public final class QuickTour {
    /** Where the tour writes the post-mortem report: {@code target/mediaops-report} under the working directory. */
    public static final Path REPORT_DIR = Path.of("target", "mediaops-report");

    private QuickTour() {
    }

    public static void main(String[] args) {
        run(System.out, REPORT_DIR);
    }

    /**
     * Runs the operations week and every section of the tour, printing to {@code out}; the week writes its review
     * ({@code weekly-review.html} and {@code .md}) into {@code reportDir}, the analytics section its double-11
     * post-mortem ({@code double11-review.html} and {@code .md}), the campaign
     * post-mortem its report ({@code campaign-review.html}), the Xiaohongshu section its hand-off package and
     * note-data export under {@code xiaohongshu/}.
     */
    public static void run(PrintStream out, Path reportDir) {
        Clock clock = Clock.fixed(Instant.parse("2026-11-28T02:00:00Z"), ZoneOffset.UTC);
        section(out, "An operations week on every connector's simulator: the Monday review (周报)",
                () -> WeeklyReview.run(out, reportDir));
        // Each tour prints its own "== title ==" heading, except those given one here.
        section(out, "Domain model and connectors", () -> FoundationTour.run(out, clock));
        tour(out, () -> ComplianceTour.run(out));
        tour(out, () -> PlanningTour.run(out));
        section(out, "WeChat Official Account connector on its local simulator", () -> WeChatTour.run(out));
        section(out, "Douyin connector on its local simulator", () -> DouyinTour.run(out));
        section(out, "Kuaishou connector on its local simulator", () -> KuaishouTour.run(out));
        section(out, "Bilibili connector on its local simulator", () -> BilibiliTour.run(out));
        section(out, "Weibo connector on its local simulator", () -> WeiboTour.run(out));
        section(out, "Xiaohongshu: hand-off package out, creator-center note data back in",
                () -> XiaohongshuTour.run(out, reportDir, clock));
        section(out, "Ad reports to next month's budget: Ocean Engine and Tencent Ads on their local simulators",
                () -> AdBudgetTour.run(out));
        tour(out, () -> CollaborationTour.run(out));
        tour(out, () -> WeComTour.run(out));
        tour(out, () -> AnalyticsTour.run(out, reportDir));
        tour(out, () -> AbTestTour.run(out));
        section(out, "Campaign post-mortem (复盘) from the Campaign, WeChat snapshots, leads and an A/B test",
                () -> PostMortemTour.run(out, reportDir));
        tour(out, () -> GrowthTour.run(out));
        tour(out, () -> MembershipTour.run(out));
        out.println();
        out.println("Done.");
    }

    private static void tour(PrintStream out, Runnable body) {
        out.println();
        body.run();
    }

    private static void section(PrintStream out, String title, Runnable body) {
        out.println();
        out.println("== " + title + " ==");
        body.run();
    }
}
