package io.github.mediaops.analytics.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mediaops.core.kpi.Direction;
import io.github.mediaops.core.kpi.KpiCatalog;
import io.github.mediaops.core.kpi.KpiDefinition;
import io.github.mediaops.core.kpi.KpiUnit;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ReportLocaleTest {

    @Test
    void a_chinese_report_has_no_english_words_of_its_own() {
        String html = HtmlRenderer.render(ReportRenderersTest.sample(), ReportOptions.of(Locale.SIMPLIFIED_CHINESE));
        assertThat(html).contains("<html lang=\"zh-CN\">", "<h2>目标与结果</h2>", "周期：2026年11月2日 至 2026年11月4日",
                "<th>指标</th>", "<th class=\"n\">实际</th>", "<th class=\"n\">目标</th>", "<th class=\"n\">差异</th>",
                "<th>状态</th>", "<td class=\"met\">达成</td>", "<td class=\"missed\">未达成</td>",
                "<td class=\"no-target\">无目标</td>", "+0.60 个百分点", "<h2>经验教训</h2>", "<h2>后续行动</h2>",
                "<th>步骤</th>", "<th class=\"n\">用户数</th>", "<th>同期群</th>", "<th class=\"n\">第0期</th>",
                ">11月2日</text>", ">日期</text>");
        // the standard KPIs carry their Chinese names
        assertThat(html).contains(">互动率</td>", ">搜索排名</td>", ">阅读/播放量</td>");
        for (String english : new String[] {"Goals and results", "Period", ">met<", ">missed<", "no target", "Lessons",
                "Next actions", ">Step<", ">Users<", ">Cohort<", ">Day<", " pp", "Engagement rate"}) {
            assertThat(html).as("English word %s in a Chinese report", english).doesNotContain(english);
        }
        String md = MarkdownRenderer.render(ReportRenderersTest.sample(), ReportOptions.of(Locale.SIMPLIFIED_CHINESE));
        assertThat(md).contains("## 目标与结果", "| 互动率 | 4.60% | 4.00% | +0.60 个百分点 | 达成 |",
                "| 搜索排名 | 4 | 3 | +1 | 未达成 |", "| 阅读/播放量 | 4,630 | — | — | 无目标 |", "## 经验教训",
                "| 2026年11月3日 | 1,500.00 | 310.00 |");
    }

    @Test
    void an_english_report_uses_english_words_and_dates() {
        String html = HtmlRenderer.render(ReportRenderersTest.sample(), ReportOptions.defaults());
        assertThat(html).contains("<html lang=\"en\">", "<h2>Goals and results</h2>", "Period: Nov 2, 2026 to Nov 4, 2026",
                "<td class=\"met\">met</td>", ">Engagement rate</td>", ">Nov 2</text>");
    }

    @Test
    void other_languages_get_english_words_with_their_own_number_and_date_formats() {
        String md = MarkdownRenderer.render(ReportRenderersTest.sample(), ReportOptions.of(Locale.GERMANY));
        assertThat(md).contains("## Goals and results", "| Engagement rate | 4,60% | 4,00% | +0,60 pp | met |",
                "| Reads / plays | 4.630 | — | — | no target |", "Period: 02.11.2026 to 04.11.2026");
    }

    @Test
    void a_hosts_own_kpi_keeps_its_name_even_with_a_standard_id() {
        KpiDefinition own = new KpiDefinition("engagement_rate", "互动率（含收藏）", "(likes + saves) / views",
                KpiUnit.FRACTION, Direction.HIGHER_IS_BETTER);
        Report r = Report.builder("t", ReportRenderersTest.sample().period()).kpi(KpiLine.measured(own, 0.05).against(0.04)).build();
        assertThat(MarkdownRenderer.render(r, ReportOptions.of(Locale.SIMPLIFIED_CHINESE))).contains("| 互动率（含收藏） |");
        assertThat(MarkdownRenderer.render(r, ReportOptions.defaults())).contains("| 互动率（含收藏） |");
    }

    @Test
    void the_jvm_default_locale_is_never_used() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            assertThat(MarkdownRenderer.render(ReportRenderersTest.sample())).contains("## Goals and results")
                    .doesNotContain("目标");
            Locale.setDefault(Locale.GERMANY);
            assertThat(MarkdownRenderer.render(ReportRenderersTest.sample(), ReportOptions.of(Locale.CHINA)))
                    .contains("4.60%").contains("目标与结果");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void compact_numbers_use_each_languages_own_grouping_units() {
        Words en = new Words(Locale.ENGLISH);
        Words zh = new Words(Locale.SIMPLIFIED_CHINESE);
        assertThat(en.compact(4_700)).isEqualTo("4.7K");
        assertThat(en.compact(2_500_000)).isEqualTo("2.5M");
        assertThat(en.compact(950)).isEqualTo("950");
        assertThat(zh.compact(4_700)).isEqualTo("4,700");
        assertThat(zh.compact(47_000)).isEqualTo("4.7万");
        assertThat(zh.compact(680_000_000)).isEqualTo("6.8亿");
        assertThat(zh.compact(-20_000)).isEqualTo("-2万");
    }

    @Test
    void both_languages_define_every_word() throws IOException {
        Properties en = load("ReportWords.properties");
        Properties zh = load("ReportWords_zh.properties");
        Set<String> zhWords = zh.stringPropertyNames().stream().filter(k -> !k.startsWith("kpi."))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(zhWords).isEqualTo(new TreeSet<>(en.stringPropertyNames()));
        // every standard KPI has a Chinese name, and nothing else does
        Set<String> kpis = zh.stringPropertyNames().stream().filter(k -> k.startsWith("kpi.")).map(k -> k.substring(4))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(kpis).isEqualTo(KpiCatalog.standard().all().stream().map(KpiDefinition::id)
                .collect(Collectors.toCollection(TreeSet::new)));
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Words.class.getResourceAsStream(name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
