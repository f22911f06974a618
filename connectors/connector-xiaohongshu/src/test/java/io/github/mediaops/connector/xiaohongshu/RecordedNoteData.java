package io.github.mediaops.connector.xiaohongshu;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mediaops.core.metrics.Metric;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One real note-data export as recorded by another project: {@code qinglan900/WQF}'s {@code red_book/data/DAY.json},
 * which that project's own script wrote from the creator center's {@code 笔记列表明细表-DAY.xlsx} with SheetJS
 * (see {@code src/test/resources/recorded/SOURCES.md}). It keeps every row's title, 首次发布时间 text, 体裁 and the
 * ten numeric cells under their export headers.
 *
 * <p>{@link #assertReadAs(List)} checks rows read by our importer field by field against it, by the rules the
 * importer documents (counts to core metrics, 人均观看时长 in seconds, 封面点击率 a fraction, times in Asia/Shanghai),
 * computed here from the recorded values and not from the importer.
 */
record RecordedNoteData(String day, List<Row> rows) {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** The export's time text, e.g. {@code 2026年08月19日12时53分37秒}. */
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu年MM月dd日HH时mm分ss秒");
    /** The export's count columns and the core metric each documents. */
    static final Map<String, Metric> COUNT_COLUMNS = counts();
    /** The export's header row, in its column order (as in the real files). */
    static final List<String> HEADER = List.of("笔记标题", "首次发布时间", "体裁", "曝光", "观看量", "封面点击率", "点赞", "评论", "收藏",
            "涨粉", "分享", "人均观看时长", "弹幕");

    record Row(String title, String published, String genre, Map<String, BigDecimal> cells) {
        Instant publishedAt() {
            return LocalDateTime.parse(published, TIME).atZone(SHANGHAI).toInstant();
        }
    }

    static RecordedNoteData load(String day) {
        String resource = "/recorded/wqf/" + day + ".json";
        try (InputStream in = RecordedNoteData.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            JsonNode root = new ObjectMapper().readTree(in);
            List<Row> rows = new ArrayList<>();
            for (JsonNode r : root.get("rows")) {
                Map<String, BigDecimal> cells = new LinkedHashMap<>();
                r.get("metrics").fields().forEachRemaining(e -> cells.put(e.getKey(), e.getValue().decimalValue()));
                rows.add(new Row(r.get("title").asText(), r.get("publish").asText(), r.get("genre").asText(), cells));
            }
            assertThat(root.get("date").asText()).isEqualTo(day);
            return new RecordedNoteData(day, List.copyOf(rows));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Checks that {@code read} holds exactly the recorded rows, each field as the documented rules give it. */
    void assertReadAs(List<NoteDataRow> read) {
        assertThat(read).hasSameSizeAs(rows);
        Map<String, NoteDataRow> byTime = read.stream().collect(Collectors.toMap(
                r -> r.firstPublished().map(Instant::toString).orElse("none"), Function.identity()));
        for (Row expected : rows) {
            NoteDataRow actual = byTime.get(expected.publishedAt().toString());
            assertThat(actual).as("row published %s in export %s", expected.published(), day).isNotNull();
            assertThat(actual.title()).isEqualTo(expected.title());
            assertThat(actual.format()).contains(expected.genre());
            assertThat(actual.noteId()).isEmpty();
            Map<Metric, Double> values = new LinkedHashMap<>();
            COUNT_COLUMNS.forEach((header, metric) -> values.put(metric, expected.cells().get(header).doubleValue()));
            values.put(Metric.AVERAGE_WATCH_SECONDS, expected.cells().get("人均观看时长").doubleValue());
            assertThat(actual.values()).as("metrics of %s", expected.title()).containsExactlyInAnyOrderEntriesOf(values);
            assertThat(actual.extras()).containsOnlyKeys("coverClickRate");
            assertThat(actual.extras().get("coverClickRate")).isEqualByComparingTo(expected.cells().get("封面点击率"));
        }
    }

    private static Map<String, Metric> counts() {
        Map<String, Metric> m = new LinkedHashMap<>();
        m.put("曝光", Metric.IMPRESSIONS);
        m.put("观看量", Metric.VIEWS);
        m.put("点赞", Metric.LIKES);
        m.put("评论", Metric.COMMENTS);
        m.put("收藏", Metric.SAVES);
        m.put("涨粉", Metric.FOLLOWS_GAINED);
        m.put("分享", Metric.SHARES);
        m.put("弹幕", Metric.DANMAKU);
        return Map.copyOf(m);
    }
}
