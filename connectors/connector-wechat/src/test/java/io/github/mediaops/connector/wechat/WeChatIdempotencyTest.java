package io.github.mediaops.connector.wechat;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mediaops.connector.support.IdempotencyStore;
import io.github.mediaops.connector.support.InMemoryTokenStore;
import io.github.mediaops.connector.support.JdbcIdempotencyStore;
import io.github.mediaops.connector.tck.KitResilience;
import io.github.mediaops.connector.wechat.simulator.WeChatSimulator;
import io.github.mediaops.core.connector.OutgoingMessage;
import io.github.mediaops.core.engagement.PrivateMessage;
import io.github.mediaops.core.publish.PublishStatus;
import io.github.mediaops.core.publish.PublishTicket;
import java.time.Duration;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** Idempotency holds across two connector instances (two service instances) sharing a JDBC store. */
class WeChatIdempotencyTest {

    private static IdempotencyStore sharedStore(String name) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
        return new JdbcIdempotencyStore(ds).createTableIfMissing();
    }

    private static WeChatConnector instance(WeChatSimulator sim, String db) {
        return WeChatConnector.builder(WeChatTestSupport.config(sim, Duration.ofSeconds(5)))
                .tokenStore(new InMemoryTokenStore()).idempotencyStore(sharedStore(db))
                .resilience(KitResilience.fastRetries()).build();
    }

    @Test
    void a_publish_repeated_on_a_second_instance_returns_the_first_ticket_without_publishing_again() {
        try (WeChatSimulator sim = WeChatTestSupport.simulator().build();
             WeChatConnector a = instance(sim, "idem-publish");
             WeChatConnector b = instance(sim, "idem-publish")) {
            PublishTicket first = a.publishing().publish(WeChatTestSupport.publishRequest(sim, "cluster-1", "双实例"));
            int drafts = sim.requests("cgi-bin/draft/add");
            int submits = sim.requests("cgi-bin/freepublish/submit");
            PublishTicket again = b.publishing().publish(WeChatTestSupport.publishRequest(sim, "cluster-1", "双实例"));
            assertThat(again).isEqualTo(first);
            assertThat(sim.requests("cgi-bin/draft/add")).isEqualTo(drafts).isEqualTo(1);
            assertThat(sim.requests("cgi-bin/freepublish/submit")).isEqualTo(submits).isEqualTo(1);

            sim.completePendingJobs();
            PublishTicket done = b.publishing().refresh(again);
            assertThat(done.status()).isEqualTo(PublishStatus.PUBLISHED);
            assertThat(a.publishing().publish(WeChatTestSupport.publishRequest(sim, "cluster-1", "双实例")))
                    .as("the first instance sees the state the second one recorded").isEqualTo(done);
        }
    }

    @Test
    void a_message_sent_by_one_instance_is_not_sent_again_by_another() {
        try (WeChatSimulator sim = WeChatTestSupport.simulator().build();
             WeChatConnector a = instance(sim, "idem-send");
             WeChatConnector b = instance(sim, "idem-send")) {
            OutgoingMessage m = new OutgoingMessage(WeChatTestSupport.account(sim), "o-user-1", "您的订单已发货", "send-1");
            PrivateMessage first = a.messaging().send(m);
            PrivateMessage again = b.messaging().send(m);
            assertThat(again).isEqualTo(first);
            assertThat(sim.requests("cgi-bin/message/custom/send")).isEqualTo(1);
        }
    }

    @Test
    void separate_stores_do_not_share_records() {
        try (WeChatSimulator sim = WeChatTestSupport.simulator().build();
             WeChatConnector a = instance(sim, "idem-a");
             WeChatConnector b = instance(sim, "idem-b")) {
            OutgoingMessage m = new OutgoingMessage(WeChatTestSupport.account(sim), "o-user-1", "您好", "send-2");
            a.messaging().send(m);
            b.messaging().send(m);
            assertThat(sim.requests("cgi-bin/message/custom/send")).isEqualTo(2);
        }
    }
}
