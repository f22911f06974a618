package io.github.mediaops.examples.spring;

import io.github.mediaops.connector.douyin.DouyinConnector;
import io.github.mediaops.connector.douyin.simulator.DouyinSimulator;
import io.github.mediaops.connector.wechat.simulator.WeChatSimulator;
import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.metrics.ContentMetrics;
import io.github.mediaops.core.metrics.Metric;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.platform.Platform;
import io.github.mediaops.spring.boot.ConnectorMetrics;
import io.github.mediaops.spring.boot.MediaOpsConnectorCustomizer;
import io.github.mediaops.spring.boot.MediaOpsConnectors;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * A Spring Boot application on mediaops-spring-boot-starter: two connectors (WeChat Official Account and
 * Douyin) configured in {@code spring-boot-tour.yml}, talking to their simulators on 127.0.0.1. It reads a
 * day of content metrics from each, then prints the Micrometer timers of the platform calls and each
 * connector's health, as the Actuator would show them. Run it with
 * {@code ./mvnw -q -ntp -pl examples -am compile exec:java -Dexamples.main=io.github.mediaops.examples.spring.SpringBootTour}.
 */
@SpringBootApplication(proxyBeanMethods = false)
public class SpringBootTour {
    /** The simulators' and connectors' clock: 2026-11-19's data is final (T+1) on 2026-11-20. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T04:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate DAY = LocalDate.of(2026, 11, 19);
    private static final String OPEN_ID = "_000tour-open-id";

    public static void main(String[] args) {
        run(System.out);
    }

    /** Runs the example, printing to {@code out}. */
    public static void run(PrintStream out) {
        try (WeChatSimulator wechatSim = WeChatSimulator.builder().clock(CLOCK).app("wx7a5e0b1c2d3e4f50", "tour-wechat-secret")
                     .originalId("gh_7a5e0b1c2d3e").build();
             DouyinSimulator douyinSim = DouyinSimulator.builder().clock(CLOCK)
                     .client("awk7a5e0b1c2d3e4f5", "tour-douyin-secret").build()) {
            douyinSim.addVideo(OPEN_ID, "tour-video", DAY.minusDays(3).atStartOfDay(DouyinSimulator.SHANGHAI).toInstant(),
                    "秋季新品开箱");
            douyinSim.putDaily(OPEN_ID, "tour-video", DAY, 5210L, 388L, 41L, 17L);

            try (ConfigurableApplicationContext app = new SpringApplicationBuilder(SpringBootTour.class)
                    .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                    .properties("spring.config.name=spring-boot-tour",
                            "tour.wechat.base-url=" + wechatSim.baseUrl(), "tour.douyin.base-url=" + douyinSim.baseUrl(),
                            // in production these come from the environment or a vault, never from the YAML file
                            "WECHAT_APP_SECRET=tour-wechat-secret", "DOUYIN_CLIENT_SECRET=tour-douyin-secret")
                    .run()) {
                MediaOpsConnectors connectors = app.getBean(MediaOpsConnectors.class);
                out.println("== Spring Boot: connectors from spring-boot-tour.yml: " + connectors.names());

                List<ContentMetrics> wechat = connectors.get("wechat").contentMetrics().contentMetrics(
                        AccountRef.of(Platform.WECHAT_OFFICIAL_ACCOUNT, "gh_7a5e0b1c2d3e"), DateRange.day(DAY));
                out.printf("wechat: %d articles on %s, %d reads%n", wechat.size(), DAY, sum(wechat, Metric.VIEWS));

                DouyinConnector douyin = connectors.get("douyin", DouyinConnector.class);
                douyin.authorize(douyinSim.authorizationCode(OPEN_ID));   // the host's OAuth callback hands the code over
                List<ContentMetrics> videos = douyin.contentMetrics().contentMetrics(AccountRef.of(Platform.DOUYIN, OPEN_ID),
                        DateRange.day(DAY));
                out.printf("douyin: %d video on %s, %d plays%n", videos.size(), DAY, sum(videos, Metric.VIEWS));

                out.println("-- " + ConnectorMetrics.CALLS + " (connector, operation, outcome: calls, mean ms)");
                app.getBean(MeterRegistry.class).find(ConnectorMetrics.CALLS).timers().stream()
                        .sorted(Comparator.comparing((Timer t) -> t.getId().getTag("connector"))
                                .thenComparing(t -> t.getId().getTag("operation")))
                        .forEach(t -> out.printf("  %-7s %-36s %-8s %3d  %6.1f%n", t.getId().getTag("connector"),
                                t.getId().getTag("operation"), t.getId().getTag("outcome"), t.count(),
                                t.mean(TimeUnit.MILLISECONDS)));

                out.println("-- health (what /actuator/health/mediaops shows)");
                CompositeHealthContributor health = app.getBean("mediaopsHealthContributor", CompositeHealthContributor.class);
                for (String name : connectors.names()) {
                    Health h = ((HealthIndicator) health.getContributor(name)).health();
                    out.printf("  %-7s %s calls=%s lastOutcome=%s circuitBreaker=%s%n", name, h.getStatus(),
                            h.getDetails().get("calls"), h.getDetails().get("lastOutcome"), h.getDetails().get("circuitBreaker"));
                }
            }
        }
    }

    private static long sum(List<ContentMetrics> rows, Metric metric) {
        return rows.stream().mapToLong(m -> m.count(metric).orElse(0L)).sum();
    }

    /** The connectors run on the simulators' clock (a host would leave the system clock). */
    @Bean
    MediaOpsConnectorCustomizer simulatorClock() {
        return (name, config) -> config.clock(CLOCK);
    }

    /** Without the Actuator on the class path, an in-memory registry (the Actuator would provide one). */
    @Bean
    MeterRegistry meterRegistry() {
        return new SimpleMeterRegistry();
    }
}
