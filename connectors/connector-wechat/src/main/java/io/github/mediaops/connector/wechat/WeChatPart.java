package io.github.mediaops.connector.wechat;

import io.github.mediaops.connector.support.ConnectorRuntime;

/**
 * What every capability and feature class of the connector stands on: the connector it belongs to
 * (account, clock, zone, account checks), the WeChat API and the template's {@link ConnectorRuntime},
 * through which every call to WeChat goes (tokens, one attempt budget, rate limits, typed errors).
 */
abstract class WeChatPart {
    final WeChatConnector c;
    final WeChatApi api;
    final ConnectorRuntime runtime;

    WeChatPart(WeChatConnector connector, ConnectorRuntime runtime) {
        this.c = connector;
        this.api = connector.api();
        this.runtime = runtime;
    }
}
