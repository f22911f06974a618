package io.github.mediaops.connector.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.mediaops.core.connector.ConnectorException;
import io.github.mediaops.core.connector.ErrorDetails;
import io.github.mediaops.core.connector.UnexpectedResponseException;
import io.github.mediaops.core.platform.Platform;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Optional;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import retrofit2.Converter;
import retrofit2.Retrofit;
import retrofit2.http.GET;
import retrofit2.http.POST;

/**
 * Retrofit converters that run the platform's {@link ErrorDecoder} on every successful (2xx) body
 * before Jackson maps it (under the endpoint's path, or for a templated path such as {@code datacube/{name}} under
 * the endpoint name the {@link ConnectorRuntime} call gave), and turn unreadable JSON into
 * {@link UnexpectedResponseException} (without copying any of the body into the message).
 */
final class DecodingConverterFactory extends Converter.Factory {
    private static final MediaType JSON = MediaType.get("application/json; charset=UTF-8");

    private final ObjectMapper mapper;
    private final ErrorDecoder decoder;
    private final Platform platform;

    DecodingConverterFactory(ObjectMapper mapper, ErrorDecoder decoder, Platform platform) {
        this.mapper = mapper;
        this.decoder = decoder;
        this.platform = platform;
    }

    static String operationOf(Annotation[] annotations) {
        for (Annotation a : annotations) {
            if (a instanceof POST p) {
                return stripSlash(p.value());
            }
            if (a instanceof GET g) {
                return stripSlash(g.value());
            }
        }
        return "call";
    }

    private static String stripSlash(String path) {
        return path.startsWith("/") ? path.substring(1) : path;
    }

    @Override
    public Converter<ResponseBody, ?> responseBodyConverter(Type type, Annotation[] annotations, Retrofit retrofit) {
        String declared = operationOf(annotations);
        if (type == ResponseBody.class) {
            return null;
        }
        boolean templated = declared.indexOf('{') >= 0;
        JavaType javaType = mapper.getTypeFactory().constructType(type);
        ObjectReader reader = mapper.readerFor(javaType);
        return body -> {
            String operation = templated ? ApiExecutor.exchanging(declared) : declared;
            byte[] bytes;
            try (body) {
                bytes = body.bytes();
            }
            Optional<ConnectorException> failure = decoder.decode(operation, 200, null, bytes);
            if (failure.isPresent()) {
                throw failure.get();
            }
            try {
                Object value = reader.readValue(bytes);
                if (value == null) {
                    throw unexpected(operation, "empty body", null);
                }
                return value;
            } catch (JsonProcessingException e) {
                throw unexpected(operation, "malformed JSON (" + e.getClass().getSimpleName()
                        + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()
                        + ", column " + e.getLocation().getColumnNr()) + ")", e);
            } catch (IOException e) {
                throw unexpected(operation, "unreadable body", e);
            }
        };
    }

    private UnexpectedResponseException unexpected(String operation, String what, Exception cause) {
        // The cause is kept for its type and stack only; Jackson messages can quote body text, so it is
        // replaced by a sanitised copy.
        Exception safe = cause == null ? null : new IOException(cause.getClass().getName());
        return new UnexpectedResponseException(what, ErrorDetails.builder(platform).operation(operation).httpStatus(200).build(), safe);
    }

    @Override
    public Converter<?, RequestBody> requestBodyConverter(Type type, Annotation[] parameterAnnotations,
                                                          Annotation[] methodAnnotations, Retrofit retrofit) {
        ObjectMapper m = mapper;
        return value -> RequestBody.create(m.writeValueAsBytes(value), JSON);
    }
}
