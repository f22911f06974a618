package io.github.mediaops.core.publish;

import static io.github.mediaops.core.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mediaops.core.Fixtures;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.Json;
import io.github.mediaops.core.content.ContentVariant;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.platform.Platform;
import java.net.URI;
import org.junit.jupiter.api.Test;

class PublishTest {
    private static final AccountRef DOUYIN_ACCT = AccountRef.of(Platform.DOUYIN, "open_1");
    private static final ContentVariant VARIANT = ContentVariant.unchanged(Fixtures.article(), Platform.DOUYIN);

    @Test
    void request_needs_matching_platform_and_a_sane_idempotency_key() {
        assertThat(PublishRequest.now(DOUYIN_ACCT, VARIANT, "plan-2026-11-e1").schedule()).isEmpty();
        assertThat(PublishRequest.at(DOUYIN_ACCT, VARIANT, T0, "k").schedule()).hasValue(T0);
        assertThatThrownBy(() -> PublishRequest.now(AccountRef.of(Platform.WEIBO, "1"), VARIANT, "k"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("weibo").hasMessageContaining("douyin");
        assertThatThrownBy(() -> PublishRequest.now(DOUYIN_ACCT, VARIANT, "has space"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("idempotencyKey");
        assertThatThrownBy(() -> PublishRequest.now(DOUYIN_ACCT, VARIANT, "x".repeat(129)))
                .isInstanceOf(InvalidValueException.class);
        Json.assertRoundTrip(PublishRequest.at(DOUYIN_ACCT, VARIANT, T0, "plan-2026-11-e1"));
    }

    @Test
    void ticket_moves_from_pending_to_published_or_failed() {
        PublishTicket t = PublishTicket.pending("pub-1", DOUYIN_ACCT, "k1", T0);
        assertThat(t.status().terminal()).isFalse();
        Publication live = new Publication(DOUYIN_ACCT, "7300000001", URI.create("https://www.douyin.com/video/7300000001"),
                T0.plusSeconds(90));
        PublishTicket done = t.published(live, T0.plusSeconds(90));
        assertThat(done.live()).hasValue(live);
        assertThat(done.status().terminal()).isTrue();
        PublishTicket rejected = t.failed(PublishStatus.REJECTED, "audit rejected: 含有违规内容", T0.plusSeconds(60));
        assertThat(rejected.failureReason()).hasValue("audit rejected: 含有违规内容");
        Json.assertRoundTrip(done);
        Json.assertRoundTrip(rejected);
    }

    @Test
    void ticket_invariants_hold() {
        PublishTicket t = PublishTicket.pending("pub-1", DOUYIN_ACCT, "k1", T0);
        assertThatThrownBy(() -> t.failed(PublishStatus.FAILED, " ", T0))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("reason");
        assertThatThrownBy(() -> t.failed(PublishStatus.PUBLISHED, "x", T0)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new PublishTicket("p", DOUYIN_ACCT, "k", PublishStatus.PUBLISHED, T0, null, null))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("publication");
    }
}
