package io.github.mediaops.connector.xiaohongshu;

import static io.github.mediaops.connector.xiaohongshu.ExportFiles.num;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mediaops.connector.support.handoff.HandoffRecord;
import io.github.mediaops.connector.support.handoff.HandoffRegistry;
import io.github.mediaops.connector.imports.ImportException;
import io.github.mediaops.connector.imports.RowProblem;
import io.github.mediaops.core.metrics.ContentMetrics;
import io.github.mediaops.core.metrics.Coverage;
import io.github.mediaops.core.metrics.Metric;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.platform.Platform;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three real-shaped note-data exports: the platform's own .xlsx (inline strings, notice row, numbers as
 * {@code 1266.0}), a GBK CSV re-saved by hand with other header spellings and units, and a shared-strings
 * .xlsx with the video columns and a note-link column. Each has blank cells and a bad row.
 */
class NoteDataImporterTest {
    static final AccountRef ACCOUNT = AccountRef.of(Platform.XIAOHONGSHU, "brand-red");
    static final Instant READ = Instant.parse("2026-08-21T01:00:00Z");
    static final LocalDate DAY = LocalDate.of(2026, 8, 20);
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final String NOTICE = "最多导出排序后前1000条笔记";
    static final List<Object> HEADER = List.of("笔记标题", "首次发布时间", "体裁", "曝光", "观看量", "封面点击率", "点赞", "评论", "收藏",
            "涨粉", "分享", "人均观看时长", "弹幕");

    @TempDir
    Path dir;
    HandoffRegistry registry;
    NoteDataImporter importer;

    @BeforeEach
    void setUp() {
        registry = XiaohongshuHandoff.inMemoryRegistry();
        post("xhs-a", "照着这份清单，把家养顺", "64b0c2f1000000001e03a1b1", "2026-08-19T04:53:40Z");
        post("xhs-b", "台面发霉？涂一层这个", "64b0c2f1000000001e03a1b2", "2026-08-17T03:38:50Z");
        post("xhs-c", "加装内存条教程", "64b0c2f1000000001e03a1b3", "2026-08-13T05:10:00Z");
        importer = NoteDataImporter.builder(registry).clock(Clock.fixed(READ, ZoneOffset.UTC)).build();
    }

    private void post(String id, String title, String noteId, String at) {
        registry.register(new HandoffRecord(id, "key-" + id, ACCOUNT, "c-" + id, title, Instant.parse(at).minusSeconds(3600),
                Optional.empty(), Optional.empty()));
        registry.recordPost(id, noteId, Instant.parse(at));
    }

    private static List<Object> row(Object... cells) {
        return java.util.Arrays.asList(cells);
    }

