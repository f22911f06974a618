package io.github.mediaops.analytics.accumulate;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apache.datasketches.common.SketchesArgumentException;
import org.apache.datasketches.hll.HllSketch;
import org.apache.datasketches.hll.TgtHllType;
import org.apache.datasketches.hll.Union;

/**
 * Accumulates raw engagement events into per-post, per-day KPIs: a count per {@link EngagementType}
 * and, optionally, the distinct users per post and day as an HLL sketch. The day is the calendar day of
 * the event in the accumulator's zone (Asia/Shanghai for the Chinese platforms), so the result agrees
 * with the platforms' own daily reports. Events may arrive in any order.
 *
 * <p>The engagement rate of a row is (likes + comments + shares + saves) / views, per view.
 *
 * <p>Memory: one cell per (post, day) of 6 counters plus, with uniques, one HLL sketch (sparse while
 * small, at most about 2<sup>lgK</sup> bytes).
 *
 * @since 0.1.0
 */
public final class PostDayKpis implements Accumulator<EngagementEvent, List<PostDayKpis.Row>, PostDayKpis> {
    private static final int TYPES = EngagementType.VALUES.length;
    private static final TgtHllType HLL = TgtHllType.HLL_8;

    private final ZoneId zone;
    private final int lgK; // 0 = no uniques
    // open addressing table, two longs per slot: post, then (day << 32 | cell + 1); 0 in the second = empty
    private long[] table;
    private int mask;
    private int size;
    private long[] counts; // cell * TYPES + type
    private HllSketch[] sketches;
    private long[] cellPost;
    private int[] cellDay;
    // the zone's offset is constant in [offsetFromMs, offsetUntilMs): day = floor((ms + offset) / 1 day)
    private long offsetFromMs = Long.MAX_VALUE;
    private long offsetUntilMs = Long.MIN_VALUE;
    private long offsetMs;
    private static final long DAY_MS = 86_400_000L;

    private PostDayKpis(ZoneId zone, int lgK) {
        this.zone = zone;
        this.lgK = lgK;
        int cap = 1024;
        table = new long[2 * cap];
        mask = cap - 1;
        counts = new long[64 * TYPES];
        cellPost = new long[64];
        cellDay = new int[64];
        sketches = lgK > 0 ? new HllSketch[64] : null;
    }

    /** Counters only. */
    public static PostDayKpis zero(ZoneId zone) {
        return new PostDayKpis(Checks.notNull(zone, "zone"), 0);
    }

    /** Counters and distinct users per post and day, with HLL sketches of 2^lgK registers (4..21). */
    public static PostDayKpis withUniques(ZoneId zone, int lgK) {
        if (lgK < 4 || lgK > 21) {
            throw new InvalidValueException("lgK", "lgK must be in 4..21 (was " + lgK + ")");
        }
        return new PostDayKpis(Checks.notNull(zone, "zone"), lgK);
    }

    /**
     * One post on one day.
     *
     * @param postId      the post
     * @param day         the day in the accumulator's zone
     * @param counts      events per type (types with no events are 0: the accumulator saw every event)
     * @param uniqueUsers estimated distinct users, or empty when the accumulator does not track them
     */
    public record Row(long postId, LocalDate day, Map<EngagementType, Long> counts, Optional<UniqueEstimate> uniqueUsers) {
        /** Validates the components; bad values fail with the field named. */
        public Row {
            Checks.notNull(day, "day");
            counts = Collections.unmodifiableMap(new EnumMap<>(Checks.mapOf(counts, "counts")));
            Checks.notNull(uniqueUsers, "uniqueUsers");
        }

        /**
         * @param type the engagement type
         * @return how many events of that type the post had that day (0 when none)
         */
        public long count(EngagementType type) {
            return counts.getOrDefault(type, 0L);
        }

        /** (likes + comments + shares + saves) / views; empty when there were no views. */
        public OptionalDouble engagementRate() {
            long views = count(EngagementType.VIEW);
            if (views == 0) {
                return OptionalDouble.empty();
            }
            long e = count(EngagementType.LIKE) + count(EngagementType.COMMENT) + count(EngagementType.SHARE)
                    + count(EngagementType.SAVE);
            return OptionalDouble.of((double) e / views);
        }
    }

