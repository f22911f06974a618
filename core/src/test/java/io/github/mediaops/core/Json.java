package io.github.mediaops.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** A plain Jackson mapper with JavaTimeModule, as a host application would configure it. */
public final class Json {
    public static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule());

    private Json() {
    }

    /** Writes {@code value} to JSON, reads it back, asserts equality, and returns the JSON. */
    public static <T> String assertRoundTrip(T value) {
        try {
            String json = MAPPER.writeValueAsString(value);
            Object back = MAPPER.readValue(json, value.getClass());
            assertThat(back).as("round trip of %s", json).isEqualTo(value);
            return json;
        } catch (JsonProcessingException e) {
            throw new AssertionError("JSON round trip failed for " + value, e);
        }
    }
}
