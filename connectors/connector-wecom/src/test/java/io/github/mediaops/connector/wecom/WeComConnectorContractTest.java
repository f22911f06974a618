package io.github.mediaops.connector.wecom;

import io.github.mediaops.connector.support.InMemoryTokenStore;
import io.github.mediaops.connector.tck.ConnectorContractKit;
import io.github.mediaops.connector.tck.ContractFixture;
import io.github.mediaops.connector.tck.SimulatorControl;
import io.github.mediaops.connector.wecom.simulator.WeComSimulator;
import io.github.mediaops.core.connector.PlatformConnector;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.platform.Platform;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The kit against the WeCom connector on {@link WeComSimulator}: callbacks (an encrypted {@code add_external_contact}
 * per push), token refresh and refusal, rate limits (45009, handed back with its 60 s block), transient faults,
 * malformed JSON and timeouts, probed with {@code externalcontact/list}.
 */
class WeComConnectorContractTest extends ConnectorContractKit {
    private final AtomicInteger customers = new AtomicInteger();

    @Override
    protected SimulatorControl startSimulator() {
        return new WeComSimulator();
    }

    @Override
    protected PlatformConnector connect(SimulatorControl simulator, Duration readTimeout) {
        return WeComTestSupport.connector(simulator.baseUrl(), Clock.systemUTC(), readTimeout, new InMemoryTokenStore(),
                WeComSimulator.CORP_SECRET);
    }

    @Override
    protected ContractFixture fixture(SimulatorControl simulator) {
        WeComSimulator sim = (WeComSimulator) simulator;
        return ContractFixture.builder(AccountRef.of(Platform.WECOM, WeComSimulator.CORP_ID))
                .push(() -> sim.callbacks().contactAdded("zhangsan", "wmKitCustomer" + customers.incrementAndGet(), "mKit0000001",
                        "WELCOMEKIT"))
                .build();
    }

    @Override
    protected boolean probeReads(PlatformConnector c) {
        return true;
    }

    @Override
    protected Object probe(PlatformConnector c, ContractFixture f) {
        return ((WeComConnector) c).customers().contactIds("zhangsan");
    }
}