    /** @return the zone whose calendar days the rows are cut by */
    public ZoneId zone() {
        return zone;
    }

    /** Adds one event ({@code EngagementEvent.user(u).post(p).did(type).at(millis)}). */
    @Override
    public PostDayKpis add(EngagementEvent e) {
        Checks.notNull(e, "event");
        return add(e.userId(), e.postId(), e.type(), e.epochMillis());
    }

    private PostDayKpis add(long userId, long postId, EngagementType type, long epochMillis) {
        int day = dayOf(epochMillis);
        int cell = cellFor(postId, day);
        counts[cell * TYPES + type.ordinal()]++;
        if (sketches != null) {
            HllSketch s = sketches[cell];
            if (s == null) {
                s = new HllSketch(lgK, HLL);
                sketches[cell] = s;
            }
            s.update(userId);
        }
        return this;
    }

    private int dayOf(long ms) {
        if (ms < offsetFromMs || ms >= offsetUntilMs) {
            Instant at = Instant.ofEpochMilli(ms);
            java.time.zone.ZoneRules rules = zone.getRules();
            offsetMs = rules.getOffset(at).getTotalSeconds() * 1000L;
            java.time.zone.ZoneOffsetTransition next = rules.nextTransition(at);
            java.time.zone.ZoneOffsetTransition prev = rules.previousTransition(at);
            offsetUntilMs = next == null ? Long.MAX_VALUE : next.toEpochSecond() * 1000L;
            offsetFromMs = prev == null ? Long.MIN_VALUE : prev.toEpochSecond() * 1000L;
        }
        return Math.toIntExact(Math.floorDiv(ms + offsetMs, DAY_MS));
    }

    private static int hash(long post, int day) {
        long h = (post * 0x9E3779B97F4A7C15L) ^ (day * 0xC2B2AE3D27D4EB4FL);
        h ^= h >>> 29;
        return (int) h;
    }

    private int cellFor(long post, int day) {
        int i = hash(post, day) & mask;
        while (true) {
            long meta = table[2 * i + 1];
            if (meta == 0) {
                return insert(i, post, day);
            }
            if (table[2 * i] == post && (int) (meta >>> 32) == day) {
                return (int) meta - 1;
            }
            i = (i + 1) & mask;
        }
    }

    private static long meta(int day, int cell) {
        return ((long) day << 32) | ((cell + 1) & 0xFFFFFFFFL);
    }

    private int insert(int i, long post, int day) {
        int cell = size++;
        if (cell == cellPost.length) {
            int cap = cellPost.length * 2;
            cellPost = Arrays.copyOf(cellPost, cap);
            cellDay = Arrays.copyOf(cellDay, cap);
            counts = Arrays.copyOf(counts, cap * TYPES);
            if (sketches != null) {
                sketches = Arrays.copyOf(sketches, cap);
            }
        }
        cellPost[cell] = post;
        cellDay[cell] = day;
        table[2 * i] = post;
        table[2 * i + 1] = meta(day, cell);
        if (size * 2 > mask + 1) {
            rehash();
        }
        return cell;
    }

    private void rehash() {
        int cap = (mask + 1) * 2;
        table = new long[2 * cap];
        mask = cap - 1;
        for (int c = 0; c < size; c++) {
            int i = hash(cellPost[c], cellDay[c]) & mask;
            while (table[2 * i + 1] != 0) {
                i = (i + 1) & mask;
            }
            table[2 * i] = cellPost[c];
            table[2 * i + 1] = meta(cellDay[c], c);
        }
    }

