package io.github.mediaops.connector.support;

import io.github.mediaops.core.validate.Checks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs each HTTP exchange at debug level through SLF4J, with every secret masked by a {@link Redactor}:
 * the method, the URL (so {@code access_token=****}), the status, the time taken and, at trace level,
 * the first 2 KiB of the response body. Request bodies and headers are never logged.
 */
public final class RedactingLoggingInterceptor implements Interceptor {
    private static final int BODY_PREVIEW = 2048;

    private final Logger log;
    private final Redactor redactor;

    public RedactingLoggingInterceptor(String loggerName, Redactor redactor) {
        this.log = LoggerFactory.getLogger(Checks.notBlank(loggerName, "loggerName"));
        this.redactor = Checks.notNull(redactor, "redactor");
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        if (!log.isDebugEnabled()) {
            return chain.proceed(request);
        }
        String url = redactor.redact(request.url().toString());
        long start = System.nanoTime();
        Response response;
        try {
            response = chain.proceed(request);
        } catch (IOException e) {
            log.debug("{} {} failed after {} ms: {}", request.method(), url,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start), e.getClass().getSimpleName());
            throw e;
        }
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        log.debug("{} {} -> {} in {} ms", request.method(), url, response.code(), ms);
        if (log.isTraceEnabled()) {
            byte[] preview = response.peekBody(BODY_PREVIEW).bytes();
            log.trace("{} {} body: {}", request.method(), url, redactor.redact(new String(preview, StandardCharsets.UTF_8)));
        }
        return response;
    }
}
