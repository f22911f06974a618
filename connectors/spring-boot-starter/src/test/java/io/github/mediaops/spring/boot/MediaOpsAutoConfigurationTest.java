package io.github.mediaops.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mediaops.connector.support.TokenStore;
import io.github.mediaops.connector.tck.Fault;
import io.github.mediaops.connector.wechat.simulator.WeChatSimulator;
import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.connector.AuthenticationException;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.platform.Platform;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.LocalDate;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;

/** The auto-configuration's conditions and failures, on contexts without a web server (quick). */
class MediaOpsAutoConfigurationTest {
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MediaOpsAutoConfiguration.class))
            .withPropertyValues("mediaops.connectors.wechat.provider=wechat-oa",
                    "mediaops.connectors.wechat.base-url=http://127.0.0.1:9/",
                    "mediaops.connectors.wechat.identifiers.appId=wx1",
                    "mediaops.connectors.wechat.secrets.appSecret=s3cr3t-value-91");

    /** A meter registry, as Spring Boot's metrics auto-configuration would give (not a @Configuration: no scanning). */
    static class Meters {
        @Bean
        MeterRegistry meterRegistry() {
            return new SimpleMeterRegistry();
        }
    }

    @Test
    void without_a_data_source_there_are_no_jdbc_stores_and_the_connector_is_built() {
        runner.run(context -> {
            assertThat(context).hasNotFailed().doesNotHaveBean(TokenStore.class).hasSingleBean(MediaOpsConnectors.class);
            assertThat(context.getBean(MediaOpsConnectors.class).get("wechat").id()).isEqualTo("wechat-oa");
            assertThat(context).as("no MeterRegistry, no metrics").doesNotHaveBean(ConnectorMetrics.class);
        });
    }

    @Test
    void the_jdbc_stores_follow_the_data_source_and_can_be_switched_off() {
        ApplicationContextRunner withDb = runner.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class))
                .withPropertyValues("spring.datasource.url=jdbc:h2:mem:starter-jdbc;DB_CLOSE_DELAY=-1");
        withDb.run(context -> assertThat(context).hasNotFailed().hasSingleBean(TokenStore.class)
                .hasBean("mediaOpsIdempotencyStore"));
        withDb.withPropertyValues("mediaops.jdbc.enabled=false")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(TokenStore.class));
    }

    @Test
    void an_unknown_provider_fails_start_up_naming_the_property_and_the_known_ids() {
        runner.withPropertyValues("mediaops.connectors.wechat.provider=wechat-typo").run(context -> {
            assertThat(context).hasFailed();
            Throwable root = rootCause(context.getStartupFailure());
            assertThat(root).isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("mediaops.connectors.wechat.provider").hasMessageContaining("wechat-typo")
                    .hasMessageContaining("wechat-oa").hasMessageContaining("douyin");
            assertThat(((InvalidValueException) root).field()).isEqualTo("mediaops.connectors.wechat.provider");
        });
    }

    @Test
    void an_empty_secret_fails_start_up_naming_it() {
        runner.withPropertyValues("mediaops.connectors.wechat.secrets.appSecret=").run(context -> {
            Throwable root = rootCause(context.getStartupFailure());
            assertThat(root).isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("mediaops.connectors.wechat.secrets.appSecret");
        });
    }

    @Test
    void a_missing_credential_fails_start_up_without_showing_the_secrets() {
        runner.withPropertyValues("mediaops.connectors.wechat.identifiers.appId=").run(context -> {
            Throwable root = rootCause(context.getStartupFailure());
            assertThat(root).isInstanceOf(InvalidValueException.class).hasMessageNotContaining("s3cr3t-value-91");
        });
    }

    @Test
    void a_disabled_connector_is_not_created() {
        runner.withPropertyValues("mediaops.connectors.wechat.enabled=false").run(context ->
                assertThat(context.getBean(MediaOpsConnectors.class).names()).isEmpty());
    }

    @Test
    void refused_credentials_turn_the_connectors_health_down_and_count_as_an_authentication_outcome() {
        try (WeChatSimulator sim = WeChatSimulator.builder().app("wx1", "the-right-secret").build()) {
            runner.withUserConfiguration(Meters.class)
                    .withPropertyValues("mediaops.connectors.wechat.base-url=" + sim.baseUrl(),
                            "mediaops.connectors.wechat.secrets.appSecret=a-wrong-secret",
                            "mediaops.connectors.wechat.resilience.initial-backoff=1ms")
                    .run(context -> {
                        HealthIndicator health = (HealthIndicator) context.getBean("mediaopsHealthContributor",
                                CompositeHealthContributor.class).getContributor("wechat");
                        assertThat(health.health().getStatus()).as("before any call").isEqualTo(Status.UP);

                        MediaOpsConnectors connectors = context.getBean(MediaOpsConnectors.class);
                        Assertions.assertThatThrownBy(() -> connectors.get("wechat").contentMetrics().contentMetrics(
                                        AccountRef.of(Platform.WECHAT_OFFICIAL_ACCOUNT, "wx1"),
                                        DateRange.day(LocalDate.now().minusDays(2))))
                                .isInstanceOf(AuthenticationException.class);

                        Health h = health.health();
                        assertThat(h.getStatus()).isEqualTo(Status.DOWN);
                        assertThat(h.getDetails()).containsEntry("lastOutcome", "authentication")
                                .containsEntry("calls", 1L).containsEntry("failures", 1L);
                        assertThat(h.toString()).doesNotContain("a-wrong-secret").doesNotContain("the-right-secret");
                        MeterRegistry meters = context.getBean(MeterRegistry.class);
                        assertThat(meters.get(ConnectorMetrics.CALLS).tags("connector", "wechat", "outcome", "authentication")
                                .timer().count()).isEqualTo(1);
                        assertThat(meters.find(ConnectorMetrics.RETRIES).counters()).as("refused credentials are not retried")
                                .isEmpty();
                    });
        }
    }

    @Test
    void a_retried_call_counts_one_retry_and_ends_as_one_successful_call() {
        try (WeChatSimulator sim = WeChatSimulator.builder().app("wx1", "s3cr3t-value-91").build()) {
            runner.withUserConfiguration(Meters.class)
                    .withPropertyValues("mediaops.connectors.wechat.base-url=" + sim.baseUrl(),
                            "mediaops.connectors.wechat.resilience.initial-backoff=1ms",
                            "mediaops.connectors.wechat.resilience.max-backoff=5ms")
                    .run(context -> {
                        MediaOpsConnectors connectors = context.getBean(MediaOpsConnectors.class);
                        AccountRef account = AccountRef.of(Platform.WECHAT_OFFICIAL_ACCOUNT, "wx1");
                        DateRange day = DateRange.day(LocalDate.now().minusDays(2));
                        connectors.get("wechat").contentMetrics().contentMetrics(account, day);   // token and warm-up
                        int before = sim.apiRequests();
                        sim.failNext(Fault.SERVER_ERROR, 1);
                        connectors.get("wechat").contentMetrics().contentMetrics(account, day);
                        int sent = sim.apiRequests() - before;

                        MeterRegistry meters = context.getBean(MeterRegistry.class);
                        double retries = meters.get(ConnectorMetrics.RETRIES).tags("connector", "wechat").counters().stream()
                                .mapToDouble(c -> c.count()).sum();
                        long calls = meters.get(ConnectorMetrics.CALLS).tags("connector", "wechat", "outcome", "success")
                                .timers().stream().mapToLong(t -> t.count()).sum();
                        assertThat(retries).as("one injected 503, one retry").isEqualTo(1.0);
                        assertThat(calls).as("every request but the retried one is a successful logical call")
                                .isEqualTo(sim.apiRequests() - 1L);
                        assertThat(sent).isGreaterThanOrEqualTo(2);
                        assertThat(meters.find(ConnectorMetrics.CALLS).tag("outcome", "transient").timers())
                                .as("the failed attempt is not a call of its own").isEmpty();
                    });
        }
    }

    private static Throwable rootCause(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return c;
    }
}
