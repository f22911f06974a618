package io.github.mediaops.core.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.mediaops.core.Json;
import org.junit.jupiter.api.Test;

/** Issue 12: the two flags are set by name, so they cannot be swapped silently. */
class DisclosureTest {

    @Test
    void named_factories_set_the_flag_they_name() {
        assertThat(Disclosure.none().isPaid()).isFalse();
        assertThat(Disclosure.none().isAiGenerated()).isFalse();
        assertThat(Disclosure.paid().isPaid()).isTrue();
        assertThat(Disclosure.paid().isAiGenerated()).isFalse();
        assertThat(Disclosure.aiGenerated().isPaid()).isFalse();
        assertThat(Disclosure.aiGenerated().isAiGenerated()).isTrue();
        assertThat(Disclosure.paid().andAiGenerated()).isEqualTo(Disclosure.aiGenerated().andPaid());
        assertThat(Disclosure.paid().andAiGenerated().isPaid()).isTrue();
        assertThat(Disclosure.paid().andAiGenerated().isAiGenerated()).isTrue();
    }

    @Test
    void the_builder_sets_each_flag_by_name() {
        assertThat(Disclosure.builder().aiGenerated(true).build()).isEqualTo(Disclosure.aiGenerated());
        assertThat(Disclosure.builder().paid(true).build()).isEqualTo(Disclosure.paid());
        assertThat(Disclosure.builder().build()).isEqualTo(Disclosure.none());
        assertThat(Disclosure.builder().paid(true).aiGenerated(false).build()).isNotEqualTo(Disclosure.aiGenerated());
        assertThat(Disclosure.paid().toString()).isEqualTo("Disclosure[paid=true, aiGenerated=false]");
        assertThat(Disclosure.paid().hashCode()).isNotEqualTo(Disclosure.aiGenerated().hashCode());
    }

    @Test
    void json_round_trips_by_property_name() throws Exception {
        String json = Json.MAPPER.writeValueAsString(Disclosure.aiGenerated());
        assertThat(json).contains("\"paid\":false").contains("\"aiGenerated\":true");
        assertThat(Json.MAPPER.readValue(json, Disclosure.class)).isEqualTo(Disclosure.aiGenerated());
        assertThat(Json.MAPPER.readValue("{\"aiGenerated\":false,\"paid\":true}", Disclosure.class))
                .isEqualTo(Disclosure.paid());
    }

    @Test
    void json_without_either_flag_is_refused_rather_than_read_as_false() {
        assertThatThrownBy(() -> Json.MAPPER.readValue("{\"paid\":true}", Disclosure.class))
                .isInstanceOf(MismatchedInputException.class).hasMessageContaining("aiGenerated");
        assertThatThrownBy(() -> Json.MAPPER.readValue("{\"aiGenerated\":true}", Disclosure.class))
                .isInstanceOf(MismatchedInputException.class).hasMessageContaining("paid");
    }
}
