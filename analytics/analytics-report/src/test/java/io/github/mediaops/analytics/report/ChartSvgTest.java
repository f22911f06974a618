package io.github.mediaops.analytics.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.mediaops.core.InvalidValueException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class ChartSvgTest {
    static final ChartSvg ZH = new ChartSvg(new Words(Locale.SIMPLIFIED_CHINESE), ReportTheme.defaults());

    /** Revenue and spend on two channels: the 4-point chart that XChart drew in 143 KB of glyph outlines. */
    static Chart.Bars revenueAndSpend() {
        Map<String, List<Double>> series = new LinkedHashMap<>();
        series.put("收入", List.of(68_000.0, 21_000.0));
        series.put("花费", List.of(20_000.0, 9_000.0));
        return new Chart.Bars("收入与花费", List.of("抖音", "小红书"), series, Chart.Axis.labelled("元"));
    }

    static Document xml(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    static List<String> texts(Document d) {
        NodeList nodes = d.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent());
        }
        return out;
    }

    @Test
    void a_four_point_chart_is_a_few_kilobytes_of_real_text_not_glyph_outlines() throws Exception {
        String svg = ZH.svg(revenueAndSpend());
        assertThat(svg.getBytes(StandardCharsets.UTF_8).length).isLessThan(6 * 1024);
        assertThat(svg).doesNotContain("<path").doesNotContain("<image").doesNotContain("href");
        List<String> texts = texts(xml(svg));
        assertThat(texts).contains("收入", "花费", "抖音", "小红书", "元");
        // value labels above the bars, in Chinese grouping units
        assertThat(texts).contains("6.8万", "2万", "2.1万", "9,000");
    }

    @Test
    void text_uses_a_font_stack_with_chinese_fonts_before_the_generic_family() throws Exception {
        String family = xml(ZH.svg(revenueAndSpend())).getDocumentElement().getAttribute("font-family");
        assertThat(family).isEqualTo(ReportTheme.DEFAULT_FONT_FAMILY);
        assertThat(family).contains("'PingFang SC'", "'Microsoft YaHei'", "'Noto Sans CJK SC'").endsWith("sans-serif");
    }

    @Test
    void bar_heights_are_proportional_to_the_values() {
        String svg = ZH.svg(revenueAndSpend());
        ReportTheme t = ReportTheme.defaults();
        List<Double> revenue = heights(svg, t.seriesColour(0));
        List<Double> spend = heights(svg, t.seriesColour(1));
        // ticks run 0..80,000 over a 220 px plot (hand-computed: step 20,000, five ticks)
        assertThat(revenue).hasSize(2);
        assertThat(revenue.get(0)).isCloseTo(220 * 68_000 / 80_000.0, within(0.1));
        assertThat(revenue.get(1)).isCloseTo(220 * 21_000 / 80_000.0, within(0.1));
        assertThat(spend.get(0)).isCloseTo(220 * 20_000 / 80_000.0, within(0.1));
        assertThat(spend.get(1)).isCloseTo(220 * 9_000 / 80_000.0, within(0.1));
    }

    /** Heights of the bars (rects with rounded corners) of one colour, skipping the 12 px legend swatch. */
    private static List<Double> heights(String svg, String colour) {
        Matcher m = Pattern.compile("<rect [^>]*height=\"([0-9.]+)\" fill=\"" + colour + "\" rx=\"2\"/>").matcher(svg);
        List<Double> out = new ArrayList<>();
        while (m.find()) {
            out.add(Double.parseDouble(m.group(1)));
        }
        return out.subList(1, out.size());
    }

    @Test
    void ticks_are_round_numbers_covering_the_range() {
        assertThat(ChartSvg.ticks(0, 68_000)).containsExactly(0, 20_000, 40_000, 60_000, 80_000);
        assertThat(ChartSvg.ticks(0, 4_700)).containsExactly(0, 1_000, 2_000, 3_000, 4_000, 5_000);
        assertThat(ChartSvg.ticks(-3, 7)).containsExactly(-4, -2, 0, 2, 4, 6, 8);
        double[] flat = ChartSvg.ticks(5, 5); // one value: a unit range above it
        assertThat(flat[0]).isEqualTo(5);
        assertThat(flat[flat.length - 1]).isCloseTo(6, within(1e-9));
    }

    @Test
    void trend_labels_days_in_the_readers_format_and_names_the_axes() throws Exception {
        LocalDate d = LocalDate.of(2026, 11, 2);
        Chart.Trend t = new Chart.Trend("播放", List.of(d, d.plusDays(1), d.plusDays(2)),
                Map.of("抖音", List.of(4_200.0, 4_700.0, 1_100.0)), Chart.Axis.labelled("播放量"));
        List<String> zh = texts(xml(ZH.svg(t)));
        assertThat(zh).contains("11月2日", "11月3日", "11月4日", "日期", "播放量", "抖音", "5,000");
        String en = new ChartSvg(new Words(Locale.ENGLISH), ReportTheme.defaults()).svg(t);
        assertThat(texts(xml(en))).contains("Nov 2", "Nov 4", "Day", "5K");
    }

    @Test
    void brand_colours_and_fonts_come_from_the_theme() {
        ReportTheme brand = ReportTheme.defaults().toBuilder().accent("#C8102E").series(List.of("#111111", "#F59E0B"))
                .fontFamily("'Brand Sans', sans-serif").build();
        String svg = new ChartSvg(new Words(Locale.ENGLISH), brand).svg(revenueAndSpend());
        assertThat(svg).contains("fill=\"#111111\"", "fill=\"#F59E0B\"", "font-family=\"&#39;Brand Sans&#39;, sans-serif\"");
        assertThat(svg).doesNotContain(ReportTheme.defaults().seriesColour(0));
        assertThat(HtmlRenderer.render(ReportRenderersTest.sample(), ReportOptions.defaults().withTheme(brand)))
                .contains("border-bottom:2px solid #C8102E", "font-family:'Brand Sans', sans-serif;");
    }

    @Test
    void a_theme_refuses_colours_and_font_stacks_that_could_break_out_of_css() {
        assertThatThrownBy(() -> ReportTheme.defaults().toBuilder().series(List.of("#123456", "red")).build())
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("series[1]").hasMessageContaining("red");
        assertThatThrownBy(() -> ReportTheme.defaults().toBuilder().accent("#12345").build())
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("accent");
        assertThatThrownBy(() -> ReportTheme.defaults().toBuilder().fontFamily("x;}</style><script>").build())
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("fontFamily");
        assertThatThrownBy(() -> ReportTheme.defaults().toBuilder().series(List.of()).build())
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("series");
    }

    @Test
    void long_labels_are_cut_to_fit_and_keep_their_full_text_as_a_tooltip() throws Exception {
        String longName = "一个非常非常非常非常非常非常非常非常非常非常长的渠道名称";
        Chart.Bars b = new Chart.Bars("t", List.of(longName, "b", "c", "d", "e", "f"),
                Map.of("v", List.of(1.0, 2.0, 3.0, 4.0, 5.0, 6.0)), Chart.Axis.labelled("y"));
        String svg = ZH.svg(b);
        xml(svg);
        assertThat(svg).contains("<title>" + longName + "</title>").contains("…</text>");
    }

    @Test
    void a_heat_map_without_cohorts_says_so() throws Exception {
        var empty = new io.github.mediaops.analytics.measure.cohort.RetentionCohorts(java.time.ZoneOffset.UTC,
                io.github.mediaops.analytics.measure.kpi.Grain.WEEK, 2).apply(List.of(), List.of(), LocalDate.of(2026, 11, 30));
        String svg = ZH.svg(new Chart.CohortHeatmap("留存", empty));
        assertThat(texts(xml(svg))).contains("（无同期群）", "第0期", "第1期");
    }

    @Test
    void bars_need_distinct_categories_and_one_value_per_category() {
        assertThatThrownBy(() -> new Chart.Bars("t", List.of("a", "a"), Map.of("v", List.of(1.0, 2.0)), Chart.Axis.labelled("y")))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("distinct");
        assertThatThrownBy(() -> new Chart.Bars("t", List.of("a", "b"), Map.of("v", List.of(1.0)), Chart.Axis.labelled("y")))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("1 values for 2 categories");
    }
}
