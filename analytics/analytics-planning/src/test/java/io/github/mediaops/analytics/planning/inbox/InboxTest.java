package io.github.mediaops.analytics.planning.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.compliance.ComplianceChecker;
import io.github.mediaops.core.engagement.Author;
import io.github.mediaops.core.engagement.Comment;
import io.github.mediaops.core.engagement.MessageKind;
import io.github.mediaops.core.engagement.PrivateMessage;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.platform.Platform;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InboxTest {
    private static final ComplianceChecker COMPLIANCE = ComplianceChecker.withBundledDictionary();

    private static final Instant T = Instant.parse("2026-11-28T02:00:00Z");
    private final InboxTriage triage = InboxTriage.defaults();

    private static InboxItem item(String id, String text) {
        return InboxItem.of(Comment.of(Platform.DOUYIN, "v1", id, new Author("u-" + id, "fan"), T, text));
    }

    @Test
    void classifies_intents_with_the_default_rules() {
        assertThat(triage.triage(item("1", "吃了你们的产品中毒了，我要找媒体曝光")).intent()).isEqualTo(Intent.CRISIS);
        assertThat(triage.triage(item("2", "质量问题，我要退款")).intent()).isEqualTo(Intent.COMPLAINT);
        assertThat(triage.triage(item("3", "这个多少钱，求链接")).intent()).isEqualTo(Intent.PURCHASE_INTENT);
        assertThat(triage.triage(item("4", "什么时候发货？")).intent()).isEqualTo(Intent.QUESTION);
        assertThat(triage.triage(item("5", "超级喜欢")).intent()).isEqualTo(Intent.PRAISE);
        assertThat(triage.triage(item("6", "兼职日结加微信")).intent()).isEqualTo(Intent.SPAM);
        Triage other = triage.triage(item("7", "哈哈哈"));
        assertThat(other.intent()).isEqualTo(Intent.OTHER);
        assertThat(other.queue()).isEqualTo("care");
        assertThat(other.matchedRule()).isEmpty();
    }

    @Test
    void most_urgent_matching_rule_wins_and_full_width_text_is_normalised() {
        // praise (P4) and crisis (P1) both match: crisis wins
        Triage t = triage.triage(item("1", "很喜欢，但孩子用了受伤了"));
        assertThat(t.intent()).isEqualTo(Intent.CRISIS);
        assertThat(t.priority()).isEqualTo(Priority.P1);
        assertThat(t.queue()).isEqualTo("pr");
        assertThat(t.keyword()).isEqualTo("受伤");
        assertThat(t.firstResponseDue()).isEqualTo(T.plus(Duration.ofMinutes(15)));
        assertThat(t.resolutionDue()).isEqualTo(T.plus(Duration.ofHours(4)));
        // full-width "ＲＥＦＵＮＤ" normalises to "refund"
        assertThat(triage.triage(item("2", "ＲＥＦＵＮＤ please")).intent()).isEqualTo(Intent.COMPLAINT);
    }

    @Test
    void rules_are_data() {
        InboxTriage custom = InboxTriage.of(List.of(TriageRule.builder().id("vip").intent(Intent.PURCHASE_INTENT).keywords(List.of("团购")).priority(Priority.P1).queue("key-accounts").build()),
                SlaPolicy.DEFAULT, "general");
        assertThat(custom.triage(item("1", "公司团购100件")).queue()).isEqualTo("key-accounts");
        assertThat(custom.triage(item("2", "退款")).intent()).isEqualTo(Intent.OTHER);
        assertThatThrownBy(() -> InboxTriage.of(List.of(TriageRule.DEFAULTS.get(0), TriageRule.DEFAULTS.get(0)), SlaPolicy.DEFAULT, "q"))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new SlaPolicy(Map.of(Priority.P1, Duration.ofMinutes(5)), SlaPolicy.DEFAULT.resolution()))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("P2");
    }

    @Test
    void messages_are_accepted_only_inbound_and_queue_is_sorted_by_urgency() {
        AccountRef wx = AccountRef.of(Platform.WECHAT_OFFICIAL_ACCOUNT, "gh_x");
        PrivateMessage in = new PrivateMessage(wx, "m1", true, new Author("o1", ""), T.plusSeconds(5), MessageKind.TEXT, "怎么买");
        PrivateMessage out = new PrivateMessage(wx, "m2", false, new Author("o1", ""), T, MessageKind.TEXT, "您好");
        assertThat(InboxItem.of(in).id()).isEqualTo("wechat-oa:m:m1");
        assertThatThrownBy(() -> InboxItem.of(out)).isInstanceOf(InvalidValueException.class);
        List<Triage> q = triage.triageAll(List.of(item("a", "超级喜欢"), InboxItem.of(in), item("b", "中毒")));
        assertThat(q).extracting(Triage::priority).containsExactly(Priority.P1, Priority.P2, Priority.P4);
    }

    @Test
    void kpis_count_response_times_sla_attainment_and_open_breaches() {
        Triage p2 = triage.triage(item("1", "退款"));        // 1 h / 24 h
        Triage p3 = triage.triage(item("2", "请问几号发货")); // 4 h / 48 h
        Triage p1 = triage.triage(item("3", "起诉你们"));     // 15 min / 4 h
        Triage p4 = triage.triage(item("4", "赞"));          // 24 h / 7 d
        List<Ticket> tickets = List.of(
                Ticket.open(p2).withFirstResponseAt(T.plus(Duration.ofMinutes(30))).withResolvedAt(T.plus(Duration.ofHours(5))),
                Ticket.open(p3).withFirstResponseAt(T.plus(Duration.ofHours(5))),
                Ticket.open(p1),
                Ticket.open(p4));
        InboxKpis k = InboxKpis.of(tickets, Clock.fixed(T.plus(Duration.ofHours(6)), ZoneOffset.UTC));
        assertThat(k.items()).isEqualTo(4);
        assertThat(k.responded()).isEqualTo(2);
        assertThat(k.medianFirstResponse()).contains(Duration.ofMinutes(30));   // nearest rank: ceil(0.5*2) = 1st
        assertThat(k.p90FirstResponse()).contains(Duration.ofHours(5));
        assertThat(k.medianResolution()).contains(Duration.ofHours(5));
        // first response: p2 on time, p3 late (5 h > 4 h), p1 open and past 15 min; p4 open, not yet due
        assertThat(k.firstResponseSla()).isEqualTo(1.0 / 3);
        // resolution: p2 on time; p1 open past 4 h; others not yet due
        assertThat(k.resolutionSla()).isEqualTo(0.5);
        assertThat(k.breachingNow()).isEqualTo(1);
        assertThat(k.byIntent()).containsEntry(Intent.COMPLAINT, 1).containsEntry(Intent.CRISIS, 1);
        assertThat(InboxKpis.of(List.of(), Clock.systemUTC()).firstResponseSla()).isNaN();
        assertThatThrownBy(() -> Ticket.open(p2).withFirstResponseAt(T.minusSeconds(1))).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void templates_fill_variables_and_check_platform_limits() {
        ReplyTemplate t = ReplyTemplate.named("thanks").text("感谢{name}的支持！{{优惠码}}: {code}");
        assertThat(t.variables()).containsExactly("name", "code");
        ReplyTemplate.Rendered r = t.render(Map.of("name", "小王", "code", "XMAS26"), Platform.WEIBO,
                Map.of(Platform.WEIBO, ReplyTemplate.WEIBO_COMMENT_LIMIT), COMPLIANCE);
        assertThat(r.text()).isEqualTo("感谢小王的支持！{优惠码}: XMAS26");
        assertThat(r.length()).isEqualTo(21); // 8 + 5 + 2 + 6
        assertThat(r.fits()).isTrue();
        assertThat(r.compliant()).isTrue();
        assertThat(r.sendable()).isTrue();
        ReplyTemplate.Rendered longer = t.render(Map.of("name", "很".repeat(130), "code", "X"), Platform.WEIBO,
                Map.of(Platform.WEIBO, 140), COMPLIANCE);
        assertThat(longer.fits()).isFalse();
        assertThat(t.render(Map.of("name", "a", "code", "b"), Platform.DOUYIN, Map.of(), COMPLIANCE).limit()).isEqualTo(Integer.MAX_VALUE);
        assertThatThrownBy(() -> t.render(Map.of("name", "x"), Platform.WEIBO, Map.of(), COMPLIANCE))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("{code}");
        assertThatThrownBy(() -> ReplyTemplate.named("bad").text("hi {name")).isInstanceOf(InvalidValueException.class);
        // emoji outside the BMP count as one character
        assertThat(ReplyTemplate.named("e").text("👍{x}").render(Map.of("x", "😀"), Platform.WEIBO, Map.of(), COMPLIANCE).length()).isEqualTo(2);
    }

    @Test
    void every_rendered_reply_passes_the_compliance_checker_including_its_variables() {
        ReplyTemplate t = ReplyTemplate.named("promo").text("{name}，这款是{claim}的选择，点链接下单");
        ReplyTemplate.Rendered clean = t.render(Map.of("name", "小王", "claim", "很受欢迎"), Platform.DOUYIN, Map.of(),
                COMPLIANCE);
        assertThat(clean.sendable()).isTrue();
        ReplyTemplate.Rendered absolute = t.render(Map.of("name", "小王", "claim", "全网最佳"), Platform.DOUYIN, Map.of(),
                COMPLIANCE);
        assertThat(absolute.compliant()).isFalse();
        assertThat(absolute.sendable()).as("within the length limit but not compliant").isFalse();
        assertThat(absolute.fits()).isTrue();
        assertThat(absolute.findings()).anySatisfy(f -> {
            assertThat(f.field()).isEqualTo("reply");
            assertThat(f.matched()).isEqualTo("最佳");
            assertThat(absolute.text().substring(f.start(), f.end())).isEqualTo("最佳");
        });
    }
}
