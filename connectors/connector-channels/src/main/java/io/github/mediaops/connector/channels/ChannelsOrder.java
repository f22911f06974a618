package io.github.mediaops.connector.channels;

import io.github.mediaops.core.Money;
import io.github.mediaops.core.validate.Checks;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A Weixin Store (微信小店) order from {@code channels/ec/order/get}. WeChat sends amounts in fen (分); they are
 * CNY {@link Money} here ({@code "order_price":10500} is 105.00 CNY). Order ids are 19-digit numbers and kept as text.
 *
 * @param orderId      the order id
 * @param status       WeChat's status code as sent (10 unpaid, 20 paid/awaiting shipment, ... per the Weixin Store
 *                     documentation; the full enum is not verified here, so it is not mapped)
 * @param created      when the order was created
 * @param updated      when it last changed, empty when WeChat sent no update_time
 * @param lines        the ordered SKUs
 * @param productPrice the goods' total (price_info.product_price)
 * @param orderPrice   what the buyer pays (price_info.order_price), freight included
 * @param freight      the freight (price_info.freight), empty when not sent
 * @param finderId     the Channels account the order came through (ext_info.finder_id), empty when none
 * @param liveId       the live it came through (ext_info.live_id), empty when none
 * @param sharerOpenId the 分享员 who shared it (sharer_info.sharer_openid), empty when none
 */
public record ChannelsOrder(String orderId, int status, Instant created, Optional<Instant> updated, List<Line> lines,
                            Money productPrice, Money orderPrice, Optional<Money> freight, Optional<String> finderId,
                            Optional<String> liveId, Optional<String> sharerOpenId) {
    public ChannelsOrder {
        Checks.notBlank(orderId, "orderId");
        Checks.notNull(created, "created");
        Checks.notNull(updated, "updated");
        lines = Checks.listOf(lines, "lines");
        Checks.notNull(productPrice, "productPrice");
        Checks.notNull(orderPrice, "orderPrice");
        Checks.notNull(freight, "freight");
        Checks.notNull(finderId, "finderId");
        Checks.notNull(liveId, "liveId");
        Checks.notNull(sharerOpenId, "sharerOpenId");
    }

    /**
     * One SKU of an order.
     *
     * @param productId the product id
     * @param skuId     the SKU id
     * @param quantity  how many (sku_cnt)
     * @param title     the product title
     * @param unitPrice the unit sale price (sale_price, fen on the wire)
     */
    public record Line(String productId, String skuId, long quantity, String title, Money unitPrice) {
        public Line {
            Checks.notBlank(productId, "productId");
            Checks.notBlank(skuId, "skuId");
            Checks.nonNegative(quantity, "quantity");
            Checks.notNull(title, "title");
            Checks.notNull(unitPrice, "unitPrice");
        }
    }
}
