package io.github.mediaops.connector.wechat;

import io.github.mediaops.connector.support.InMemoryTokenStore;
import io.github.mediaops.connector.tck.ConnectorContractKit;
import io.github.mediaops.connector.tck.ContractFixture;
import io.github.mediaops.connector.tck.SimulatorControl;
import io.github.mediaops.connector.wechat.simulator.WeChatSimulator;
import io.github.mediaops.core.connector.OutgoingMessage;
import io.github.mediaops.core.connector.PlatformConnector;
import java.time.Duration;

/** The WeChat connector against the compatibility kit and the WeChat simulator. */
class WeChatConnectorContractTest extends ConnectorContractKit {

    @Override
    protected SimulatorControl startSimulator() {
        return WeChatTestSupport.simulator().build();
    }

    @Override
    protected PlatformConnector connect(SimulatorControl simulator, Duration readTimeout) {
        return WeChatTestSupport.connector((WeChatSimulator) simulator, readTimeout, new InMemoryTokenStore());
    }

    @Override
    protected ContractFixture fixture(SimulatorControl simulator) {
        WeChatSimulator sim = (WeChatSimulator) simulator;
        return ContractFixture.builder(WeChatTestSupport.account(sim))
                .publishRequest(WeChatTestSupport.publishRequest(sim, "kit-post-1", "秋季上新"))
                .metricsDays(WeChatTestSupport.lastDays(3))
                .commentedPost("2650000001_1")
                .message(new OutgoingMessage(WeChatTestSupport.account(sim), "o-user-1", "您好，您的订单已发货", "kit-msg-1"))
                .push(() -> sim.pushes().textMessage("o-user-2", "你好", true))
                .build();
    }
}
