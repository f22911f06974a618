package io.github.mediaops.analytics.planning.live;

import io.github.mediaops.core.Money;
import io.github.mediaops.core.validate.Checks;

/**
 * One product's performance in a session.
 *
 * @param productId the product
 * @param name      its name
 * @param funnel    its funnel
 * @param gmv       its paid GMV
 * @param gmvShare  its share of the session's GMV (NaN when the session sold nothing)
 */
public record ProductPerformance(String productId, String name, ProductFunnel funnel, Money gmv, double gmvShare) {
    public ProductPerformance {
        Checks.notBlank(productId, "productId");
        Checks.notNull(funnel, "funnel");
        Checks.notNull(gmv, "gmv");
    }
}
