package io.github.mediaops.connector.juguang;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.Money;
import io.github.mediaops.core.metrics.Metric;
import io.github.mediaops.core.validate.Checks;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One 蒲公英 (Pugongying) KOL cooperation order and the post data of its note, from
 * {@code /api/open/pgy/note/post/data} (data T+1). The note id lets these metrics attach to the note.
 *
 * @param orderId        the 蒲公英 order ({@code order_id})
 * @param kolId          the creator's user id ({@code kol_id})
 * @param kolNickName    the creator's nickname ({@code kol_nick_name}), possibly empty
 * @param noteId         the note ({@code note_id}), or {@code null} before the note is published
 * @param kolPrice       the creator's quote ({@code kol_price}, read as yuan), or {@code null} when not reported
 * @param metrics        {@code imp_num} → IMPRESSIONS, {@code read_num} → VIEWS, {@code read_uv} → UNIQUE_VIEWERS,
 *                       {@code like_num} → LIKES, {@code fav_num} → SAVES, {@code cmt_num} → COMMENTS,
 *                       {@code share_num} → SHARES; absent is not zero
 * @param engagements    {@code engage_num} (likes + saves + comments + shares as 蒲公英 counts them), or {@code null}
 * @param engagementRate {@code engage_rate} as a fraction (the wire's {@code 50.00} is 0.5), or {@code null}
 */
public record KolNotePost(String orderId, String kolId, String kolNickName, String noteId, Money kolPrice,
                          Map<Metric, Double> metrics, Long engagements, Double engagementRate) {
    public KolNotePost {
        Checks.notBlank(orderId, "orderId");
        Checks.notBlank(kolId, "kolId");
        Checks.notNull(kolNickName, "kolNickName");
        Checks.blankToNullRejected(noteId, "noteId");
        if (kolPrice != null && kolPrice.signum() < 0) {
            throw new InvalidValueException("kolPrice", "kolPrice must not be negative (was " + kolPrice + ")");
        }
        Checks.notNull(metrics, "metrics");
        metrics.forEach((m, v) -> {
            if (m == null || v == null || !Double.isFinite(v) || v < 0) {
                throw new InvalidValueException("metrics", "metrics must map metrics to finite counts >= 0 (was " + m + "=" + v + ")");
            }
        });
        metrics = Map.copyOf(metrics);
        if (engagements != null && engagements < 0) {
            throw new InvalidValueException("engagements", "engagements must not be negative (was " + engagements + ")");
        }
        if (engagementRate != null && (engagementRate.isNaN() || engagementRate < 0)) {
            throw new InvalidValueException("engagementRate", "engagementRate must be a fraction >= 0 (was " + engagementRate + ")");
        }
    }

    /** The note, once published. */
    public Optional<String> note() {
        return Optional.ofNullable(noteId);
    }

    /** The creator's quote, if reported. */
    public Optional<Money> price() {
        return Optional.ofNullable(kolPrice);
    }

    /** {@code engage_rate} as a fraction, if reported. */
    public OptionalDouble engagementFraction() {
        return engagementRate == null ? OptionalDouble.empty() : OptionalDouble.of(engagementRate);
    }

    /**
     * Quote per read ({@code kolPrice / VIEWS}), or empty when either is missing or reads are zero.
     */
    public Optional<Money> pricePerRead() {
        Double reads = metrics.get(Metric.VIEWS);
        if (kolPrice == null || reads == null || reads <= 0) {
            return Optional.empty();
        }
        return Optional.of(Money.computed(kolPrice.amount().divide(java.math.BigDecimal.valueOf(reads),
                Money.maxScale(kolPrice.currency()), java.math.RoundingMode.HALF_EVEN), kolPrice.currency()));
    }
}
