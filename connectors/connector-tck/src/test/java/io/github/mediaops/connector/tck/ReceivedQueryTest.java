package io.github.mediaops.connector.tck;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReceivedQueryTest {

    @Test
    void decodes_each_parameter_of_the_query() {
        RecordedResponses.Received r = new RecordedResponses.Received("GET",
                "/v3.0/funds/get?account_id=25610&fields=%5B%22a%22%2C%22b%22%5D&date=2024-01-02+00%3A00%3A00&flag&name=%E5%B9%BF%E5%91%8A", "");
        assertThat(r.query()).containsExactly(
                java.util.Map.entry("account_id", "25610"), java.util.Map.entry("fields", "[\"a\",\"b\"]"),
                java.util.Map.entry("date", "2024-01-02 00:00:00"), java.util.Map.entry("flag", ""),
                java.util.Map.entry("name", "广告"));
    }

    @Test
    void no_query_is_an_empty_map_and_a_repeated_parameter_keeps_its_last_value() {
        assertThat(new RecordedResponses.Received("GET", "/oauth/token", "").query()).isEmpty();
        assertThat(new RecordedResponses.Received("GET", "/oauth/token?", "").query()).isEmpty();
        assertThat(new RecordedResponses.Received("GET", "/x?a=1&a=2", "").query()).containsExactly(java.util.Map.entry("a", "2"));
    }
}
