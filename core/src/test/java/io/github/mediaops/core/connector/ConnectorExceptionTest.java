package io.github.mediaops.core.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.MediaOpsException;
import io.github.mediaops.core.platform.Platform;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConnectorExceptionTest {

    private static ErrorDetails.Builder wechat(String op) {
        return ErrorDetails.builder(Platform.WECHAT_OFFICIAL_ACCOUNT).operation(op).httpStatus(200);
    }

    @Test
    void carries_platform_code_message_status_and_retry_after() {
        RateLimitedException e = new RateLimitedException("daily quota used up",
                wechat("datacube/getarticlesummary").platformCode("45009")
                        .platformMessage("reach max api daily quota limit").retryAfter(Duration.ofSeconds(60)).build());
        assertThat(e).isInstanceOf(MediaOpsException.class);
        assertThat(e.platform()).isEqualTo(Platform.WECHAT_OFFICIAL_ACCOUNT);
        assertThat(e.platformCode()).hasValue("45009");
        assertThat(e.platformMessage()).hasValue("reach max api daily quota limit");
        assertThat(e.httpStatus()).hasValue(200);
        assertThat(e.retryAfter()).hasValue(Duration.ofSeconds(60));
        assertThat(e.retryable()).isTrue();
        assertThat(e.getMessage()).isEqualTo("[wechat-oa datacube/getarticlesummary: code 45009 "
                + "(reach max api daily quota limit), HTTP 200, retry after 60000 ms] daily quota used up");
    }

    @Test
    void retryability_follows_the_kind_of_failure() {
        ErrorDetails d = ErrorDetails.of(Platform.DOUYIN);
        assertThat(new TransientPlatformException("busy", d).retryable()).isTrue();
        assertThat(new AuthenticationException("expired", d, true).retryable()).isTrue();
        assertThat(new AuthenticationException("bad secret", d, false).retryable()).isFalse();
        assertThat(new PermissionDeniedException("48001", d).retryable()).isFalse();
        assertThat(new InvalidRequestException("40007", d).retryable()).isFalse();
        assertThat(new NotFoundException("gone", d).retryable()).isFalse();
        assertThat(new UnexpectedResponseException("not json", d).retryable()).isFalse();
        ContentRejectedException rejected = new ContentRejectedException("audit failed", d,
                List.of("标题含绝对化用语「最佳」", "封面含二维码"));
        assertThat(rejected.violations()).hasSize(2);
        assertThat(rejected.getMessage()).contains("最佳").contains("二维码");
        assertThat(rejected.retryable()).isFalse();
    }

    @Test
    void details_without_platform_parts_print_only_what_is_known() {
        assertThat(ErrorDetails.of(Platform.TIKTOK).toString()).isEqualTo("tiktok");
        assertThat(ErrorDetails.of(Platform.TIKTOK).httpStatus()).isEmpty();
        assertThatThrownBy(() -> ErrorDetails.builder(Platform.TIKTOK).httpStatus(-3))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("-3");
        assertThatThrownBy(() -> ErrorDetails.builder(Platform.TIKTOK).retryAfter(Duration.ofSeconds(-1)))
                .isInstanceOf(InvalidValueException.class);
    }
}
