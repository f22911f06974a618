package io.github.mediaops.examples.tour;

import io.github.mediaops.analytics.planning.leads.LeadAttribution;
import io.github.mediaops.analytics.planning.leads.LeadReport;
import io.github.mediaops.analytics.planning.leads.TrackingCodes;
import io.github.mediaops.connector.wecom.ContactWay;
import io.github.mediaops.connector.wecom.ContactWayRequest;
import io.github.mediaops.connector.wecom.WeComConnector;
import io.github.mediaops.connector.wecom.simulator.WeComSimulator;
import io.github.mediaops.core.connector.ConnectorConfig;
import io.github.mediaops.core.connector.Credentials;
import io.github.mediaops.core.connector.WebhookEvent;
import io.github.mediaops.core.lead.LeadEvent;
import io.github.mediaops.core.lead.Touchpoint;
import io.github.mediaops.core.lead.TrackingChannel;
import io.github.mediaops.core.plan.PlanEntry;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.platform.Platform;
import java.io.PrintStream;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Private traffic (私域) on the WeCom simulator: a planned Xiaohongshu note gets a 「联系我」 contact way whose state is
 * the note's tracking code; a reader scans it, WeCom's encrypted {@code add_external_contact} callback comes in, and
 * the lead report credits the note.
 */
public final class WeComTour {
    private static final ZoneId SH = ZoneId.of("Asia/Shanghai");

    private WeComTour() {
    }

    public static void run(PrintStream out) {
        out.println("== Private traffic: WeCom lead capture on its local simulator ==");
        AccountRef xhs = AccountRef.of(Platform.XIAOHONGSHU, "acme");
        PlanEntry note = PlanEntry.planned("xhs-0428", ZonedDateTime.of(2026, 12, 10, 20, 0, 0, 0, SH), xhs, "秋冬护肤清单", "lin", "d12")
                .withContent("note-0428");
        Touchpoint tp = new Touchpoint(note.themeName().orElseThrow(), note.content().orElseThrow(), note.account(),
                TrackingChannel.WECOM_CONTACT_STATE);
        String state = TrackingCodes.code(tp);
        try (WeComSimulator sim = new WeComSimulator();
             WeComConnector wecom = WeComConnector.builder(ConnectorConfig.builder()
                     .credentials(Credentials.builder().identifier("corpId", WeComSimulator.CORP_ID)
                             .secret("corpSecret", WeComSimulator.CORP_SECRET).secret("token", WeComSimulator.CALLBACK_TOKEN)
                             .secret("encodingAesKey", WeComSimulator.ENCODING_AES_KEY).build())
                     .baseUrl(sim.baseUrl()).build()).build()) {
            ContactWay way = wecom.leadCapture().createContactWay(ContactWayRequest.builder(state, "zhangsan")
                    .remark("小红书 " + note.content().orElseThrow()).build());
            out.println("  contact way " + way.configId().substring(0, 8) + "… for " + note.content().orElseThrow()
                    + " with state " + way.state());
            List<LeadEvent> leads = new ArrayList<>();
            for (String reader : List.of("wmReader0001", "wmReader0002")) {
                for (WebhookEvent e : wecom.webhooks().handle(sim.customerAdds(way.configId(), reader, reader)).events()) {
                    if (e instanceof WebhookEvent.LeadReceived lead) {
                        leads.add(lead.lead());
                    }
                }
            }
            LeadReport report = LeadAttribution.of(List.of(tp)).report(leads, LeadAttribution.Rule.FIRST_TOUCH);
            out.println("  " + leads.size() + " add_external_contact callbacks decrypted -> " + report.leads()
                    + " leads, by content " + report.byContent() + ", by platform " + report.byPlatform());
        }
    }
}
