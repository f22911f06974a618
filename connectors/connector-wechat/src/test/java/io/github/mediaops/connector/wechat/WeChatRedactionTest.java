package io.github.mediaops.connector.wechat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.mediaops.connector.support.AccessToken;
import io.github.mediaops.connector.support.InMemoryTokenStore;
import io.github.mediaops.connector.tck.CapturingLogProvider;
import io.github.mediaops.connector.tck.Fault;
import io.github.mediaops.connector.wechat.simulator.WeChatSimulator;
import io.github.mediaops.core.connector.AuthenticationException;
import io.github.mediaops.core.connector.ConnectorConfig;
import io.github.mediaops.core.connector.Credentials;
import io.github.mediaops.core.connector.WebhookRequest;
import io.github.mediaops.core.publish.PublishTicket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Runs token fetches, refreshes after refusals, publishing, failures and push handling with every logger
 * at TRACE (response bodies logged), then looks for any secret in every log line, exception message
 * and {@code toString()}.
 */
class WeChatRedactionTest {

    @Test
    void no_secret_or_token_appears_in_logs_exception_messages_or_to_string() {
        List<String> texts = new ArrayList<>();
        List<String> secrets = new ArrayList<>();
        InMemoryTokenStore store = new InMemoryTokenStore();
        try (WeChatSimulator sim = WeChatTestSupport.simulator().build();
             WeChatConnector c = WeChatTestSupport.connector(sim, Duration.ofMillis(500), store)) {
            secrets.add(sim.appSecret());
            secrets.add(WeChatTestSupport.PUSH_TOKEN);
            secrets.add(WeChatTestSupport.AES_KEY);
            CapturingLogProvider.clear();

            c.audienceMetrics().audienceMetrics(c.account(), WeChatTestSupport.lastDays(2));
            secrets.add(store.get("wechat-oa:" + sim.appId()).orElseThrow().token().reveal());
            sim.failNext(Fault.TOKEN_EXPIRED, 1);
            c.audienceMetrics().audienceMetrics(c.account(), WeChatTestSupport.lastDays(2));
            AccessToken current = store.get("wechat-oa:" + sim.appId()).orElseThrow();
            secrets.add(current.token().reveal());
            texts.add(current.toString());

            PublishTicket t = c.publishing().publish(WeChatTestSupport.publishRequest(sim, "redact-1", "脱敏"));
            texts.add(t.toString());
            for (Fault f : new Fault[] {Fault.TOKEN_EXPIRED, Fault.MALFORMED_JSON, Fault.RATE_LIMITED, Fault.SERVER_ERROR}) {
                sim.failNext(f, 10);
                Throwable e = catchThrowable(
                        () -> c.contentMetrics().contentMetrics(c.account(), WeChatTestSupport.lastDays(1)));
                assertThat(e).as("ten %s faults in a row end in an exception", f).isNotNull();
                for (Throwable x = e; x != null; x = x.getCause()) {
                    texts.add(String.valueOf(x.getMessage()));
                    texts.add(x.toString());
                }
                sim.clearFaults();
            }
            secrets.add(store.get("wechat-oa:" + sim.appId()).orElseThrow().token().reveal());

            WebhookRequest push = sim.pushes().textMessage("o-fan", "hi", true);
            secrets.add(push.query().get("signature"));
            secrets.add(push.query().get("msg_signature"));
            c.webhooks().handle(push);
            Map<String, String> forged = new HashMap<>(push.query());
            forged.put("msg_signature", "f".repeat(40));
            secrets.add(forged.get("msg_signature"));
            Throwable refused = catchThrowable(
                    () -> c.webhooks().handle(new WebhookRequest("POST", forged, Map.of(), push.body())));
            assertThat(refused).isInstanceOf(AuthenticationException.class);
            for (Throwable x = refused; x != null; x = x.getCause()) {
                texts.add(String.valueOf(x.getMessage()));
                texts.add(x.toString());
            }
            texts.add(push.toString());
            ConnectorConfig config = WeChatTestSupport.config(sim, Duration.ofSeconds(1));
            texts.add(config.toString());
            texts.add(config.credentials().toString());
            texts.add(c.toString());
            texts.add(store.toString());
            texts.add(c.executor().toString());
            texts.add(Credentials.builder().secret("appSecret", sim.appSecret()).build().toString());
        }
        texts.addAll(CapturingLogProvider.lines());

        assertThat(CapturingLogProvider.lines()).as("HTTP traffic was logged at all")
                .anySatisfy(l -> assertThat(l).contains("access_token=****"))
                .anySatisfy(l -> assertThat(l).contains("\"access_token\":\"****\""));
        assertThat(secrets).allSatisfy(s -> assertThat(s).isNotBlank());
        for (String text : texts) {
            for (String secret : secrets) {
                assertThat(text).as("leaks a secret").doesNotContain(secret);
            }
            assertThat(text).doesNotContain("SIMTOKEN_");
        }
    }
}
