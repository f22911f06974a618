package io.github.mediaops.connector.support;

import io.github.mediaops.core.connector.ConnectorException;
import java.time.Duration;
import java.util.Optional;

/**
 * Reads a platform's failure out of a response, whatever its HTTP status. Many Chinese platforms
 * answer HTTP 200 with an error body (WeChat {@code {"errcode":45009,...}}, Douyin, Kuaishou, Feishu),
 * so the runtime calls the decoder on every body before it maps the body to a DTO.
 *
 * <p>Implementations must not copy tokens, secrets or signatures into the exception.
 */
@FunctionalInterface
public interface ErrorDecoder {

    /**
     * @param operation  the endpoint path, e.g. {@code datacube/getarticlesummary}
     * @param httpStatus the HTTP status
     * @param retryAfter the Retry-After the response carried, or {@code null}
     * @param body       the raw body (possibly empty)
     * @return the failure the response reports, or empty when the response is a success
     */
    Optional<ConnectorException> decode(String operation, int httpStatus, Duration retryAfter, byte[] body);
}
