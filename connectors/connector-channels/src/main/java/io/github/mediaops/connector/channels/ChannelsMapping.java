package io.github.mediaops.connector.channels;

import io.github.mediaops.connector.support.AmountUnit;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.Money;
import io.github.mediaops.core.connector.UnexpectedResponseException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** Wire records to the connector's values: counts sent as numbers or text, amounts in fen, epoch seconds. */
final class ChannelsMapping {
    static final Currency CNY = Currency.getInstance("CNY");

    private ChannelsMapping() {
    }

    static Long count(String op, String field, Object value) {
        return ChannelsErrors.WIRE.count(op, field, value);
    }

    static OptionalLong optional(String op, String field, Object value) {
        Long v = count(op, field, value);
        return v == null ? OptionalLong.empty() : OptionalLong.of(v);
    }

    static ChannelsLiveData liveData(String op, ChannelsApi.LiveDataItem i) {
        if (i.exportId() == null || i.exportId().isBlank()) {
            throw ChannelsErrors.WIRE.unexpected(op, "a live without export_id");
        }
        Long start = count(op, "live_start_time", i.liveStartTime());
        Long seconds = count(op, "live_duration_in_seconds", i.durationSeconds());
        if (start == null || seconds == null) {
            throw ChannelsErrors.WIRE.unexpected(op, "live " + i.exportId()
                    + " without live_start_time or live_duration_in_seconds");
        }
        return new ChannelsLiveData(i.exportId(), Instant.ofEpochSecond(start), Duration.ofSeconds(seconds),
                optional(op, "total_audience_count", i.audience()), optional(op, "total_cheer_count", i.cheers()),
                optional(op, "forward_count", i.forwards()), optional(op, "total_comment_count", i.comments()),
                optional(op, "audiences_avg_seconds", i.avgSeconds()), optional(op, "max_online_count", i.maxOnline()),
                optional(op, "new_follow_count", i.newFollows()));
    }

    static ChannelsOrder order(String op, ChannelsApi.Order o) {
        if (o.orderId() == null || o.orderId().isBlank()) {
            throw ChannelsErrors.WIRE.unexpected(op, "an order without order_id");
        }
        if (o.status() == null || o.createTime() == null) {
            throw ChannelsErrors.WIRE.unexpected(op, "order " + o.orderId() + " without status or create_time");
        }
        ChannelsApi.OrderDetail d = o.orderDetail();
        if (d == null || d.priceInfo() == null) {
            throw ChannelsErrors.WIRE.unexpected(op, "order " + o.orderId() + " without order_detail.price_info");
        }
        List<ChannelsOrder.Line> lines = new ArrayList<>();
        if (d.productInfos() != null) {
            for (ChannelsApi.ProductInfo p : d.productInfos()) {
                Long qty = count(op, "sku_cnt", p.skuCnt());
                if (p.productId() == null || p.skuId() == null || qty == null) {
                    throw ChannelsErrors.WIRE.unexpected(op, "order " + o.orderId()
                            + " has a product without product_id, sku_id or sku_cnt");
                }
                lines.add(new ChannelsOrder.Line(p.productId(), p.skuId(), qty, p.title() == null ? "" : p.title(),
                        fen(op, "product_infos.sale_price", p.salePrice())));
            }
        }
        ChannelsApi.PriceInfo price = d.priceInfo();
        ChannelsApi.ExtInfo ext = d.extInfo();
        return new ChannelsOrder(o.orderId(), o.status(), Instant.ofEpochSecond(o.createTime()),
                Optional.ofNullable(o.updateTime()).map(Instant::ofEpochSecond), lines,
                fen(op, "price_info.product_price", price.productPrice()), fen(op, "price_info.order_price", price.orderPrice()),
                price.freight() == null ? Optional.empty() : Optional.of(fen(op, "price_info.freight", price.freight())),
                present(ext == null ? null : ext.finderId()), present(ext == null ? null : ext.liveId()),
                present(d.sharerInfo() == null ? null : d.sharerInfo().sharerOpenid()));
    }

    /** An amount WeChat sent in fen, as CNY; a missing, negative or fractional value is an unexpected answer. */
    static Money fen(String op, String field, String value) {
        try {
            return AmountUnit.FEN.parse(field, value, CNY);
        } catch (InvalidValueException e) {
            UnexpectedResponseException u = ChannelsErrors.WIRE.unexpected(op, e.getMessage());
            u.addSuppressed(e);
            throw u;
        }
    }

    private static Optional<String> present(String s) {
        return s == null || s.isBlank() ? Optional.empty() : Optional.of(s);
    }
}
