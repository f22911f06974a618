package io.github.mediaops.examples.tour;

import io.github.mediaops.core.compliance.ComplianceChecker;
import io.github.mediaops.core.compliance.ComplianceReport;
import io.github.mediaops.core.compliance.Dictionary;
import io.github.mediaops.core.compliance.Disclosure;
import io.github.mediaops.core.compliance.Finding;
import io.github.mediaops.core.compliance.Verdict;
import io.github.mediaops.core.content.AssetLicense;
import io.github.mediaops.core.content.ContentItem;
import io.github.mediaops.core.content.ContentKind;
import io.github.mediaops.core.content.MediaAsset;
import io.github.mediaops.core.platform.Platform;
import io.github.mediaops.core.rules.Adaptation;
import io.github.mediaops.core.rules.Change;
import io.github.mediaops.core.rules.ContentAdapter;
import io.github.mediaops.core.rules.ContentValidator;
import io.github.mediaops.core.rules.CoverCrop;
import io.github.mediaops.core.rules.RuleBook;
import io.github.mediaops.core.rules.ValidationReport;
import io.github.mediaops.core.rules.Violation;
import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Platform rules and Advertising Law compliance, end to end on the bundled data: validate one master
 * item against several platforms, adapt it to each, and check the copy for compliance findings.
 */
public final class ComplianceTour {
    private ComplianceTour() {
    }

    public static void main(String[] args) {
        run(System.out);
    }

    public static void run(PrintStream out) {
        out.println("== Platform rules, adaptation and compliance ==");
        // The host knows its Weibo app's safe domain; everything else is bundled.
        RuleBook rules = RuleBook.builder().addBundled()
                .load("platform = weibo\nshare.links.safeDomains = brand.example\n", "host-overrides")
                .build();
        AssetLicense owned = AssetLicense.owned("Acme");
        ContentItem master = ContentItem.builder("autumn-look", ContentKind.SHORT_VIDEO)
                .created("editor", Instant.parse("2026-09-01T02:00:00Z"))
                .title("三分钟学会秋季叠穿：通勤、约会、周末出游一套搞定👩‍💼")
                .body("今天分享三套 #秋季穿搭# 公式，@小周 也在用！完整清单见 https://www.brand.example/look ，"
                        + "面料100%纯棉，最好提前一周下单。")
                .addHashtag("通勤")
                .addHashtag("OOTD")
                .cover(MediaAsset.image(URI.create("file:///assets/cover.jpg"), "image/jpeg", 1080, 1440, 350_000, owned))
                .addMedia(MediaAsset.video(URI.create("file:///assets/look.mp4"), "video/mp4", 1080, 1920,
                        Duration.ofSeconds(95), 80_000_000, owned))
                .build();

        out.println("-- validation of the master as written --");
        ContentValidator validator = ContentValidator.of(rules);
        for (Platform p : List.of(Platform.DOUYIN, Platform.WECHAT_CHANNELS, Platform.TIKTOK)) {
            ValidationReport r = validator.validate(master, p);
            out.printf("%-16s %s%n", p.id() + "/" + r.form(), r.isValid() ? "ok" : r.violations().size() + " violation(s)");
            for (Violation v : r.violations()) {
                out.printf("    %s [%s, %s]%n", v.message(), v.confidence(), v.source());
            }
        }

        out.println("-- adaptation to each platform --");
        ContentAdapter adapter = ContentAdapter.of(rules);
        for (Adaptation a : adapter.adaptAll(master, List.of(Platform.DOUYIN, Platform.WECHAT_CHANNELS, Platform.TIKTOK,
                Platform.KUAISHOU, Platform.YOUTUBE))) {
            ContentItem v = a.variant().content();
            out.printf("%s/%s: title=%s%n    body=%s%n", a.variant().platform().id(), a.form(), quote(v.title()),
                    quote(v.body().replace("\n", "⏎")));
            for (Change c : a.changes()) {
                out.println("    * " + c);
            }
            for (CoverCrop c : a.coverCrops()) {
                out.printf("    cover crop %s: %dx%d at (%d,%d)%n", c.ratio(), c.width(), c.height(), c.x(), c.y());
            }
            out.println("    remaining: " + (a.remaining().isValid() ? "none"
                    : a.remaining().violations().stream().map(Violation::message).toList()));
        }
        ContentItem post = ContentItem.builder("autumn-post", ContentKind.MICROBLOG_POST)
                .created("editor", Instant.parse("2026-09-01T02:00:00Z"))
                .title(master.title()).body(master.body()).hashtags(master.hashtags())
                .addLink(URI.create("https://www.brand.example/look")).build();
        Adaptation weibo = adapter.adapt(post, Platform.WEIBO);
        out.printf("weibo/%s: %s%n", weibo.form(), quote(weibo.variant().content().body().replace("\n", "⏎")));
        weibo.changes().forEach(c -> out.println("    * " + c));
        Adaptation x = adapter.adapt(post.toBuilder().body(post.body() + " " + "详细说说每一套的搭配思路和单品选择。".repeat(12)).build(),
                Platform.X);
        out.printf("x/%s: thread of %d posts; first: %s%n", x.form(), x.thread().size(), quote(x.thread().get(0)));

        out.println("-- Advertising Law compliance --");
        ComplianceChecker checker = ComplianceChecker.create(Dictionary.bundled()
                .merge(Dictionary.brandTaboo("Acme", List.of("平替"))));
        ContentItem ad = master.toBuilder()
                .title("全网最*佳的秋季外套，國家級工艺")
                .body("穿上立刻显瘦，7天瘦5斤！大牌平替，开光同款配饰。想要的加微信。第一次下单送围巾，最近上新款。")
                .build();
        ComplianceReport report = checker.check(ad, Platform.DOUYIN, Disclosure.paid());
        for (Finding f : report.findings()) {
            out.printf("    %-9s %-6s %-20s %-8s %-14s %s → %s%n", f.verdict(), f.severity(), f.category(), f.field(),
                    quote(f.matched()), f.basis(), f.suggestion());
        }
        out.printf("    %d findings, %d of them HIGH; 第一次 / 最近 are legitimate and not flagged%n",
                report.findings().size(), report.atLeast(io.github.mediaops.core.compliance.Severity.HIGH).size());

        out.println("-- The rule layer: composite claims, lawful contexts, verdicts, evasions --");
        for (String copy : List.of("这款面霜7天淡斑祛痘，医生推荐，比玻尿酸更有效", "当年镇上首家门店，顾客第一，追求极致",
                "保健食品不是药物，不能代替药物治疗疾病", "最大功率2000W，敷15分钟效果最佳", "醉佳口感，zui好喝的奶茶，销量第Ⅰ")) {
            List<Finding> found = checker.check(copy);
            out.printf("  %s%n", quote(copy));
            if (found.isEmpty()) {
                out.println("    (nothing: lawful per the SAMR 2023 guideline or the statute)");
            }
            for (Finding f : found) {
                out.printf("    %-9s %-20s %-12s [%s] %s%n", f.verdict(), f.category(), quote(f.matched()), f.rule(),
                        f.verdict() == Verdict.REVIEW ? f.reason() : f.basis());
            }
        }
        List<Finding> review = checker.check("2023年杭州市区首家24小时书店").stream()
                .filter(f -> f.verdict() == Verdict.REVIEW).toList();
        out.printf("    route %d REVIEW finding(s) to a person; a host disables a rule with Dictionary.withoutRules(ids)%n",
                review.size());
    }

    private static String quote(String s) {
        return "\"" + s + "\"";
    }
}
