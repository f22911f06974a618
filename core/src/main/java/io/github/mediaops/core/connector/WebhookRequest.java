package io.github.mediaops.core.connector;

import io.github.mediaops.core.validate.Checks;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An HTTP request a platform pushed to the host's endpoint, as raw as the host received it. Signatures
 * are verified over {@link #body()}'s exact bytes, so pass them unchanged.
 *
 * @param method  {@code GET} (URL verification) or {@code POST}
 * @param query   query parameters, first value of each
 * @param headers headers; names are matched case-insensitively
 * @param body    the raw body bytes (empty for GET)
 */
public record WebhookRequest(String method, Map<String, String> query, Map<String, String> headers, byte[] body) {
    public WebhookRequest {
        Checks.notBlank(method, "method");
        query = Checks.mapOf(query, "query");
        Map<String, String> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        h.putAll(Checks.mapOf(headers, "headers"));
        headers = java.util.Collections.unmodifiableMap(h);
        body = Checks.notNull(body, "body").clone();
        method = method.toUpperCase(Locale.ROOT);
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    /** The body's size in bytes, without copying it (a receiver checks its size limit first). */
    public int bodyLength() {
        return body.length;
    }

    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name));
    }

    public Optional<String> queryParam(String name) {
        return Optional.ofNullable(query.get(name));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WebhookRequest r && r.method.equals(method) && r.query.equals(query)
                && r.headers.equals(headers) && java.util.Arrays.equals(r.body, body);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(method, query, headers, java.util.Arrays.hashCode(body));
    }

    @Override
    public String toString() {
        return "WebhookRequest[" + method + ", " + body.length + " bytes]";
    }
}
