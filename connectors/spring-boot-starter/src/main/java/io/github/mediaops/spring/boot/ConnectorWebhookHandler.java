package io.github.mediaops.spring.boot;

import io.github.mediaops.core.connector.AuthenticationException;
import io.github.mediaops.core.connector.ConnectorException;
import io.github.mediaops.core.connector.InvalidRequestException;
import io.github.mediaops.core.connector.PlatformConnector;
import io.github.mediaops.core.connector.UnsupportedCapabilityException;
import io.github.mediaops.core.connector.WebhookEvent;
import io.github.mediaops.core.connector.WebhookRequest;
import io.github.mediaops.core.connector.WebhookResponse;
import io.github.mediaops.core.connector.WebhookResult;
import io.github.mediaops.core.validate.Checks;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Receives a platform push in Spring MVC: reads the raw body (at most {@code mediaops.webhooks.max-body-bytes},
 * never through a message converter, so the bytes the signature covers stay exact), hands method, query,
 * headers and body to the named connector's {@link io.github.mediaops.core.connector.Webhooks verifier},
 * publishes each new verified event as a {@link ConnectorWebhookEvent}, and answers what the platform
 * expects ({@code success}, the {@code echostr} of a URL check, ...).
 *
 * <pre>{@code
 * @RestController
 * class Pushes {
 *     private final ConnectorWebhookHandler webhooks;
 *     Pushes(ConnectorWebhookHandler webhooks) { this.webhooks = webhooks; }
 *
 *     @RequestMapping(path = "/wechat/push", method = {RequestMethod.GET, RequestMethod.POST})
 *     ResponseEntity<byte[]> push(HttpServletRequest request) throws IOException {
 *         return webhooks.handle("wechat", request);
 *     }
 * }
 * }</pre>
 *
 * Or set {@code mediaops.webhooks.path} and the starter maps {@code <path>/<connector name>} itself.
 * A push whose signature or timestamp does not verify is answered 401 and publishes nothing; a body over
 * the limit 413; an unknown connector, or one without webhooks, 404; a body that verifies but cannot be
 * read 400. Nothing of the body or its signature is logged.
 */
public final class ConnectorWebhookHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ConnectorWebhookHandler.class);

    private final MediaOpsConnectors connectors;
    private final ApplicationEventPublisher events;
    private final int maxBodyBytes;

    public ConnectorWebhookHandler(MediaOpsConnectors connectors, ApplicationEventPublisher events, int maxBodyBytes) {
        this.connectors = Checks.notNull(connectors, "connectors");
        this.events = Checks.notNull(events, "events");
        this.maxBodyBytes = Checks.positive(maxBodyBytes, "maxBodyBytes");
    }

    /**
     * Handles one push to the connector named {@code connector}.
     *
     * @throws IOException when the request body cannot be read
     */
    public ResponseEntity<byte[]> handle(String connector, HttpServletRequest request) throws IOException {
        Checks.notNull(request, "request");
        Optional<PlatformConnector> found = connectors.find(connector);
        if (found.isEmpty()) {
            return answer(WebhookResponse.rejected(404, "no such connector"));
        }
        PlatformConnector c = found.get();
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(maxBodyBytes + 1);
        }
        if (body.length > maxBodyBytes) {
            LOG.debug("push to {} refused: body over {} bytes", connector, maxBodyBytes);
            return answer(WebhookResponse.rejected(413, "body too large"));
        }
        WebhookRequest push = new WebhookRequest(request.getMethod(), query(request.getQueryString()), headers(request), body);
        WebhookResult result;
        try {
            result = c.webhooks().handle(push);
        } catch (UnsupportedCapabilityException e) {
            return answer(WebhookResponse.rejected(404, "connector takes no webhooks"));
        } catch (AuthenticationException e) {
            LOG.debug("push to {} refused: {}", connector, e.getClass().getSimpleName());
            return answer(WebhookResponse.rejected(401, "push does not verify"));
        } catch (InvalidRequestException e) {
            return answer(WebhookResponse.rejected(400, "push refused"));
        } catch (ConnectorException e) {
            LOG.debug("push to {} could not be read: {}", connector, e.getClass().getSimpleName());
            return answer(WebhookResponse.rejected(400, "push could not be read"));
        }
        for (WebhookEvent event : result.events()) {
            events.publishEvent(new ConnectorWebhookEvent(connector, c.platform(), event));
        }
        LOG.debug("push to {}: {} new events", connector, result.events().size());
        return answer(result.response());
    }

    private static ResponseEntity<byte[]> answer(WebhookResponse r) {
        return ResponseEntity.status(r.status()).contentType(MediaType.parseMediaType(r.contentType())).body(r.bodyBytes());
    }

    private static Map<String, String> query(String raw) {
        if (raw == null || raw.isEmpty()) {
            return Map.of();
        }
        Map<String, String> q = new LinkedHashMap<>();
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            q.putIfAbsent(name, value);
        }
        return q;
    }

    private static Map<String, String> headers(HttpServletRequest request) {
        Map<String, String> h = new LinkedHashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            h.putIfAbsent(name, request.getHeader(name));
        }
        return h;
    }

    @Override
    public String toString() {
        return "ConnectorWebhookHandler[" + connectors.names() + ", maxBodyBytes=" + maxBodyBytes + "]";
    }
}
