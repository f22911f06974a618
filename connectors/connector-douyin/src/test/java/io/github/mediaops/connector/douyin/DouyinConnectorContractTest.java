package io.github.mediaops.connector.douyin;

import io.github.mediaops.connector.douyin.simulator.DouyinSimulator;
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

class DouyinConnectorContractTest extends ConnectorContractKit {
    private static final Clock CLOCK = Clock.systemUTC();

    @Override
    protected SimulatorControl startSimulator() {
        DouyinSimulator sim = DouyinSimulator.builder().clock(CLOCK).build();
        DouyinTestSupport.seed(sim, CLOCK);
        return sim;
    }

    @Override
    protected PlatformConnector connect(SimulatorControl simulator, Duration readTimeout) {
        DouyinSimulator sim = (DouyinSimulator) simulator;
        DouyinConnector c = DouyinTestSupport.connector(sim, CLOCK, readTimeout);
        c.authorize(sim.authorizationCode(DouyinTestSupport.OPEN_ID));
        return c;
    }

    @Override
    protected ContractFixture fixture(SimulatorControl simulator) {
        LocalDate yesterday = LocalDate.now(CLOCK.withZone(DouyinConnector.ZONE)).minusDays(1);
        return ContractFixture.builder(AccountRef.of(Platform.DOUYIN, DouyinTestSupport.OPEN_ID))
                .metricsDays(DateRange.of(yesterday.minusDays(5), yesterday))
                .publishRequest(DouyinTestSupport.publishRequest(DouyinTestSupport.video("kit-video",
                        DouyinTestSupport.videoFile(200_000, 1), "新品开箱").build(), "kit-publish-1"))
                .commentedPost(DouyinTestSupport.ITEM)
                .push(() -> ((DouyinSimulator) simulator).push("item_comment_reply",
                        "{\"comment_id\":\"c-1\",\"content\":\"好看\",\"create_time\":1700000000,\"reply_to_item_id\":\"@item\"}"))
                .build();
    }
}
