package io.github.mediaops.examples.wecom;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.mediaops.analytics.planning.leads.AttributedLead;
import io.github.mediaops.analytics.planning.leads.LeadAttribution;
import io.github.mediaops.analytics.planning.leads.LeadReport;
import io.github.mediaops.analytics.planning.leads.TrackingCodes;
import io.github.mediaops.connector.wecom.ContactWay;
import io.github.mediaops.connector.wecom.ContactWayRequest;
import io.github.mediaops.connector.wecom.WeComConnector;
import io.github.mediaops.connector.wecom.simulator.WeComCallbackEmitter;
import io.github.mediaops.connector.wecom.simulator.WeComSimulator;
import io.github.mediaops.core.connector.ConnectorConfig;
import io.github.mediaops.core.connector.Credentials;
import io.github.mediaops.core.connector.WebhookEvent;
import io.github.mediaops.core.connector.WebhookRequest;
import io.github.mediaops.core.connector.WebhookResult;
import io.github.mediaops.core.lead.LeadAction;
import io.github.mediaops.core.lead.LeadEvent;
import io.github.mediaops.core.lead.Touchpoint;
import io.github.mediaops.core.lead.TrackingChannel;
import io.github.mediaops.core.plan.ContentPlan;
import io.github.mediaops.core.plan.PlanEntry;
import io.github.mediaops.core.plan.PlanTheme;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.platform.Platform;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 18's done-when: from a planned post to a WeCom contact way with its state, a simulated, encrypted
 * {@code add_external_contact} callback delivered over HTTP to the host's callback endpoint, and a lead attributed to
 * that post in the lead report.
 */
class PostToWeComLeadTest {
    private static final ZoneId SH = ZoneId.of("Asia/Shanghai");
    private final WeComSimulator wecomPlatform = new WeComSimulator();
    private final WeComConnector wecom = WeComConnector.builder(ConnectorConfig.builder()
            .credentials(Credentials.builder().identifier("corpId", WeComSimulator.CORP_ID)
                    .secret("corpSecret", WeComSimulator.CORP_SECRET).secret("token", WeComSimulator.CALLBACK_TOKEN)
                    .secret("encodingAesKey", WeComSimulator.ENCODING_AES_KEY).build())
            .baseUrl(wecomPlatform.baseUrl()).build()).build();
    private final List<LeadEvent> leads = new CopyOnWriteArrayList<>();
    private final HttpServer host = callbackEndpoint();

