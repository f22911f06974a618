package io.github.mediaops.analytics.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report in a real browser: headless Chromium loads the page from disk, logs no console
 * message, keeps the chart labels as SVG text in its DOM, and draws 收入 and 花费 as two different
 * words, not as the same missing-glyph boxes (the XChart report fixed glyph shapes at render time, so
 * on a server without CJK fonts both became identical tofu whatever the reader's browser had).
 *
 * <p>Runs where a Chromium binary exists ({@code MEDIAOPS_TEST_CHROMIUM}, which {@code .ci/run} sets
 * after installing Debian's chromium and fonts-noto-cjk, or a usual install path); otherwise every test
 * is skipped with the reason printed. The screenshot tests also need a font for Chinese and are
 * skipped, with the reason printed, when fontconfig lists none.
 */
class ReportInBrowserTest {
    private static final Optional<Chromium> FOUND = Chromium.find();
    private Chromium chromium;

    @TempDir
    Path work;

    @BeforeAll
    static void sayWhySkipped() {
        if (FOUND.isEmpty()) {
            System.err.println("ReportInBrowserTest skipped: " + Chromium.whyMissing());
        }
    }

    @BeforeEach
    void needsBrowser() {
        Assumptions.assumeTrue(FOUND.isPresent(), () -> "skipped: " + Chromium.whyMissing());
        chromium = FOUND.get();
    }

    private static void assumeChineseFont() {
        Optional<Boolean> font = Chromium.hasChineseFont();
        String why = font.isEmpty() ? "fc-list could not be run to look for a Chinese font"
                : "fontconfig lists no font for Chinese (install fonts-noto-cjk)";
        if (font.isEmpty() || !font.get()) {
            System.err.println("ReportInBrowserTest screenshot skipped: " + why);
        }
        Assumptions.assumeTrue(font.orElse(false), () -> "skipped: " + why);
    }

    static Report chineseReport() {
        Report sample = ReportRenderersTest.sample();
        Report.Builder b = Report.builder("双11预热复盘", sample.period()).summary("抖音互动率超额完成。")
                .section("投放", List.of("收入与花费按渠道。"), ChartSvgTest.revenueAndSpend());
        sample.kpis().forEach(b::kpi);
        sample.sections().forEach(s -> b.section(s.heading(), s.paragraphs(), s.charts().toArray(Chart[]::new)));
        return b.build();
    }

    @Test
    void the_report_loads_without_console_messages_and_keeps_its_chart_labels_as_svg_text() throws Exception {
        Path page = work.resolve("report.html");
        Files.writeString(page, HtmlRenderer.render(chineseReport(), ReportOptions.of(Locale.SIMPLIFIED_CHINESE)),
                StandardCharsets.UTF_8);
        Chromium.Run run = chromium.dumpDom(page, work);
        assertThat(run.consoleMessages()).as("console messages while loading the report").isEmpty();
        String dom = run.stdout();
        assertThat(dom).contains("<h2>目标与结果</h2>");
        // the browser's own DOM: four charts, each an svg element with text children
        assertThat(dom.split("<svg ", -1)).hasSize(5);
        assertThat(dom).containsPattern("<text [^>]*>收入</text>").containsPattern("<text [^>]*>花费</text>")
                .containsPattern("<text [^>]*>11月2日</text>");
        assertThat(dom).doesNotContain("<path");
    }

    @Test
    void the_console_check_sees_messages_on_a_page_that_has_them() throws Exception {
        Path page = work.resolve("noisy.html");
        Files.writeString(page, "<!DOCTYPE html><html><body><script>console.error('broken chart'); "
                + "undefinedFunction();</script></body></html>", StandardCharsets.UTF_8);
        List<String> messages = chromium.dumpDom(page, work).consoleMessages();
        assertThat(messages).hasSize(2);
        assertThat(messages.get(0)).contains("broken chart");
        assertThat(messages.get(1)).contains("undefinedFunction is not defined");
    }

    @Test
    void chinese_chart_labels_are_drawn_as_two_different_words() throws Exception {
        assumeChineseFont();
        Labels l = shoot("收入", "花费");
        assertThat(l.first.count()).as("ink of 收入").isGreaterThan(40);
        assertThat(l.second.count()).as("ink of 花费").isGreaterThan(40);
        assertThat(l.first.differenceFrom(l.second)).as("difference between 收入 and 花费").isGreaterThan(0.4);
    }

    @Test
    void the_screenshot_check_tells_missing_glyphs_apart_from_words() throws Exception {
        // U+0378..U+0381 are unassigned: no font has them, so every browser draws missing-glyph boxes,
        // exactly what 收入 and 花费 became in the XChart report on a server without CJK fonts
        Labels l = shoot("\u0378\u0379", "\u0380\u0381");
        assertThat(l.first.count()).as("the boxes are drawn").isGreaterThan(10);
        assertThat(l.first.differenceFrom(l.second)).as("two rows of boxes look the same").isLessThan(0.05);
    }

    private record Labels(Glyphs.Ink first, Glyphs.Ink second) {
    }

    /** Renders a revenue-and-spend chart whose legend names are the two labels, and screenshots it. */
    private Labels shoot(String first, String second) throws Exception {
        Map<String, List<Double>> series = new LinkedHashMap<>();
        series.put(first, List.of(68_000.0, 21_000.0));
        series.put(second, List.of(20_000.0, 9_000.0));
        Report r = Report.builder("t", ReportRenderersTest.sample().period())
                .section("s", List.of(), new Chart.Bars("收入与花费", List.of("抖音", "小红书"), series, Chart.Axis.labelled("元"))).build();
        String html = HtmlRenderer.render(r, ReportOptions.of(Locale.SIMPLIFIED_CHINESE));
        String svg = html.substring(html.indexOf("<svg "), html.indexOf("</svg>") + 6);
        // the chart alone at the page's top-left corner, so SVG coordinates are screen pixels
        Path page = work.resolve("chart.html");
        Files.writeString(page, "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"></head>"
                + "<body style=\"margin:0;background:#fff\">" + svg + "</body></html>", StandardCharsets.UTF_8);
        Path png = work.resolve("chart.png");
        chromium.screenshot(page, png, ChartSvg.WIDTH + 20, 360, work);
        BufferedImage shot = ImageIO.read(png.toFile());
        int box = 2 * 12 + 6; // two characters of the 12 px legend font
        return new Labels(Glyphs.ink(shot, svg, first, box), Glyphs.ink(shot, svg, second, box));
    }
}
