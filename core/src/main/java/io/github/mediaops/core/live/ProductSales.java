package io.github.mediaops.core.live;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.Money;
import io.github.mediaops.core.validate.Checks;

/**
 * How one product did in a livestream: exposure (商品曝光), clicks (点击), orders created (下单) and
 * paid orders (成交) with their paid GMV.
 *
 * @param productId  the shop's product id
 * @param name       the product name
 * @param exposures  times the product card was shown
 * @param clicks     clicks on the product card
 * @param orders     orders created
 * @param paidOrders orders paid; at most {@code orders}
 * @param gmv        paid GMV; not negative
 */
public record ProductSales(String productId, String name, @JsonProperty(required = true) long exposures,
                           @JsonProperty(required = true) long clicks, @JsonProperty(required = true) long orders,
                           @JsonProperty(required = true) long paidOrders, Money gmv) {
    public ProductSales {
        Checks.notBlank(productId, "productId");
        Checks.notBlank(name, "name");
        Checks.nonNegative(exposures, "exposures");
        Checks.nonNegative(clicks, "clicks");
        Checks.nonNegative(orders, "orders");
        Checks.nonNegative(paidOrders, "paidOrders");
        if (paidOrders > orders) {
            throw new InvalidValueException("paidOrders", "paidOrders " + paidOrders + " exceeds orders " + orders
                    + " for product " + productId);
        }
        Checks.notNull(gmv, "gmv");
        if (gmv.signum() < 0) {
            throw new InvalidValueException("gmv", "gmv must not be negative (was " + gmv + ")");
        }
    }
}