    /** The host application's callback URL: raw request in, the connector's answer out, leads kept. */
    private HttpServer callbackEndpoint() {
        try {
            HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            s.createContext("/wecom/callback", this::receive);
            s.start();
            return s;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void receive(HttpExchange ex) throws IOException {
        try (ex) {
            Map<String, String> query = new HashMap<>();
            for (String kv : ex.getRequestURI().getRawQuery().split("&")) {
                int i = kv.indexOf('=');
                query.put(kv.substring(0, i), URLDecoder.decode(kv.substring(i + 1), StandardCharsets.UTF_8));
            }
            WebhookResult r = wecom.webhooks().handle(new WebhookRequest(ex.getRequestMethod(), query, Map.of(),
                    ex.getRequestBody().readAllBytes()));
            r.events().stream().filter(WebhookEvent.LeadReceived.class::isInstance)
                    .forEach(e -> leads.add(((WebhookEvent.LeadReceived) e).lead()));
            byte[] body = r.response().bodyBytes();
            ex.sendResponseHeaders(r.response().status(), body.length == 0 ? -1 : body.length);
            ex.getResponseBody().write(body);
        }
    }

    private URI callbackUrl() {
        return URI.create("http://127.0.0.1:" + host.getAddress().getPort() + "/wecom/callback");
    }

    @AfterEach
    void close() {
        host.stop(0);
        wecom.close();
        wecomPlatform.close();
    }

    @Test
    void a_planned_post_brings_a_wecom_contact_credited_to_it_in_the_lead_report() {
        // the month's calendar: two Xiaohongshu notes and a Douyin video of the 双12 campaign
        AccountRef xhs = AccountRef.of(Platform.XIAOHONGSHU, "acme");
        AccountRef dy = AccountRef.of(Platform.DOUYIN, "acme");
        ContentPlan plan = ContentPlan.forMonth("p-2026-12", "十二月", YearMonth.of(2026, 12), SH)
                .withTheme(new PlanTheme("d12", "双12 大促", List.of("护肤", "直播")))
                .withEntry(PlanEntry.planned("e1", ZonedDateTime.of(2026, 12, 10, 20, 0, 0, 0, SH), xhs, "秋冬护肤清单", "lin", "d12")
                        .withContent("note-0428"))
                .withEntry(PlanEntry.planned("e2", ZonedDateTime.of(2026, 12, 11, 20, 0, 0, 0, SH), xhs, "平价面霜", "lin", "d12")
                        .withContent("note-0429"))
                .withEntry(PlanEntry.planned("e3", ZonedDateTime.of(2026, 12, 12, 19, 0, 0, 0, SH), dy, "双12 直播预告", "zhao", "d12")
                        .withContent("video-77"));
        List<Touchpoint> touchpoints = plan.entries().stream().map(e -> new Touchpoint(e.themeName().orElseThrow(),
                e.content().orElseThrow(), e.account(), TrackingChannel.WECOM_CONTACT_STATE)).toList();

        // one contact way per post, its state the post's tracking code
        Map<String, ContactWay> ways = new HashMap<>();
        for (Touchpoint t : touchpoints) {
            ways.put(t.contentId(), wecom.leadCapture().createContactWay(ContactWayRequest.builder(TrackingCodes.code(t), "zhangsan")
                    .remark(t.contentId()).build()));
        }
        ContactWay noteWay = ways.get("note-0428");
        assertThat(noteWay.state()).isEqualTo(TrackingCodes.code(touchpoints.get(0))).hasSize(TrackingCodes.LENGTH);
        assertThat(wecomPlatform.contactWays().get(noteWay.configId()).get("state").asText()).isEqualTo(noteWay.state());

        // a reader of note-0428 scans its QR code; WeCom posts the encrypted callback to the host's URL
        WebhookRequest callback = wecomPlatform.customerAdds(noteWay.configId(), "wmReaderOfNote0428", "小王");
        WeComCallbackEmitter.Answer answer = WeComCallbackEmitter.deliver(callbackUrl(), callback);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).as("an empty answer acknowledges a WeCom callback").isEmpty();
        assertThat(WeComCallbackEmitter.deliver(callbackUrl(), callback).status()).as("WeCom's retry").isEqualTo(200);
        // a viewer of the Douyin video adds through its contact way, and someone adds without any state
        WeComCallbackEmitter.deliver(callbackUrl(), wecomPlatform.customerAdds(ways.get("video-77").configId(), "wmViewer77", "小李"));
        WeComCallbackEmitter.deliver(callbackUrl(), wecomPlatform.callbacks().contactAdded("lisi", "wmWalkIn", null, null));

        assertThat(leads).as("the retry is de-duplicated").hasSize(3);
        LeadReport report = LeadAttribution.of(touchpoints).report(leads, LeadAttribution.Rule.FIRST_TOUCH);
        assertThat(report.leads()).isEqualTo(3);
        assertThat(report.unattributed()).isEqualTo(1);
        assertThat(report.byContent()).containsExactly(Map.entry("note-0428", 1), Map.entry("video-77", 1));
        assertThat(report.byCampaign()).containsExactly(Map.entry("d12", 2));
        assertThat(report.byPlatform()).containsOnly(Map.entry(Platform.XIAOHONGSHU, 1), Map.entry(Platform.DOUYIN, 1));
        assertThat(report.byAction()).containsExactly(Map.entry(LeadAction.ADD_CONTACT, 3));
        AttributedLead reader = report.attributions().stream().filter(a -> a.leadId().equals("wmReaderOfNote0428")).findFirst()
                .orElseThrow();
        assertThat(reader.credited()).contains(touchpoints.get(0));
        assertThat(reader.event().tracking()).contains(noteWay.state());
        assertThat(wecom.customers().contact("wmReaderOfNote0428").follows()).singleElement()
                .satisfies(f -> assertThat(f.state()).contains(noteWay.state()));
    }
}
