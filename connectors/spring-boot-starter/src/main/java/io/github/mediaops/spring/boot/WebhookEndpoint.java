package io.github.mediaops.spring.boot;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/** The endpoint at {@code ${mediaops.webhooks.path}/<connector name>}, registered when that property is set. */
@RestController
final class WebhookEndpoint {
    private final ConnectorWebhookHandler handler;

    WebhookEndpoint(ConnectorWebhookHandler handler) {
        this.handler = handler;
    }

    @RequestMapping(path = "${mediaops.webhooks.path}/{connector}", method = {RequestMethod.GET, RequestMethod.POST})
    ResponseEntity<byte[]> push(@PathVariable("connector") String connector, HttpServletRequest request) throws IOException {
        return handler.handle(connector, request);
    }
}
