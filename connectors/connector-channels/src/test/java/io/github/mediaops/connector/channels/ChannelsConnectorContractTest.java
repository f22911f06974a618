package io.github.mediaops.connector.channels;

import io.github.mediaops.connector.channels.simulator.ChannelsSimulator;
import io.github.mediaops.connector.tck.ConnectorContractKit;
import io.github.mediaops.connector.tck.ContractFixture;
import io.github.mediaops.connector.tck.SimulatorControl;
import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.connector.PlatformConnector;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.platform.Platform;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

/**
 * The kit against the Channels connector on {@link ChannelsSimulator}: the follower count as audience metrics (the
 * probe), the Weixin Store order push (an encrypted {@code channels_ec_order_new} per order placed), token refresh and
 * refusal, rate limits (45011, handed back with its minute), transient faults, malformed JSON and timeouts.
 */
class ChannelsConnectorContractTest extends ConnectorContractKit {

    @Override
    protected SimulatorControl startSimulator() {
        return new ChannelsSimulator();
    }

    @Override
    protected PlatformConnector connect(SimulatorControl simulator, Duration readTimeout) {
        return ChannelsTestSupport.connector(simulator.baseUrl(), Clock.systemUTC(), readTimeout, ChannelsSimulator.PUSH_TOKEN);
    }

    @Override
    protected ContractFixture fixture(SimulatorControl simulator) {
        ChannelsSimulator sim = (ChannelsSimulator) simulator;
        LocalDate today = LocalDate.now(ChannelsConnector.REPORTING_ZONE);
        return ContractFixture.builder(AccountRef.of(Platform.WECHAT_CHANNELS, ChannelsSimulator.APP_ID))
                .metricsDays(DateRange.of(today.minusDays(1), today.plusDays(1)))
                .push(() -> sim.placeOrder("健身环", 1, 2000, 500))
                .build();
    }
}
