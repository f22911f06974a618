package io.github.mediaops.analytics.planning.leads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.lead.LeadAction;
import io.github.mediaops.core.lead.LeadEvent;
import io.github.mediaops.core.lead.Touchpoint;
import io.github.mediaops.core.lead.TrackingChannel;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.platform.Platform;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LeadsTest {
    private static final AccountRef DY = AccountRef.of(Platform.DOUYIN, "acme");
    private static final AccountRef XHS = AccountRef.of(Platform.XIAOHONGSHU, "acme");
    private static final Touchpoint QR = new Touchpoint("d11", "v1", DY, TrackingChannel.WECHAT_QR_SCENE);
    private static final Touchpoint WECOM = new Touchpoint("d11", "n7", XHS, TrackingChannel.WECOM_CONTACT_STATE);
    private static final Touchpoint MINI = new Touchpoint("d11", null, DY, TrackingChannel.MINI_PROGRAM);
    private static final Touchpoint LINK = new Touchpoint("xmas", "n9", XHS, TrackingChannel.UTM_LINK);
    private static final Instant T = Instant.parse("2026-11-10T12:00:00Z");

    @Test
    void codes_are_short_deterministic_and_fit_every_entry_point() {
        String code = TrackingCodes.code(QR);
        assertThat(code).hasSize(TrackingCodes.LENGTH).matches("m[0-9A-Za-z]{11}");
        assertThat(TrackingCodes.code(new Touchpoint("d11", "v1", DY, TrackingChannel.WECHAT_QR_SCENE))).isEqualTo(code);
        assertThat(TrackingCodes.code(WECOM)).isNotEqualTo(code);
        assertThat(code.length()).isLessThanOrEqualTo(TrackingCodes.WECOM_STATE_MAX)
                .isLessThanOrEqualTo(TrackingCodes.MINI_PROGRAM_SCENE_MAX).isLessThanOrEqualTo(TrackingCodes.WECHAT_SCENE_MAX);
        assertThat(TrackingCodes.miniProgramPath("pages/landing/index", MINI))
                .isEqualTo("pages/landing/index?mo=" + TrackingCodes.code(MINI));
        assertThatThrownBy(() -> TrackingCodes.miniProgramPath("/pages/x?a=1", MINI)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void extracts_codes_from_every_raw_form() {
        String c = TrackingCodes.code(QR);
        assertThat(TrackingCodes.extract(c)).contains(c);
        assertThat(TrackingCodes.extract("qrscene_" + c)).contains(c);
        assertThat(TrackingCodes.extract("mo=" + c)).contains(c);
        assertThat(TrackingCodes.extract("mo%3D" + c)).contains(c);
        assertThat(TrackingCodes.extract("pages/landing/index?mo=" + c)).contains(c);
        assertThat(TrackingCodes.extract("pages/landing/index?scene=mo%3D" + c)).contains(c);
        assertThat(TrackingCodes.extract("https://shop.example/x?utm_source=a&mo=" + c + "#top")).contains(c);
        assertThat(TrackingCodes.extract("qrscene_123")).isEmpty();
        assertThat(TrackingCodes.extract("%zz")).isEmpty();
        assertThat(TrackingCodes.extract(null)).isEmpty();
    }

    @Test
    void utm_links_round_trip_with_chinese_values_existing_query_and_fragment() {
        UtmParams utm = UtmParams.builder().source("xiaohongshu").medium("social").campaign("圣诞 礼物").content("n9").term("红色&绿色").build();
        String url = UtmLinks.tag("https://shop.example/p?id=7&utm_source=old#buy", utm, "mAbcdefghijk");
        assertThat(url).startsWith("https://shop.example/p?id=7&utm_source=xiaohongshu&utm_medium=social&utm_campaign=")
                .contains("%E5%9C%A3%E8%AF%9E%20%E7%A4%BC%E7%89%A9").contains("mo=mAbcdefghijk").endsWith("#buy")
                .doesNotContain("old");
        assertThat(UtmLinks.parse(url)).contains(utm);
        assertThat(UtmLinks.query(url)).containsEntry("id", "7");
        assertThat(UtmLinks.parse("https://shop.example/p?utm_source=x")).isEmpty();
        assertThatThrownBy(() -> UtmLinks.parse("http://bad url")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void attributes_leads_first_touch_and_counts_per_campaign_content_account_platform() {
        LeadAttribution a = LeadAttribution.of(List.of(QR, WECOM, MINI, LINK));
        List<LeadEvent> events = List.of(
                new LeadEvent("u1", LeadAction.SCAN, T, "qrscene_" + TrackingCodes.code(QR)),
                new LeadEvent("u1", LeadAction.ADD_CONTACT, T.plusSeconds(60), TrackingCodes.code(WECOM)),
                new LeadEvent("u2", LeadAction.ADD_CONTACT, T.plusSeconds(5), TrackingCodes.code(WECOM)),
                new LeadEvent("u3", LeadAction.SIGN_UP, T.plusSeconds(9), "pages/landing/index?mo=" + TrackingCodes.code(MINI)),
                new LeadEvent("u4", LeadAction.SIGN_UP, T.plusSeconds(9),
                        UtmLinks.tag("https://shop.example/xmas", UtmParams.builder().source("xiaohongshu").medium("social").campaign("xmas").build().withContent("n9"), null)),
                new LeadEvent("u5", LeadAction.FOLLOW, T.plusSeconds(9), null),
                new LeadEvent("u6", LeadAction.FOLLOW, T.plusSeconds(9), "qrscene_mZZZZZZZZZZZ"));
        LeadReport r = a.report(events, LeadAttribution.Rule.FIRST_TOUCH);
        assertThat(r.leads()).isEqualTo(6);
        assertThat(r.unattributed()).isEqualTo(2);
        assertThat(r.byCampaign()).isEqualTo(Map.of("d11", 3, "xmas", 1));
        assertThat(r.byContent()).isEqualTo(Map.of("v1", 1, "n7", 1, "n9", 1));
        assertThat(r.byAccount()).isEqualTo(Map.of(DY, 2, XHS, 2));
        assertThat(r.byPlatform()).isEqualTo(Map.of(Platform.DOUYIN, 2, Platform.XIAOHONGSHU, 2));
        assertThat(r.byAction()).containsEntry(LeadAction.ADD_CONTACT, 2).containsEntry(LeadAction.FOLLOW, 2);
        assertThat(r.attributions().get(0).credited()).contains(QR);

        LeadReport last = a.report(events, LeadAttribution.Rule.LAST_TOUCH);
        assertThat(last.attributions().get(0).credited()).contains(WECOM);
        assertThat(last.byContent()).isEqualTo(Map.of("n7", 2, "n9", 1));
    }

    @Test
    void ambiguous_utm_links_stay_unattributed_and_empty_history_gives_empty_report() {
        Touchpoint twin = new Touchpoint("xmas", "n9", AccountRef.of(Platform.XIAOHONGSHU, "other"), TrackingChannel.UTM_LINK);
        LeadAttribution a = LeadAttribution.of(List.of(LINK, twin));
        LeadEvent e = new LeadEvent("u", LeadAction.SIGN_UP, T,
                "https://shop.example/?utm_source=xiaohongshu&utm_medium=social&utm_campaign=xmas&utm_content=n9");
        assertThat(a.touchpointOf(e)).isEmpty();
        LeadReport empty = a.report(List.of(), LeadAttribution.Rule.FIRST_TOUCH);
        assertThat(empty.leads()).isZero();
        assertThat(empty.byCampaign()).isEmpty();
        assertThat(a.touchpointOf(new LeadEvent("u", LeadAction.SCAN, T, "not a url at all"))).isEmpty();
    }
}
