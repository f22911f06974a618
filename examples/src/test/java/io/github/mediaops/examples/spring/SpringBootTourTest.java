package io.github.mediaops.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SpringBootTourTest {

    @Test
    void two_connectors_from_yaml_are_called_timed_and_healthy() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SpringBootTour.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);

        assertThat(out).contains("connectors from spring-boot-tour.yml: [wechat, douyin]")
                .contains("douyin: 1 video on 2026-11-19, 5210 plays")
                .containsPattern("wechat: [1-9]\\d* articles on 2026-11-19")
                .containsPattern("douyin +oauth/access_token +success +1 ")
                .containsPattern("wechat +datacube/\\S+ +success +[1-9]")
                .containsPattern("wechat +UP calls=[1-9]\\d* lastOutcome=success circuitBreaker=CLOSED")
                .containsPattern("douyin +UP calls=[1-9]\\d* lastOutcome=success circuitBreaker=CLOSED")
                .doesNotContain("tour-wechat-secret").doesNotContain("tour-douyin-secret");
    }
}
