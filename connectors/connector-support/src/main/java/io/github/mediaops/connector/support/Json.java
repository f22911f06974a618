package io.github.mediaops.connector.support;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import io.github.mediaops.core.platform.Platform;
import java.io.IOException;
import java.time.Instant;

/**
 * The tolerant Jackson set-up every connector uses for wire DTOs: unknown fields ignored, numbers that
 * arrive as strings accepted ({@code "total_play": "200"}), a single value accepted where an array is
 * declared, empty strings read as null objects, nulls left out when writing. Platform JSON changes
 * without notice; a connector must keep working when a field is added.
 */
public final class Json {
    private Json() {
    }

    /** A new tolerant mapper. */
    public static ObjectMapper tolerantMapper() {
        return JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .enable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT)
                .enable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
                .build();
    }

    /**
     * The tolerant mapper plus what idempotency records hold besides plain values: {@link Instant} as
     * ISO-8601 text and {@link Platform} as its id, so core records such as {@code PublishTicket} and the
     * connector's own records of them are kept as JSON.
     */
    static ObjectMapper recordMapper() {
        SimpleModule m = new SimpleModule("mediaops-records");
        m.addSerializer(Instant.class, ToStringSerializer.instance);
        m.addDeserializer(Instant.class, new JsonDeserializer<>() {
            @Override
            public Instant deserialize(JsonParser p, DeserializationContext c) throws IOException {
                return Instant.parse(p.getValueAsString());
            }
        });
        m.addSerializer(Platform.class, new com.fasterxml.jackson.databind.ser.std.StdSerializer<>(Platform.class) {
            @Override
            public void serialize(Platform v, com.fasterxml.jackson.core.JsonGenerator g,
                                  com.fasterxml.jackson.databind.SerializerProvider s) throws IOException {
                g.writeString(v.id());
            }
        });
        m.addDeserializer(Platform.class, new JsonDeserializer<>() {
            @Override
            public Platform deserialize(JsonParser p, DeserializationContext c) throws IOException {
                return Platform.of(p.getValueAsString());
            }
        });
        return tolerantMapper().registerModule(m);
    }
}
