package io.github.mediaops.connector.tiktok;

import io.github.mediaops.connector.support.InMemoryTokenStore;
import io.github.mediaops.connector.tck.ConnectorContractKit;
import io.github.mediaops.connector.tck.ContractFixture;
import io.github.mediaops.connector.tck.KitFiles;
import io.github.mediaops.connector.tck.SimulatorControl;
import io.github.mediaops.connector.tiktok.simulator.TikTokSimulator;
import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.connector.PlatformConnector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

class TikTokConnectorContractTest extends ConnectorContractKit {
    private static final Clock CLOCK = Clock.systemUTC();
    private static final Path DIR = KitFiles.tempDirectory("tiktok-kit");

    @Override
    protected SimulatorControl startSimulator() {
        TikTokSimulator sim = TikTokSimulator.builder().clock(CLOCK).build();
        TikTokTestSupport.seed(sim, CLOCK);
        return sim;
    }

    @Override
    protected PlatformConnector connect(SimulatorControl simulator, Duration readTimeout) {
        TikTokSimulator sim = (TikTokSimulator) simulator;
        InMemoryTokenStore tokens = new InMemoryTokenStore();
        // the single-use code is exchanged by a patient connector sharing the token store (a slow first answer under
        // the kit's short read timeout would be retried with the spent code)
        try (TikTokConnector host = TikTokTestSupport.builder(sim, CLOCK, Duration.ofSeconds(10)).tokenStore(tokens).build()) {
            host.authorize(sim.authorizationCode(TikTokTestSupport.OPEN_ID));
        }
        return TikTokTestSupport.builder(sim, CLOCK, readTimeout).tokenStore(tokens)
                .postSettings(TikTokPostSettings.directPost(PrivacyLevel.PUBLIC_TO_EVERYONE)).build();
    }

    @Override
    protected ContractFixture fixture(SimulatorControl simulator) {
        LocalDate today = LocalDate.now(CLOCK.withZone(TikTokConnector.ZONE));
        try {
            return ContractFixture.builder(TikTokTestSupport.ACCOUNT)
                    .metricsDays(DateRange.of(today.minusDays(6), today))
                    .publishRequest(TikTokTestSupport.request("kit-publish-1", "Weekend city walk, stop three",
                            TikTokTestSupport.video(DIR, "kit.mp4", 10_000, Duration.ofSeconds(30)), "citywalk"))
                    .push(() -> ((TikTokSimulator) simulator).push("authorization.removed", TikTokTestSupport.OPEN_ID,
                            "{\"reason\": 1 }"))
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
