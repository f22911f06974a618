package io.github.mediaops.connector.kuaishou;

import io.github.mediaops.connector.kuaishou.simulator.KuaishouSimulator;
import io.github.mediaops.connector.support.InMemoryTokenStore;
import io.github.mediaops.connector.tck.ConnectorContractKit;
import io.github.mediaops.connector.tck.ContractFixture;
import io.github.mediaops.connector.tck.KitFiles;
import io.github.mediaops.connector.tck.SimulatorControl;
import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.connector.PlatformConnector;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.platform.Platform;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

class KuaishouConnectorContractTest extends ConnectorContractKit {
    private static final Clock CLOCK = Clock.systemUTC();
    private static final Path DIR = KitFiles.tempDirectory("kuaishou-kit");

    @Override
    protected SimulatorControl startSimulator() {
        KuaishouSimulator sim = KuaishouSimulator.builder().clock(CLOCK).build();
        KuaishouTestSupport.seed(sim, CLOCK);
        return sim;
    }

    @Override
    protected PlatformConnector connect(SimulatorControl simulator, Duration readTimeout) {
        KuaishouSimulator sim = (KuaishouSimulator) simulator;
        InMemoryTokenStore tokens = new InMemoryTokenStore();
        // The single-use code is exchanged with a patient connector sharing the token store: with the kit's short
        // read timeout a slow first answer on a loaded machine would be retried with the consumed code (100200105).
        try (KuaishouConnector host = KuaishouTestSupport.builder(sim, CLOCK, Duration.ofSeconds(10)).tokenStore(tokens).build()) {
            host.authorize(sim.authorizationCode(KuaishouTestSupport.OPEN_ID));
        }
        return KuaishouTestSupport.builder(sim, CLOCK, readTimeout).fragmentBytes(4096).tokenStore(tokens).build();
    }

    @Override
    protected ContractFixture fixture(SimulatorControl simulator) {
        LocalDate today = LocalDate.now(CLOCK.withZone(KuaishouConnector.ZONE));
        try {
            return ContractFixture.builder(AccountRef.of(Platform.KUAISHOU, KuaishouTestSupport.OPEN_ID))
                    .metricsDays(DateRange.of(today.minusDays(6), today))
                    .publishRequest(KuaishouTestSupport.request("kit-publish-1", "周末探店 第三站",
                            KuaishouTestSupport.video(DIR, "kit.mp4", 10_000), KuaishouTestSupport.cover(DIR), "探店"))
                    .push(() -> ((KuaishouSimulator) simulator).push("AUTHORIZE", KuaishouTestSupport.OPEN_ID))
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
