package io.github.mediaops.connector.weibo;

import io.github.mediaops.connector.support.InMemoryTokenStore;
import io.github.mediaops.connector.tck.ConnectorContractKit;
import io.github.mediaops.connector.tck.ContractFixture;
import io.github.mediaops.connector.tck.SimulatorControl;
import io.github.mediaops.connector.weibo.simulator.WeiboSimulator;
import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.connector.PlatformConnector;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

/**
 * The kit against a simulator of an app authorised through Weibo's mobile SDK, the one case in which Weibo issues
 * refresh tokens (the kit checks refreshes); web apps, which must re-authorise, are covered by
 * {@link WeiboTokenTest}.
 */
class WeiboConnectorContractTest extends ConnectorContractKit {
    private static final Clock CLOCK = Clock.systemUTC();
    private String commented;

    @Override
    protected SimulatorControl startSimulator() {
        WeiboSimulator sim = WeiboSimulator.builder().mobileApp(true).clock(CLOCK).build();
        commented = WeiboTestSupport.seed(sim, CLOCK);
        return sim;
    }

    @Override
    protected PlatformConnector connect(SimulatorControl simulator, Duration readTimeout) {
        WeiboSimulator sim = (WeiboSimulator) simulator;
        InMemoryTokenStore tokens = new InMemoryTokenStore();
        // the single-use code is exchanged by a patient connector sharing the token store: with the kit's short read
        // timeout a slow first answer on a loaded machine would be retried with the consumed code (21325)
        try (WeiboConnector host = WeiboTestSupport.builder(sim, CLOCK, Duration.ofSeconds(10)).tokenStore(tokens).build()) {
            host.authorize(sim.authorizationCode(WeiboTestSupport.UID));
        }
        return WeiboTestSupport.builder(sim, CLOCK, readTimeout).tokenStore(tokens).build();
    }

    @Override
    protected ContractFixture fixture(SimulatorControl simulator) {
        LocalDate today = LocalDate.now(CLOCK.withZone(WeiboConnector.ZONE));
        return ContractFixture.builder(WeiboTestSupport.ACCOUNT)
                .metricsDays(DateRange.of(today.minusDays(6), today))
                .publishRequest(WeiboTestSupport.request("kit-publish-1", WeiboTestSupport.post(
                        "#秋季新品# 今天上线，@小周也在用 说好用 https://brand.example.cn/new")))
                .commentedPost(commented)
                .build();
    }
}
