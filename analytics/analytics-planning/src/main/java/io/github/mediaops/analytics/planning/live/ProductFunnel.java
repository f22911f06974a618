package io.github.mediaops.analytics.planning.live;

import io.github.mediaops.core.validate.Checks;

/**
 * The product funnel exposure → click → order → payment, with step rates (NaN when a step's base is 0).
 *
 * @param exposures  product exposures
 * @param clicks     product clicks
 * @param orders     orders created
 * @param paidOrders orders paid
 */
public record ProductFunnel(long exposures, long clicks, long orders, long paidOrders) {
    public ProductFunnel {
        Checks.nonNegative(exposures, "exposures");
        Checks.nonNegative(clicks, "clicks");
        Checks.nonNegative(orders, "orders");
        Checks.nonNegative(paidOrders, "paidOrders");
    }

    /** clicks ÷ exposures (商品点击率). */
    public double clickThrough() {
        return ratio(clicks, exposures);
    }

    /** orders ÷ clicks (下单率). */
    public double orderRate() {
        return ratio(orders, clicks);
    }

    /** paid orders ÷ orders (支付率). */
    public double paymentRate() {
        return ratio(paidOrders, orders);
    }

    /** paid orders ÷ clicks (点击成交转化率). */
    public double clickToPaid() {
        return ratio(paidOrders, clicks);
    }

    static double ratio(long a, long b) {
        return b == 0 ? Double.NaN : (double) a / b;
    }
}