    @Test
    void reads_the_platforms_own_xlsx_with_its_notice_row_inline_strings_and_decimal_counts() throws IOException {
        Path file = ExportFiles.xlsx(dir.resolve("笔记列表明细表-20260821.xlsx"), List.of(
                java.util.Collections.nCopies(13, NOTICE),
                HEADER,
                row("照着这份清单，把家养顺", "2026年08月19日12时53分37秒", "图文", num("1266.0"), num("120.0"), num("0.095"),
                        num("10.0"), num("0.0"), num("10.0"), num("1.0"), num("0.0"), num("33.0"), num("0.0")),
                row("台面发霉？涂一层这个", "2026年08月17日11时38分46秒", "图文", num("1591.0"), num("103.0"), num("0.065"),
                        num("0.0"), num("0.0"), num("1.0"), num("0.0"), num("0.0"), num("22.0"), null),
                row("门把手松动？4种故障自己修", "2026年08月08日13时05分14秒", "图文", num("0.0"), num("65.0"), num("0.0"),
                        num("3.0"), num("1.0"), num("4.0"), num("0.0"), num("1.0"), num("0.0"), num("0.0")),
                row("加装内存条教程", "2026年08月13日13时10分00秒", "图文", "2690", num("-1.0"), num("0.119"),
                        num("10.0"), num("0.0"), num("11.0"), num("0.0"), num("8.0"), num("39.0"), num("0.0"))),
                false, true);

        NoteDataImport result = importer.read(file, DAY);

        assertThat(result.report().headerRow()).isEqualTo(2);
        assertThat(result.snapshots()).hasSize(2);
        ContentMetrics a = byNote(result, "64b0c2f1000000001e03a1b1");
        assertThat(a.platform()).isEqualTo(Platform.XIAOHONGSHU);
        assertThat(a.coverage()).isEqualTo(Coverage.LIFETIME);
        assertThat(a.day()).isEqualTo(DAY);
        assertThat(a.zone()).isEqualTo(SHANGHAI);
        assertThat(a.asOf()).isEqualTo(READ);
        assertThat(a.values()).containsExactlyInAnyOrderEntriesOf(Map.of(Metric.IMPRESSIONS, 1266.0, Metric.VIEWS, 120.0,
                Metric.LIKES, 10.0, Metric.COMMENTS, 0.0, Metric.SAVES, 10.0, Metric.FOLLOWS_GAINED, 1.0, Metric.SHARES, 0.0,
                Metric.AVERAGE_WATCH_SECONDS, 33.0, Metric.DANMAKU, 0.0));
        // a cell with no value is absent, never zero
        assertThat(byNote(result, "64b0c2f1000000001e03a1b2").has(Metric.DANMAKU)).isFalse();

        assertThat(result.unmatched()).singleElement().satisfies(u -> {
            assertThat(u.row().row()).isEqualTo(5);
            assertThat(u.row().title()).isEqualTo("门把手松动？4种故障自己修");
            assertThat(u.row().firstPublished()).contains(Instant.parse("2026-08-08T05:05:14Z"));
            assertThat(u.row().format()).contains("图文");
            assertThat(u.row().extras()).containsEntry("coverClickRate", new BigDecimal("0"));
            assertThat(u.reason()).contains("no posted hand-off has the title");
        });
        assertThat(result.report().problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(6);
            assertThat(p.column()).isEqualTo("views");
            assertThat(p.header()).isEqualTo("观看量");
            assertThat(p.message()).contains("negative");
        });
    }

    @Test
    void reads_a_gbk_csv_saved_by_hand_with_other_spellings_units_and_percentages() throws IOException {
        String csv = String.join("\r\n",
                "标题,发布时间,曝光数,观看数,封面点击率,点赞数,评论数,收藏数,涨粉数,笔记分享数,平均观看时长",
                "照着这份清单，把家养顺,2026-08-19 12:53,1.2w,\"1,234\",9.5%,3.5万,-,12,,0,1分05秒",
                "台面发霉？涂一层这个,2026/8/17 11:38,8千,96,6.5%,1,0,1,0,0,15秒",
                "加装内存条教程,2026-08-13 13:10,2690,335,很高,10,0,11,0,8,39") + "\r\n";
        Path file = dir.resolve("notes-gbk.csv");
        Files.write(file, csv.getBytes(Charset.forName("GBK")));

        NoteDataImport result = importer.read(file, DAY);

        ContentMetrics a = byNote(result, "64b0c2f1000000001e03a1b1");
        assertThat(a.count(Metric.IMPRESSIONS)).hasValue(12_000);
        assertThat(a.count(Metric.VIEWS)).hasValue(1_234);
        assertThat(a.count(Metric.LIKES)).hasValue(35_000);
        assertThat(a.has(Metric.COMMENTS)).isFalse();            // "-" is no value
        assertThat(a.has(Metric.FOLLOWS_GAINED)).isFalse();      // empty cell
        assertThat(a.count(Metric.SHARES)).hasValue(0);
        assertThat(a.value(Metric.AVERAGE_WATCH_SECONDS)).hasValue(65.0);
        ContentMetrics b = byNote(result, "64b0c2f1000000001e03a1b2");
        assertThat(b.count(Metric.IMPRESSIONS)).hasValue(8_000);
        assertThat(b.value(Metric.AVERAGE_WATCH_SECONDS)).hasValue(15.0);
        assertThat(result.unmatched()).isEmpty();
        assertThat(result.report().problems()).extracting(RowProblem::row, RowProblem::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(4, "coverClickRate"));
        assertThat(result.report().problems().get(0).message()).contains("封面点击率", "很高");
    }

    @Test
    void reads_a_shared_strings_xlsx_with_video_columns_and_note_links() throws IOException {
        Path file = ExportFiles.xlsx(dir.resolve("video.xlsx"), List.of(
                row("笔记链接", "笔记标题", "首次发布时间", "体裁", "曝光", "观看量", "完播率", "5s完播率", "2s跳出率", "人均观看时长", "点赞"),
                row("https://www.xiaohongshu.com/explore/66aa00000000000012345678?xsec_token=x", "三分钟学会收纳", "2026年08月18日20时00分00秒",
                        "视频", num("5200"), num("880"), num("0.153"), "41.5%", "12%", num("18.7"), num("56")),
                row("", "没有链接的视频", "2026年08月18日21时00分00秒", "视频", num("100"), num("10"), "", "", "", "", num("1")),
                row("https://xhslink.com/a/AbCdEf", "短链接", "2026年08月18日22时00分00秒", "视频", num("1"), num("1"), "", "", "", "", num("0")),
                row("66aa00000000000012345679", "完播率超过百分百", "2026年08月18日23时00分00秒", "视频", num("10"), num("9"),
                        "120%", "", "", "", num("0"))),
                true, false);

        NoteDataImport result = importer.read(file, DAY);

        assertThat(result.snapshots()).singleElement().satisfies(s -> {
            assertThat(s.postId()).isEqualTo("66aa00000000000012345678");
            assertThat(s.value(Metric.COMPLETION_RATE)).hasValue(0.153);
            assertThat(s.value(Metric.AVERAGE_WATCH_SECONDS)).hasValue(18.7);
            assertThat(s.count(Metric.VIEWS)).hasValue(880);
        });
        assertThat(result.unmatched()).singleElement().satisfies(u -> assertThat(u.row().title()).isEqualTo("没有链接的视频"));
        assertThat(result.report().problems()).extracting(RowProblem::row, RowProblem::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(4, "noteId"), org.assertj.core.groups.Tuple.tuple(5, "completionRate"));
        assertThat(result.report().problems().get(0).message()).contains("xhslink.com");
    }

    @Test
    void keeps_the_rows_extras_that_core_has_no_metric_for() throws IOException {
        Path file = ExportFiles.xlsx(dir.resolve("extras.xlsx"), List.of(
                row("笔记标题", "观看量", "封面点击率", "5s完播率", "2s跳出率"),
                row("短视频", num("1"), num("0.095"), "41.5%", "12%")), true, false);
        NoteDataImport result = importer.read(file, DAY);
        assertThat(result.unmatched()).singleElement().satisfies(u -> assertThat(u.row().extras()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "coverClickRate", new BigDecimal("0.095"),
                "fiveSecondCompletionRate", new BigDecimal("0.415"),
                "twoSecondExitRate", new BigDecimal("0.12"))));
    }

    @Test
    void picks_the_hand_off_posted_closest_to_the_rows_publication_time_when_titles_repeat() throws IOException {
        post("xhs-d", "每周穿搭", "64b0c2f1000000001e03a1d1", "2026-08-01T04:00:00Z");
        post("xhs-e", "每周穿搭", "64b0c2f1000000001e03a1e1", "2026-08-08T04:00:00Z");
        Path file = dir.resolve("repeat.csv");
        Files.writeString(file, "笔记标题,首次发布时间,观看量\n每周穿搭,2026-08-08 12:05:00,7\n每周穿搭,2026-08-15 12:00:00,8\n每周穿搭,,9\n");
        NoteDataImport result = importer.read(file, DAY);
        assertThat(result.snapshots()).singleElement().satisfies(s -> {
            assertThat(s.postId()).isEqualTo("64b0c2f1000000001e03a1e1");
            assertThat(s.count(Metric.VIEWS)).hasValue(7);
        });
        assertThat(result.unmatched()).extracting(NoteDataImport.Unmatched::reason).containsExactly(
                "2 posted hand-off(s) have this title, none posted within PT24H of 2026-08-15T04:00:00Z",
                "2 posted hand-offs have this title and the row has no 首次发布时间");
    }

    @Test
    void a_file_without_the_note_columns_is_refused_as_a_whole() throws IOException {
        Path file = dir.resolve("other.csv");
        Files.writeString(file, "账号,粉丝数\na,1\n");
        assertThatThrownBy(() -> importer.read(file, DAY)).isInstanceOf(ImportException.class).hasMessageContaining("笔记标题");
    }

    @Test
    void hosts_add_their_own_header_spellings() throws IOException {
        Path file = dir.resolve("custom.csv");
        Files.writeString(file, "笔记标题,围观人数\n加装内存条教程,42\n");
        NoteDataImporter custom = NoteDataImporter.builder(registry).clock(Clock.fixed(READ, ZoneOffset.UTC))
                .columns(NoteDataImporter.COLUMNS.toBuilder().alias("views", "围观人数").build()).build();
        assertThat(custom.read(file, DAY).snapshots()).singleElement()
                .satisfies(s -> assertThat(s.count(Metric.VIEWS)).hasValue(42));
    }

    private static ContentMetrics byNote(NoteDataImport result, String noteId) {
        return result.snapshots().stream().filter(s -> s.postId().equals(noteId)).findFirst().orElseThrow();
    }
}
