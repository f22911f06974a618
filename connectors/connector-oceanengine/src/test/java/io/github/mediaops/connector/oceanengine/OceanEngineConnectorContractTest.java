package io.github.mediaops.connector.oceanengine;

import io.github.mediaops.connector.oceanengine.simulator.OceanEngineSimulator;
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

class OceanEngineConnectorContractTest extends ConnectorContractKit {
    private static final Clock CLOCK = Clock.systemUTC();

    private static LocalDate today() {
        return LocalDate.now(CLOCK.withZone(OceanEngineConnector.ZONE));
    }

    @Override
    protected SimulatorControl startSimulator() {
        OceanEngineSimulator sim = OceanEngineSimulator.builder().clock(CLOCK).build();
        sim.simulateHill(OceanEngineTestSupport.ADVERTISER, "7300000000000000001", "7300000000000000101",
                today().minusDays(10), 10, 300, 1.2, 900, 200, 2000, 7);
        return sim;
    }

    @Override
    protected PlatformConnector connect(SimulatorControl simulator, Duration readTimeout) {
        OceanEngineSimulator sim = (OceanEngineSimulator) simulator;
        OceanEngineConnector c = OceanEngineTestSupport.builder(sim, CLOCK, readTimeout).build();
        c.authorize(sim.authorizationCode(OceanEngineTestSupport.ADVERTISER));
        return c;
    }

    @Override
    protected ContractFixture fixture(SimulatorControl simulator) {
        return ContractFixture.builder(AccountRef.of(Platform.OCEAN_ENGINE, OceanEngineTestSupport.ADVERTISER))
                .metricsDays(DateRange.of(today().minusDays(7), today().minusDays(1)))
                .build();
    }

    @Override
    protected Object probe(PlatformConnector c, ContractFixture f) {
        return c.adReports().adPerformance(f.account(), f.metricsDays().orElseThrow());
    }
}
