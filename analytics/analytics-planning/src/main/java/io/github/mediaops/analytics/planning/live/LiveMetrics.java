package io.github.mediaops.analytics.planning.live;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.Money;
import io.github.mediaops.core.validate.Checks;
import io.github.mediaops.core.live.LiveAudience;
import io.github.mediaops.core.live.LiveSession;
import io.github.mediaops.core.live.ProductSales;
import io.github.mediaops.core.live.ViewerSample;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * Metrics of one livestream commerce session.
 *
 * <ul>
 *   <li>peak concurrent viewers (最高在线) and when;</li>
 *   <li>average concurrent viewers (平均在线): the time-weighted mean of the sampled step function over
 *       the session (a sample holds until the next; before the first sample counts as 0); without
 *       samples, total watch time ÷ duration;</li>
 *   <li>average watch time (人均观看时长) = total watch time ÷ unique viewers;</li>
 *   <li>interactions per viewer = (comments + likes + shares) ÷ unique viewers (may exceed 1); follow
 *       rate (转粉率) = new followers ÷ unique viewers;</li>
 *   <li>GMV = Σ paid product GMV; GPM (千次观看成交金额) = GMV × 1000 ÷ views; UV value (UV价值) = GMV ÷
 *       unique viewers; money rounded half-up to the currency's minor unit;</li>
 *   <li>the session funnel and per-product performance, sorted by GMV.</li>
 * </ul>
 * Ratios with a zero denominator are NaN; money metrics with a zero denominator are empty.
 *
 * <pre>{@code
 * LiveMetrics m = LiveMetrics.of(session, Currency.getInstance("CNY"));   // session: a LiveSession
 * Money gmv = m.gmv();
 * double clickThrough = m.funnel().clickThrough();                         // a fraction
 * }</pre>
 *
 * @since 0.1.0
 */
public record LiveMetrics(long peakConcurrent, Optional<Instant> peakAt, double averageConcurrent, Duration averageWatchTime,
                          double interactionsPerViewer, double followRate, Money gmv, Optional<Money> gpm,
                          Optional<Money> uvValue, ProductFunnel funnel, List<ProductPerformance> products) {

    /** Validates the components; bad values fail with the field named. */
    public LiveMetrics {
        Checks.nonNegative(peakConcurrent, "peakConcurrent");
        Checks.notNull(peakAt, "peakAt");
        Checks.notNull(averageWatchTime, "averageWatchTime");
        Checks.notNull(gmv, "gmv");
        Checks.notNull(gpm, "gpm");
        Checks.notNull(uvValue, "uvValue");
        Checks.notNull(funnel, "funnel");
        products = Checks.listOf(products, "products");
    }

    /**
     * @param currency the currency of GMV when the session has no products
     */
    public static LiveMetrics of(LiveSession session, Currency currency) {
        Checks.notNull(session, "session");
        Checks.notNull(currency, "currency");
        if (!session.products().isEmpty() && !session.products().get(0).gmv().currency().equals(currency)) {
            throw new InvalidValueException("currency", "session sells in " + session.products().get(0).gmv().currency()
                    + ", not " + currency);
        }
        LiveAudience a = session.audience();
        List<ViewerSample> samples = session.concurrency();
        long peak = 0;
        Instant peakAt = null;
        for (ViewerSample s : samples) {
            if (peakAt == null || s.viewers() > peak) {
                peak = s.viewers();
                peakAt = s.at();
            }
        }
        double avg;
        long totalMillis = session.duration().toMillis();
        if (samples.isEmpty()) {
            avg = (double) a.totalWatchTime().toMillis() / totalMillis;
        } else {
            double area = 0;
            for (int i = 0; i < samples.size(); i++) {
                Instant to = i + 1 < samples.size() ? samples.get(i + 1).at() : session.end();
                area += (double) samples.get(i).viewers() * Duration.between(samples.get(i).at(), to).toMillis();
            }
            avg = area / totalMillis;
        }
        Duration avgWatch = a.uniqueViewers() == 0 ? Duration.ZERO
                : Duration.ofMillis(Math.round((double) a.totalWatchTime().toMillis() / a.uniqueViewers()));
        Money gmv = Money.zero(currency);
        long exp = 0;
        long clicks = 0;
        long orders = 0;
        long paid = 0;
        for (ProductSales p : session.products()) {
            gmv = gmv.plus(p.gmv());
            exp += p.exposures();
            clicks += p.clicks();
            orders += p.orders();
            paid += p.paidOrders();
        }
        List<ProductPerformance> perf = new ArrayList<>();
        for (ProductSales p : session.products()) {
            perf.add(new ProductPerformance(p.productId(), p.name(), new ProductFunnel(p.exposures(), p.clicks(), p.orders(),
                    p.paidOrders()), p.gmv(), gmv.signum() == 0 ? Double.NaN : p.gmv().ratioTo(gmv)));
        }
        perf.sort(Comparator.comparing(ProductPerformance::gmv).reversed().thenComparing(ProductPerformance::productId));
        Optional<Money> gpm = a.views() == 0 ? Optional.empty()
                : Optional.of(gmv.times(1000).dividedBy(a.views(), RoundingMode.HALF_UP));
        Optional<Money> uv = a.uniqueViewers() == 0 ? Optional.empty()
                : Optional.of(gmv.dividedBy(a.uniqueViewers(), RoundingMode.HALF_UP));
        return new LiveMetrics(peak, Optional.ofNullable(peakAt), avg, avgWatch,
                ProductFunnel.ratio(a.comments() + a.likes() + a.shares(), a.uniqueViewers()),
                ProductFunnel.ratio(a.newFollowers(), a.uniqueViewers()), gmv, gpm, uv, new ProductFunnel(exp, clicks, orders, paid),
                List.copyOf(perf));
    }
}
