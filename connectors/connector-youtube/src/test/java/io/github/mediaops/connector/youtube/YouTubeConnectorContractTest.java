package io.github.mediaops.connector.youtube;

import io.github.mediaops.connector.support.InMemoryTokenStore;
import io.github.mediaops.connector.tck.ConnectorContractKit;
import io.github.mediaops.connector.tck.ContractFixture;
import io.github.mediaops.connector.tck.KitFiles;
import io.github.mediaops.connector.tck.SimulatorControl;
import io.github.mediaops.connector.youtube.simulator.YouTubeSimulator;
import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.connector.PlatformConnector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

class YouTubeConnectorContractTest extends ConnectorContractKit {
    private static final Clock CLOCK = Clock.systemUTC();
    private static final Path DIR = KitFiles.tempDirectory("youtube-kit");

    @Override
    protected SimulatorControl startSimulator() {
        YouTubeSimulator sim = YouTubeSimulator.builder().clock(CLOCK).build();
        YouTubeTestSupport.seed(sim, CLOCK);
        return sim;
    }

    @Override
    protected PlatformConnector connect(SimulatorControl simulator, Duration readTimeout) {
        YouTubeSimulator sim = (YouTubeSimulator) simulator;
        InMemoryTokenStore tokens = new InMemoryTokenStore();
        // the single-use code is exchanged by a patient connector sharing the token store
        try (YouTubeConnector host = YouTubeTestSupport.builder(sim, CLOCK, Duration.ofSeconds(10)).tokenStore(tokens).build()) {
            host.authorize(sim.authorizationCode(YouTubeTestSupport.CHANNEL));
        }
        return YouTubeTestSupport.builder(sim, CLOCK, readTimeout).chunkBytes(ResumableUpload.CHUNK_GRANULE)
                .tokenStore(tokens).build();
    }

    @Override
    protected ContractFixture fixture(SimulatorControl simulator) {
        LocalDate today = LocalDate.now(CLOCK.withZone(YouTubeConnector.ZONE));
        try {
            return ContractFixture.builder(YouTubeTestSupport.ACCOUNT)
                    .metricsDays(DateRange.of(today.minusDays(6), today))
                    .commentedPost(YouTubeTestSupport.VIDEO_A)
                    .publishRequest(YouTubeTestSupport.request("kit-publish-1", "Weekend store visit, part 3",
                            YouTubeTestSupport.video(DIR, "kit.mp4", 300_000), "vlog"))
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
