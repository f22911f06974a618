package io.github.mediaops.core.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mediaops.core.InvalidValueException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebhookTypesTest {

    @Test
    void request_keeps_raw_bytes_and_matches_headers_case_insensitively() {
        byte[] raw = "<xml><MsgId>1</MsgId></xml>".getBytes(StandardCharsets.UTF_8);
        WebhookRequest r = new WebhookRequest("post", Map.of("signature", "abc"), Map.of("Content-Type", "text/xml"), raw);
        raw[0] = 'X';
        assertThat(r.body()[0]).as("defensive copy").isEqualTo((byte) '<');
        assertThat(r.header("content-type")).hasValue("text/xml");
        assertThat(r.queryParam("signature")).hasValue("abc");
        assertThat(r.method()).isEqualTo("POST");
        assertThat(r.toString()).doesNotContain("MsgId");
    }

    @Test
    void pages_and_page_requests_validate() {
        assertThat(PageRequest.first(20).after()).isEmpty();
        assertThatThrownBy(() -> PageRequest.first(0)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> PageRequest.first(1001)).isInstanceOf(InvalidValueException.class).hasMessageContaining("1001");
        Page<String> p = new Page<>(java.util.List.of("a"), "c2");
        assertThat(p.next(10)).hasValue(new PageRequest("c2", 10));
        assertThat(Page.last(java.util.List.of()).hasNext()).isFalse();
        assertThatThrownBy(() -> new WebhookResponse(42, "text/plain", "")).isInstanceOf(InvalidValueException.class);
    }
}
