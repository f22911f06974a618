package io.github.mediaops.connector.feishu;

import io.github.mediaops.connector.feishu.simulator.FeishuBotSimulator;
import io.github.mediaops.connector.feishu.simulator.FeishuOpenSimulator;
import io.github.mediaops.connector.tck.ConnectorContractKit;
import io.github.mediaops.connector.tck.ContractFixture;
import io.github.mediaops.connector.tck.KitResilience;
import io.github.mediaops.connector.tck.SimulatorControl;
import io.github.mediaops.core.connector.ConnectorConfig;
import io.github.mediaops.core.connector.Credentials;
import io.github.mediaops.core.connector.Notification;
import io.github.mediaops.core.connector.PlatformConnector;
import io.github.mediaops.core.plan.PlanEntry;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.platform.Platform;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The kit against a Feishu app connector (tenant tokens and a custom bot) on {@link FeishuOpenSimulator}:
 * token refresh and refusal, rate limits, transient faults, malformed JSON and timeouts, probed with a
 * Bitable record read.
 */
class FeishuAppContractTest extends ConnectorContractKit {
    private final Map<PlatformConnector, String> records = new IdentityHashMap<>();

    @Override
    protected SimulatorControl startSimulator() {
        return new FeishuOpenSimulator();
    }

    @Override
    protected PlatformConnector connect(SimulatorControl simulator, Duration readTimeout) {
        return FeishuConnector.builder(ConnectorConfig.builder()
                        .credentials(Credentials.builder().identifier("appId", FeishuOpenSimulator.APP_ID)
                                .secret("appSecret", FeishuOpenSimulator.APP_SECRET)
                                .identifier("bot", "ops-alerts").secret("hookToken", FeishuBotSimulator.HOOK_TOKEN).build())
                        .baseUrl(simulator.baseUrl()).readTimeout(readTimeout).build())
                .resilience(KitResilience.fastRetries())
                .build();
    }

    @Override
    protected ContractFixture fixture(SimulatorControl simulator) {
        return ContractFixture.builder(AccountRef.of(FeishuConnectorProvider.FEISHU, FeishuOpenSimulator.APP_ID))
                .notification(new Notification("ops-alerts", "日报", "昨日阅读 12,408", "kit-notify-1"))
                .build();
    }

    @Override
    protected boolean probeReads(PlatformConnector c) {
        return true;
    }

    @Override
    protected Object probe(PlatformConnector c, ContractFixture f) {
        BitableCalendar cal = ((FeishuConnector) c).calendar(FeishuOpenSimulator.APP_TOKEN, FeishuOpenSimulator.TABLE_ID);
        String id = records.computeIfAbsent(c, k -> cal.create(PlanEntry.planned("kit-1",
                ZonedDateTime.of(2026, 12, 8, 20, 0, 0, 0, ZoneId.of("Asia/Shanghai")),
                AccountRef.of(Platform.XIAOHONGSHU, "xhs"), "kit entry", "kit", null), "kit-create").recordId());
        return cal.read(id);
    }
}
