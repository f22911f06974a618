package io.github.mediaops.core.live;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import io.github.mediaops.core.platform.AccountRef;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One livestream commerce session (直播带货场次).
 *
 * @param id          the platform's room or session id
 * @param account     the streaming account
 * @param start       when it went live
 * @param end         when it ended; after {@code start}
 * @param concurrency concurrent-viewer samples within [start, end], kept sorted by time
 * @param audience    audience totals
 * @param products    per-product sales; product ids unique, one currency
 */
public record LiveSession(String id, AccountRef account, Instant start, Instant end, List<ViewerSample> concurrency,
                          LiveAudience audience, List<ProductSales> products) {
    public LiveSession {
        Checks.notBlank(id, "id");
        Checks.notNull(account, "account");
        Checks.notNull(start, "start");
        Checks.notNull(end, "end");
        if (!end.isAfter(start)) {
            throw new InvalidValueException("end", "end " + end + " is not after start " + start);
        }
        List<ViewerSample> sorted = new ArrayList<>(Checks.listOf(concurrency, "concurrency"));
        sorted.sort(Comparator.comparing(ViewerSample::at));
        for (ViewerSample s : sorted) {
            if (s.at().isBefore(start) || s.at().isAfter(end)) {
                throw new InvalidValueException("concurrency", "sample at " + s.at() + " is outside the session " + start
                        + ".." + end);
            }
        }
        concurrency = List.copyOf(sorted);
        Checks.notNull(audience, "audience");
        products = Checks.listOf(products, "products");
        Set<String> ids = new HashSet<>();
        for (ProductSales p : products) {
            if (!ids.add(p.productId())) {
                throw new InvalidValueException("products", "duplicate product " + Checks.show(p.productId()));
            }
            if (!p.gmv().currency().equals(products.get(0).gmv().currency())) {
                throw new InvalidValueException("products", "products mix currencies " + products.get(0).gmv().currency()
                        + " and " + p.gmv().currency());
            }
        }
    }

    public Duration duration() {
        return Duration.between(start, end);
    }
}
