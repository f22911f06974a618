package io.github.mediaops.connector.wechat;

import io.github.mediaops.connector.support.ConnectorRuntime;
import java.time.Instant;

/**
 * What every capability and feature class of the connector stands on: the connector it belongs to
 * (account, clock, zone, account checks), the WeChat API and the template's {@link ConnectorRuntime},
 * through which every call to WeChat goes (tokens, one attempt budget, rate limits, typed errors).
 */
abstract class WeChatPart {
    final WeChatConnector c;
    final WeChatApi api;
    final ConnectorRuntime runtime;

    /** What the idempotency store keeps of a reply or a customer-service message: when it went out. */
    record Sent(Instant at) {
    }

    WeChatPart(WeChatConnector connector) {
        this.c = connector;
        this.api = connector.api();
        this.runtime = connector.rt();
    }

    /** A write safe to repeat whose answer is only errcode/errmsg ({@link WeChatApi#post}), under its path. */
    final void write(String endpoint, Object request) {
        runtime.write(endpoint, t -> api.post(endpoint, t, request));
    }

    /** A creating call whose answer is only errcode/errmsg: never retried by the runtime. */
    final void create(String endpoint, Object request) {
        runtime.create(endpoint, t -> api.post(endpoint, t, request));
    }
}