    /**
     * Folds another accumulator in.
     *
     * @throws InvalidValueException if the zones or uniques settings differ (their days or sketches
     *                               would not line up)
     */
    @Override
    public PostDayKpis merge(PostDayKpis other) {
        if (!other.zone.equals(zone) || other.lgK != lgK) {
            throw new InvalidValueException("other", "cannot merge per-post daily KPIs in " + other.zone + " (lgK "
                    + other.lgK + ") into " + zone + " (lgK " + lgK + ")");
        }
        for (int c = 0; c < other.size; c++) {
            int mine = cellFor(other.cellPost[c], other.cellDay[c]);
            for (int t = 0; t < TYPES; t++) {
                counts[mine * TYPES + t] += other.counts[c * TYPES + t];
            }
            if (sketches != null && other.sketches[c] != null) {
                if (sketches[mine] == null) {
                    sketches[mine] = HllSketch.heapify(other.sketches[c].toUpdatableByteArray());
                } else {
                    Union u = new Union(lgK);
                    u.update(sketches[mine]);
                    u.update(other.sketches[c]);
                    sketches[mine] = u.getResult(HLL);
                }
            }
        }
        return this;
    }

    /** Number of (post, day) cells. */
    public int cells() {
        return size;
    }

    /** Rows ordered by post then day. */
    @Override
    public List<Row> result() {
        List<Row> rows = new ArrayList<>(size);
        for (int c = 0; c < size; c++) {
            Map<EngagementType, Long> m = new EnumMap<>(EngagementType.class);
            for (EngagementType t : EngagementType.VALUES) {
                m.put(t, counts[c * TYPES + t.ordinal()]);
            }
            Optional<UniqueEstimate> u = Optional.empty();
            if (sketches != null) {
                u = Optional.of(HllUniques.estimateOf(sketches[c]));
            }
            rows.add(new Row(cellPost[c], LocalDate.ofEpochDay(cellDay[c]), m, u));
        }
        rows.sort(Comparator.comparingLong(Row::postId).thenComparing(Row::day));
        return List.copyOf(rows);
    }

    @Override
    public byte[] toBytes() {
        byte[] zoneBytes = zone.getId().getBytes(StandardCharsets.UTF_8);
        List<byte[]> sk = new ArrayList<>();
        int payload = 2 + zoneBytes.length + 1 + 4;
        for (int c = 0; c < size; c++) {
            payload += 8 + 4 + 8 * TYPES;
            if (sketches != null) {
                byte[] b = sketches[c].toCompactByteArray();
                sk.add(b);
                payload += 4 + b.length;
            }
        }
        ByteBuffer b = Codec.writer('P', payload);
        b.putShort((short) zoneBytes.length).put(zoneBytes).put((byte) lgK).putInt(size);
        for (int c = 0; c < size; c++) {
            b.putLong(cellPost[c]).putInt(cellDay[c]);
            for (int t = 0; t < TYPES; t++) {
                b.putLong(counts[c * TYPES + t]);
            }
            if (sketches != null) {
                b.putInt(sk.get(c).length).put(sk.get(c));
            }
        }
        return b.array();
    }

    /**
     * Reads accumulators written by {@link #toBytes()}, e.g. by another worker, to {@link #merge} them.
     *
     * @param bytes the serialised form
     * @return the accumulators
     * @throws io.github.mediaops.core.InvalidValueException when the bytes are not a PostDayKpis of this format
     */
    public static PostDayKpis fromBytes(byte[] bytes) {
        ByteBuffer b = Codec.reader(bytes, 'P', "PostDayKpis");
        try {
            byte[] z = new byte[b.getShort()];
            b.get(z);
            ZoneId zone = ZoneId.of(new String(z, StandardCharsets.UTF_8));
            int lgK = b.get();
            PostDayKpis p = lgK == 0 ? zero(zone) : withUniques(zone, lgK);
            int n = b.getInt();
            for (int i = 0; i < n; i++) {
                int c = p.cellFor(b.getLong(), b.getInt());
                for (int t = 0; t < TYPES; t++) {
                    p.counts[c * TYPES + t] = Checks.nonNegative(b.getLong(), "count");
                }
                if (p.sketches != null) {
                    byte[] s = new byte[b.getInt()];
                    b.get(s);
                    p.sketches[c] = HllSketch.heapify(s);
                }
            }
            Codec.requireEnd(b, "PostDayKpis");
            return p;
        } catch (BufferUnderflowException | SketchesArgumentException | java.time.DateTimeException
                 | NegativeArraySizeException | IndexOutOfBoundsException e) {
            throw Codec.truncated("PostDayKpis", e);
        }
    }
}
