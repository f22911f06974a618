package io.github.mediaops.connector.bilibili;

import io.github.mediaops.connector.bilibili.simulator.BilibiliSimulator;
import io.github.mediaops.connector.support.InMemoryTokenStore;
import io.github.mediaops.connector.tck.ConnectorContractKit;
import io.github.mediaops.connector.tck.ContractFixture;
import io.github.mediaops.connector.tck.KitFiles;
import io.github.mediaops.connector.tck.SimulatorControl;
import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.connector.PlatformConnector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

class BilibiliConnectorContractTest extends ConnectorContractKit {
    private static final Clock CLOCK = Clock.systemUTC();
    private static final Path DIR = KitFiles.tempDirectory("bilibili-kit");

    @Override
    protected SimulatorControl startSimulator() {
        BilibiliSimulator sim = BilibiliSimulator.builder().clock(CLOCK).build();
        BilibiliTestSupport.seed(sim, CLOCK);
        return sim;
    }

    @Override
    protected PlatformConnector connect(SimulatorControl simulator, Duration readTimeout) {
        BilibiliSimulator sim = (BilibiliSimulator) simulator;
        InMemoryTokenStore tokens = new InMemoryTokenStore();
        // the single-use code is exchanged by a patient connector sharing the token store: with the kit's short read
        // timeout a slow first answer on a loaded machine would be retried with the consumed code (122002)
        try (BilibiliConnector host = BilibiliTestSupport.builder(sim, CLOCK, Duration.ofSeconds(10)).tokenStore(tokens).build()) {
            host.authorize(sim.authorizationCode(BilibiliTestSupport.OPEN_ID));
        }
        return BilibiliTestSupport.builder(sim, CLOCK, readTimeout).partBytes(4096).tokenStore(tokens).build();
    }

    @Override
    protected ContractFixture fixture(SimulatorControl simulator) {
        LocalDate today = LocalDate.now(CLOCK.withZone(BilibiliConnector.ZONE));
        try {
            return ContractFixture.builder(BilibiliTestSupport.ACCOUNT)
                    .metricsDays(DateRange.of(today.minusDays(6), today))
                    .publishRequest(BilibiliTestSupport.request("kit-publish-1", "周末探店 第三站",
                            BilibiliTestSupport.video(DIR, "kit.mp4", 10_000), BilibiliTestSupport.cover(DIR), "探店"))
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
