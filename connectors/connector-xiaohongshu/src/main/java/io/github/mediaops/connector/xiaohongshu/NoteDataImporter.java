package io.github.mediaops.connector.xiaohongshu;

import io.github.mediaops.connector.imports.ColumnMap;
import io.github.mediaops.connector.support.handoff.HandoffRecord;
import io.github.mediaops.connector.support.handoff.HandoffRegistry;
import io.github.mediaops.connector.imports.ImportResult;
import io.github.mediaops.connector.imports.ImportRow;
import io.github.mediaops.connector.imports.TableImporter;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.metrics.ContentMetrics;
import io.github.mediaops.core.metrics.Metric;
import io.github.mediaops.core.validate.Checks;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the Xiaohongshu creator center's note-data export (创作服务平台 → 数据中心 → 笔记数据 → 导出, the
 * file {@code 笔记列表明细表-YYYYMMDD.xlsx}) into lifetime {@link ContentMetrics} snapshots.
 *
 * <p>The export, as observed in real files: a notice row ({@code 最多导出排序后前1000条笔记}) above the header
 * row {@code 笔记标题, 首次发布时间, 体裁, 曝光, 观看量, 封面点击率, 点赞, 评论, 收藏, 涨粉, 分享, 人均观看时长,
 * 弹幕}; publication times as text {@code 2026年08月19日12时53分37秒} (Asia/Shanghai); counts as numbers;
 * 封面点击率 as a fraction (0.095); 人均观看时长 in seconds. The numbers are totals since publication up to the
 * data day. {@link #COLUMNS} also knows the spellings of older exports and other tools (曝光数, 观看数, 笔记分享数,
 * 涨粉数, ...) and the video columns 完播率, 5s完播率 and 2s跳出率; add spellings with
 * {@link Builder#columns(ColumnMap)}. Units such as {@code 1.2w} and {@code 3.5万} and percentages as
 * {@code 9.5%} are read exactly (a CSV saved by hand often has them).
 *
 * <p><b>Note ids.</b> The export names notes only by title and time. A row is attached to a note by a note
 * id or link column when the file has one, else through the {@link HandoffRegistry}: the posted hand-off with
 * the same title (NFKC, whitespace-insensitive) whose posting time is closest to the row's 首次发布时间 within
 * {@link Builder#matchWindow(Duration)} (default 24 hours). Rows that match no hand-off, or two equally, are
 * returned as {@link NoteDataImport.Unmatched} with the reason; bad cells are refused by row and column.
 */
public final class NoteDataImporter {
    /** The columns of the note-data export, with the spellings seen in exports and third-party mappers. */
    public static final ColumnMap COLUMNS = ColumnMap.builder()
            .required("title", "笔记标题", "标题", "笔记名称", "作品名称", "作品标题")
            .optional("published", "首次发布时间", "发布时间", "笔记发布时间", "发布日期")
            .optional("format", "体裁", "笔记类型", "类型")
            .optional("noteId", "笔记ID", "笔记id", "note_id", "笔记链接")
            .optional("impressions", "曝光", "曝光数", "曝光量", "展现量")
            .optional("views", "观看量", "观看数", "阅读量", "阅读数", "浏览量", "播放量")
            .optional("coverClickRate", "封面点击率")
            .optional("likes", "点赞", "点赞数", "点赞量")
            .optional("comments", "评论", "评论数", "评论量")
            .optional("saves", "收藏", "收藏数", "收藏量")
            .optional("follows", "涨粉", "涨粉数", "粉丝增量", "新增粉丝")
            .optional("shares", "分享", "分享数", "笔记分享数", "分享量")
            .optional("averageWatchSeconds", "人均观看时长", "平均观看时长", "平均播放时长")
            .optional("danmaku", "弹幕", "弹幕数")
            .optional("completionRate", "完播率", "整体完播率")
            .optional("fiveSecondCompletionRate", "5s完播率", "5秒完播率")
            .optional("twoSecondExitRate", "2s跳出率", "2秒跳出率")
            .build();

    private static final Map<String, Metric> COUNTS = counts();
    private static final List<String> EXTRA_FRACTIONS = List.of("coverClickRate", "fiveSecondCompletionRate", "twoSecondExitRate");

    private final TableImporter importer;
    private final HandoffRegistry registry;
    private final Duration matchWindow;
    private final Clock clock;

    private NoteDataImporter(Builder b) {
        this.importer = TableImporter.builder(b.columns).zone(b.zone).build();
        this.registry = b.registry;
        this.matchWindow = b.matchWindow;
        this.clock = b.clock;
    }

    /**
     * An importer that attaches rows to notes through {@code registry} (a Xiaohongshu registry: see
     * {@link XiaohongshuHandoff#registry(Path)}).
     *
     * @throws InvalidValueException when the registry keeps another platform's posts
     */
    public static Builder builder(HandoffRegistry registry) {
        Checks.notNull(registry, "registry");
        if (!registry.target().platform().equals(XiaohongshuHandoff.TARGET.platform())) {
            throw new InvalidValueException("registry", "the note-data importer needs a Xiaohongshu hand-off registry, not a "
                    + registry.target().platform().id() + " one");
        }
        return new Builder(registry);
    }

    /**
     * Reads one export.
     *
     * @param file an .xlsx or .csv export
     * @param day  the export's data day: the last day its totals include (usually the day before the export)
     */
    public NoteDataImport read(Path file, LocalDate day) {
        Checks.notNull(file, "file");
        Checks.notNull(day, "day");
        ImportResult<NoteDataRow> rows = importer.read(file, NoteDataImporter::row);
        Instant asOf = clock.instant();
        List<ContentMetrics> snapshots = new ArrayList<>();
        List<NoteDataImport.Unmatched> unmatched = new ArrayList<>();
        for (NoteDataRow r : rows.rows()) {
            Optional<String> id = r.noteId();
            String reason = null;
            if (id.isEmpty()) {
                List<HandoffRecord> sameTitle = registry.all().stream()
                        .filter(h -> h.isPosted() && normalise(h.title()).equals(normalise(r.title()))).toList();
                if (sameTitle.isEmpty()) {
                    reason = "no posted hand-off has the title " + Checks.show(r.title());
                } else {
                    Match m = choose(sameTitle, r.firstPublished());
                    id = m.record.flatMap(HandoffRecord::postId);
                    reason = m.reason;
                }
            }
            if (id.isPresent()) {
                snapshots.add(r.toSnapshot(id.get(), day, importer.zone(), asOf));
            } else {
                unmatched.add(new NoteDataImport.Unmatched(r, reason));
            }
        }
        return new NoteDataImport(snapshots, unmatched, rows.report());
    }

    private record Match(Optional<HandoffRecord> record, String reason) {
    }

    private Match choose(List<HandoffRecord> sameTitle, Optional<Instant> published) {
        if (published.isEmpty()) {
            return sameTitle.size() == 1 ? new Match(Optional.of(sameTitle.get(0)), null)
                    : new Match(Optional.empty(), sameTitle.size() + " posted hand-offs have this title and the row has no 首次发布时间");
        }
        Instant at = published.get();
        List<HandoffRecord> near = sameTitle.stream()
                .filter(h -> Duration.between(h.postedAt().orElseThrow(), at).abs().compareTo(matchWindow) <= 0)
                .sorted(Comparator.comparing(h -> Duration.between(h.postedAt().orElseThrow(), at).abs()))
                .toList();
        if (near.isEmpty()) {
            return new Match(Optional.empty(), sameTitle.size() + " posted hand-off(s) have this title, none posted within "
                    + matchWindow + " of " + at);
        }
        if (near.size() > 1 && Duration.between(near.get(0).postedAt().orElseThrow(), at).abs()
                .equals(Duration.between(near.get(1).postedAt().orElseThrow(), at).abs())) {
            return new Match(Optional.empty(), "hand-offs " + near.get(0).handoffId() + " and " + near.get(1).handoffId()
                    + " match equally");
        }
        return new Match(Optional.of(near.get(0)), null);
    }

    private static NoteDataRow row(ImportRow row) {
        String title = row.text("title").orElseThrow(() -> row.missing("title"));
        Optional<String> noteId = row.text("noteId").map(t -> {
            try {
                return NoteIds.parse(t);
            } catch (InvalidValueException e) {
                throw row.problem("noteId", e.getMessage());
            }
        });
        Map<Metric, Double> values = new EnumMap<>(Metric.class);
        COUNTS.forEach((key, metric) -> row.count(key).ifPresent(v -> values.put(metric, (double) v)));
        row.seconds("averageWatchSeconds").ifPresent(s -> values.put(Metric.AVERAGE_WATCH_SECONDS, s.doubleValue()));
        row.fraction("completionRate").ifPresent(f -> values.put(Metric.COMPLETION_RATE, fraction(row, "completionRate", f).doubleValue()));
        Map<String, BigDecimal> extras = new LinkedHashMap<>();
        for (String key : EXTRA_FRACTIONS) {
            row.fraction(key).ifPresent(f -> extras.put(key, fraction(row, key, f)));
        }
        return new NoteDataRow(row.rowNumber(), title, row.instant("published"), row.text("format"), noteId, values, extras);
    }

    private static BigDecimal fraction(ImportRow row, String key, BigDecimal f) {
        if (f.signum() < 0 || f.compareTo(BigDecimal.ONE) > 0) {
            throw row.problem(key, "a rate must lie between 0 and 100% (was " + f.toPlainString() + ")");
        }
        return f;
    }

    private static Map<String, Metric> counts() {
        Map<String, Metric> m = new LinkedHashMap<>();
        m.put("impressions", Metric.IMPRESSIONS);
        m.put("views", Metric.VIEWS);
        m.put("likes", Metric.LIKES);
        m.put("comments", Metric.COMMENTS);
        m.put("saves", Metric.SAVES);
        m.put("follows", Metric.FOLLOWS_GAINED);
        m.put("shares", Metric.SHARES);
        m.put("danmaku", Metric.DANMAKU);
        return m;
    }

    static String normalise(String title) {
        return Normalizer.normalize(title, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }

    /** Options; only the registry is required. */
    public static final class Builder {
        private final HandoffRegistry registry;
        private ColumnMap columns = COLUMNS;
        private ZoneId zone = ZoneId.of("Asia/Shanghai");
        private Duration matchWindow = Duration.ofHours(24);
        private Clock clock = Clock.systemUTC();

        private Builder(HandoffRegistry registry) {
            this.registry = registry;
        }

        /** The column map; start from {@code COLUMNS.toBuilder()} to add spellings. */
        public Builder columns(ColumnMap columns) {
            this.columns = Checks.notNull(columns, "columns");
            return this;
        }

        /** The zone of 首次发布时间 and of the data day (default Asia/Shanghai). */
        public Builder zone(ZoneId zone) {
            this.zone = Checks.notNull(zone, "zone");
            return this;
        }

        /** How far a hand-off's recorded posting time may be from a row's 首次发布时间 (default 24 hours). */
        public Builder matchWindow(Duration window) {
            Checks.notNull(window, "matchWindow");
            if (window.isNegative()) {
                throw new InvalidValueException("matchWindow", "matchWindow must not be negative (was " + window + ")");
            }
            this.matchWindow = window;
            return this;
        }

        /** The clock that stamps {@code asOf}. */
        public Builder clock(Clock clock) {
            this.clock = Checks.notNull(clock, "clock");
            return this;
        }

        public NoteDataImporter build() {
            return new NoteDataImporter(this);
        }
    }
}
