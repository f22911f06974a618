package io.github.mediaops.spring.boot.app;

import io.github.mediaops.core.connector.WebhookEvent;
import io.github.mediaops.spring.boot.ConnectorWebhookEvent;
import io.github.mediaops.spring.boot.MediaOpsConnectorCustomizer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;

/** The host application of the starter's tests: nothing but a clock for the connectors and an event sink. */
@SpringBootApplication(proxyBeanMethods = false)
public class TestApplication {
    /** The simulators' and the connectors' clock: data for 2026-11-19 is final (T+1) on 2026-11-20. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T04:00:00Z"), ZoneOffset.UTC);

    @Bean
    MediaOpsConnectorCustomizer fixedClock() {
        return (name, config) -> config.clock(CLOCK);
    }

    @Bean
    Pushes pushes() {
        return new Pushes();
    }

    /** The verified pushes the application heard. */
    static final class Pushes {
        final List<ConnectorWebhookEvent> heard = new CopyOnWriteArrayList<>();

        @EventListener
        void on(ConnectorWebhookEvent e) {
            heard.add(e);
        }

        List<WebhookEvent> events() {
            return heard.stream().map(ConnectorWebhookEvent::event).toList();
        }
    }
}
