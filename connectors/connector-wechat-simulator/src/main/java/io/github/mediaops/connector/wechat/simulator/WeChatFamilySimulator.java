package io.github.mediaops.connector.wechat.simulator;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.sun.net.httpserver.HttpExchange;
import io.github.mediaops.connector.tck.Fault;
import io.github.mediaops.connector.tck.LoopbackServer;
import io.github.mediaops.connector.tck.LoopbackSimulator;
import io.github.mediaops.connector.tck.NativeFaults;
import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The HTTP side the WeChat-family app-token simulators share (WeChat Channels / Weixin Store, WeCom): one token
 * endpoint whose tokens the {@link #tokens()} ledger keeps (its requests counted in {@link #tokenRequests()}), API
 * calls refused as WeChat refuses them when their {@code access_token} is missing, unknown or expired, errors as
 * {@code {"errcode","errmsg"}} on HTTP 200 ({@link #error}) and injected faults in the platform's own codes. A
 * subclass writes its token answer and its API answers, and calls {@link #start()} last in its constructor.
 */
public abstract class WeChatFamilySimulator extends LoopbackSimulator {
    private static final String JSON = "application/json";

    private final WeChatFamilyTokenLedger tokens;
    private final String tokenPath;
    private final NativeFaults nativeFaults;
    private final String malformedJson;

    /**
     * @param clock         the clock tokens expire on
     * @param tokenPath     the token endpoint's path, e.g. {@code /cgi-bin/gettoken}
     * @param nativeFaults  the platform's codes for the platform-coded faults
     * @param malformedJson the cut-off answer {@link Fault#MALFORMED_JSON} sends
     */
    protected WeChatFamilySimulator(Clock clock, String tokenPath, NativeFaults nativeFaults, String malformedJson) {
        this.tokens = new WeChatFamilyTokenLedger(Objects.requireNonNull(clock, "clock"));
        this.tokenPath = Objects.requireNonNull(tokenPath, "tokenPath");
        this.nativeFaults = Objects.requireNonNull(nativeFaults, "nativeFaults");
        this.malformedJson = Objects.requireNonNull(malformedJson, "malformedJson");
        tokenEndpointAt(tokenPath);
    }

    /** The tokens issued so far. */
    protected final WeChatFamilyTokenLedger tokens() {
        return tokens;
    }

    /** Answers a request to the token endpoint (WeChat's JSON), whatever its credentials. */
    protected abstract String token(Map<String, String> query, byte[] body);

    /** Answers an API call whose {@code access_token} is live (WeChat's JSON, errors included). */
    protected abstract String answer(String path, Map<String, String> query, byte[] body);

    @Override
    protected final void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        Map<String, String> q = LoopbackServer.form(ex.getRequestURI().getRawQuery());
        byte[] raw = ex.getRequestBody().readAllBytes();
        if (path.equals(tokenPath)) {
            reply(ex, 200, JSON, token(q, raw));
            return;
        }
        Fault fault = nextFault();
        if (fault != null && answerFault(ex, fault, nativeFaults.bodies(WeChatFamilySimulator::error), malformedJson,
                () -> api(path, q, raw))) {
            return;
        }
        reply(ex, 200, JSON, api(path, q, raw));
    }

    private synchronized String api(String path, Map<String, String> q, byte[] raw) {
        Optional<WeChatFamilyTokenLedger.Refusal> refused = tokens.refusal(q.get("access_token"));
        if (refused.isPresent()) {
            return error(refused.get().errcode(), refused.get().errmsg());
        }
        return answer(path, q, raw);
    }

    /** Every token issued so far is expired. */
    @Override
    public synchronized void expireTokens() {
        tokens.expireAll();
    }

    /** WeChat's error body: {@code {"errcode":code,"errmsg":message}}. */
    protected static String error(int code, String message) {
        return JsonNodeFactory.instance.objectNode().put("errcode", code).put("errmsg", message).toString();
    }
}
