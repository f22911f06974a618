package io.github.mediaops.connector.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonTest {
    record Counters(Long totalPlay, List<String> reply, String note) {
    }

    private final ObjectMapper json = Json.tolerantMapper();

    @Test
    void reads_numbers_sent_as_strings_ignores_unknown_fields_and_accepts_a_single_value_as_array() throws Exception {
        Counters c = json.readValue("{\"totalPlay\":\"200\",\"reply\":\"one\",\"added_later\":{\"x\":1}}", Counters.class);
        assertThat(c.totalPlay()).isEqualTo(200L);
        assertThat(c.reply()).containsExactly("one");
        assertThat(c.note()).isNull();
    }

    @Test
    void a_missing_counter_stays_absent_rather_than_zero() throws Exception {
        assertThat(json.readValue("{}", Counters.class).totalPlay()).isNull();
    }

    @Test
    void writes_no_null_fields() throws Exception {
        assertThat(json.writeValueAsString(new Counters(1L, null, null))).isEqualTo("{\"totalPlay\":1}");
    }
}
