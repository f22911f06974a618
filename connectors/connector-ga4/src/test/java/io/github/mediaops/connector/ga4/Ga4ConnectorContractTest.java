package io.github.mediaops.connector.ga4;

import io.github.mediaops.connector.ga4.simulator.Ga4Simulator;
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
import java.time.ZoneOffset;

/**
 * The kit against the GA4 connector on {@link Ga4Simulator}: page metrics (the probe, one {@code runReport}), the
 * service-account token refreshed once after a 401 and never looping, 429 {@code RESOURCE_EXHAUSTED} retried, 503s
 * retried, malformed JSON and timeouts typed.
 */
class Ga4ConnectorContractTest extends ConnectorContractKit {
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Override
    protected SimulatorControl startSimulator() {
        Ga4Simulator sim = new Ga4Simulator();
        sim.visit("https://shop.example.com/spring?utm_source=douyin&utm_medium=social&utm_campaign=kit", "c-1", TODAY);
        sim.visit("https://shop.example.com/", "c-2", TODAY.minusDays(1));
        return sim;
    }

    @Override
    protected PlatformConnector connect(SimulatorControl simulator, Duration readTimeout) {
        Ga4Simulator sim = (Ga4Simulator) simulator;
        return Ga4TestSupport.connector(sim.baseUrl(), sim.serviceAccountJson(), Clock.systemUTC(), readTimeout);
    }

    @Override
    protected ContractFixture fixture(SimulatorControl simulator) {
        return ContractFixture.builder(AccountRef.of(Platform.GOOGLE_ANALYTICS, Ga4Simulator.PROPERTY_ID))
                .metricsDays(DateRange.of(TODAY.minusDays(1), TODAY.plusDays(1)))
                .build();
    }
}
