package io.github.mediaops.connector.juguang;

import io.github.mediaops.connector.juguang.simulator.JuguangSimulator;
import io.github.mediaops.connector.tck.ConnectorContractKit;
import io.github.mediaops.connector.tck.ContractFixture;
import io.github.mediaops.connector.tck.SimulatorControl;
import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.connector.PlatformConnector;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.platform.Platform;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

class JuguangConnectorContractTest extends ConnectorContractKit {
    private static final Clock CLOCK = Clock.systemUTC();

    private static LocalDate today() {
        return LocalDate.now(CLOCK.withZone(JuguangConnector.ZONE));
    }

    @Override
    protected SimulatorControl startSimulator() {
        JuguangSimulator sim = JuguangSimulator.builder().clock(CLOCK).build();
        for (int d = 1; d <= 7; d++) {
            sim.put(JuguangTestSupport.ADVERTISER, new JuguangSimulator.CreativeRow(today().minusDays(d), "3100", "3200",
                    "3300", "64f1a2b3000000001e03c2aa", new BigDecimal("12.5").multiply(BigDecimal.valueOf(d)),
                    Map.of("impression", 1000L * d, "click", 40L * d)));
        }
        return sim;
    }

    @Override
    protected PlatformConnector connect(SimulatorControl simulator, Duration readTimeout) {
        JuguangSimulator sim = (JuguangSimulator) simulator;
        JuguangConnector c = JuguangTestSupport.builder(sim, CLOCK, readTimeout).build();
        c.authorize(sim.authorizationCode(JuguangTestSupport.ADVERTISER));
        return c;
    }

    @Override
    protected ContractFixture fixture(SimulatorControl simulator) {
        return ContractFixture.builder(AccountRef.of(Platform.XIAOHONGSHU, JuguangTestSupport.ADVERTISER))
                .metricsDays(DateRange.of(today().minusDays(7), today().minusDays(1)))
                .build();
    }

    @Override
    protected Object probe(PlatformConnector c, ContractFixture f) {
        return c.adReports().adPerformance(f.account(), f.metricsDays().orElseThrow());
    }
}
