package io.github.mediaops.connector.tencentads;

import io.github.mediaops.connector.tck.ConnectorContractKit;
import io.github.mediaops.connector.tck.ContractFixture;
import io.github.mediaops.connector.tck.SimulatorControl;
import io.github.mediaops.connector.tencentads.simulator.TencentAdsSimulator;
import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.connector.PlatformConnector;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.platform.Platform;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

class TencentAdsConnectorContractTest extends ConnectorContractKit {
    private static final Clock CLOCK = Clock.systemUTC();

    private static LocalDate today() {
        return LocalDate.now(CLOCK.withZone(TencentAdsConnector.ZONE));
    }

    @Override
    protected SimulatorControl startSimulator() {
        TencentAdsSimulator sim = TencentAdsSimulator.builder().clock(CLOCK).build();
        sim.simulateHill(TencentAdsTestSupport.ACCOUNT, "40000001", today().minusDays(10), 10, 200, 0.9, 700, 100, 1500, 3);
        return sim;
    }

    @Override
    protected PlatformConnector connect(SimulatorControl simulator, Duration readTimeout) {
        TencentAdsSimulator sim = (TencentAdsSimulator) simulator;
        TencentAdsConnector c = TencentAdsTestSupport.builder(sim, CLOCK, readTimeout).build();
        c.authorize(sim.authorizationCode(TencentAdsTestSupport.ACCOUNT));
        return c;
    }

    @Override
    protected ContractFixture fixture(SimulatorControl simulator) {
        return ContractFixture.builder(AccountRef.of(Platform.TENCENT_ADS, TencentAdsTestSupport.ACCOUNT))
                .metricsDays(DateRange.of(today().minusDays(7), today().minusDays(1)))
                .build();
    }

    @Override
    protected Object probe(PlatformConnector c, ContractFixture f) {
        return c.adReports().adPerformance(f.account(), f.metricsDays().orElseThrow());
    }
}
