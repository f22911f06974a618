package io.github.mediaops.connector.tencentads;

import io.github.mediaops.core.connector.Capability;
import io.github.mediaops.core.connector.ConnectorConfig;
import io.github.mediaops.core.connector.ConnectorDescriptor;
import io.github.mediaops.core.connector.ConnectorProvider;
import io.github.mediaops.core.connector.PlatformConnector;
import io.github.mediaops.core.platform.Platform;

/**
 * Provides the Tencent Ads (腾讯广告) Marketing API connector (id {@code tencent-ads}) to
 * {@code Connectors.discover()}. It offers ad reports ({@code daily_reports/get}).
 */
public final class TencentAdsConnectorProvider implements ConnectorProvider {
    public static final ConnectorDescriptor DESCRIPTOR = ConnectorDescriptor.of("tencent-ads", Platform.TENCENT_ADS,
            Capability.AD_REPORTS);

    @Override
    public ConnectorDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public PlatformConnector create(ConnectorConfig config) {
        return TencentAdsConnector.builder(config).build();
    }
}
