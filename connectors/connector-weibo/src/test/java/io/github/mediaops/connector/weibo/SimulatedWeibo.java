package io.github.mediaops.connector.weibo;

import io.github.mediaops.connector.weibo.simulator.WeiboSimulator;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A seeded web-app simulator ({@link WeiboTestSupport#seed}) and a connector whose account has authorised the app. */
abstract class SimulatedWeibo {
    static final Clock CLOCK = Clock.systemUTC();
    WeiboSimulator sim;
    WeiboConnector weibo;
    /** The seeded status with two comments. */
    String post;

    @BeforeEach
    final void startWeibo() {
        sim = WeiboSimulator.builder().clock(CLOCK).build();
        post = WeiboTestSupport.seed(sim, CLOCK);
        weibo = WeiboTestSupport.authorized(sim, CLOCK);
    }

    @AfterEach
    final void stopWeibo() {
        weibo.close();
        sim.close();
    }
}
