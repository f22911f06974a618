package io.github.mediaops.examples.tour;

import io.github.mediaops.analytics.planning.calendar.Backplanner;
import io.github.mediaops.analytics.planning.calendar.ChinaCalendar;
import io.github.mediaops.analytics.planning.calendar.ProductionTask;
import io.github.mediaops.analytics.planning.calendar.Stage;
import io.github.mediaops.connector.feishu.BitableCalendar;
import io.github.mediaops.connector.feishu.FeishuConnector;
import io.github.mediaops.connector.feishu.FeishuMessage;
import io.github.mediaops.connector.feishu.simulator.FeishuBotSimulator;
import io.github.mediaops.connector.feishu.simulator.FeishuOpenSimulator;
import io.github.mediaops.connector.trello.TrelloCard;
import io.github.mediaops.connector.trello.TrelloCardRequest;
import io.github.mediaops.connector.trello.TrelloConnector;
import io.github.mediaops.connector.trello.simulator.TrelloSimulator;
import io.github.mediaops.core.connector.ConnectorConfig;
import io.github.mediaops.core.connector.Credentials;
import io.github.mediaops.core.plan.PlanEntry;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.platform.Platform;
import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Collaboration: the week's plan posted as Feishu cards through a signed custom bot, and one entry as a
 * Trello card with its back-planned due date and a checklist per production stage, both on their local
 * simulators.
 */
public final class CollaborationTour {
    private static final ZoneId SH = ZoneId.of("Asia/Shanghai");

    private CollaborationTour() {
    }

    public static void run(PrintStream out) {
        out.println("== Collaboration: Feishu bot and Trello on their local simulators ==");
        AccountRef dy = AccountRef.of(Platform.DOUYIN, "acme");
        AccountRef wx = AccountRef.of(Platform.WECHAT_OFFICIAL_ACCOUNT, "gh_acme");
        List<PlanEntry> week = List.of(
                PlanEntry.planned("wx-1", ZonedDateTime.of(2026, 12, 8, 8, 0, 0, 0, SH), wx, "年终盘点", "li", null),
                PlanEntry.planned("dy-1", ZonedDateTime.of(2026, 12, 9, 18, 0, 0, 0, SH), dy, "开箱", "zhao", null),
                PlanEntry.planned("dy-2", ZonedDateTime.of(2026, 12, 12, 19, 0, 0, 0, SH), dy, "双12 直播预告", "zhao", null));

        try (FeishuBotSimulator bot = new FeishuBotSimulator(FeishuBotSimulator.HOOK_TOKEN, "tour-signing-secret", Clock.systemUTC());
             FeishuConnector feishu = FeishuConnector.builder(ConnectorConfig.builder()
                     .credentials(Credentials.builder().identifier("bot", "content-team")
                             .secret("hookToken", FeishuBotSimulator.HOOK_TOKEN).secret("signingSecret", "tour-signing-secret").build())
                     .baseUrl(bot.baseUrl()).build()).build()) {
            for (PlanEntry e : week) {
                String md = "**" + e.localTime().toLocalDate() + " " + e.localTime().toLocalTime() + "** · " + e.account()
                        + "\n负责人 " + e.owner();
                feishu.send(FeishuMessage.card("本周计划: " + e.title(), md, "blue"), "week-2026-50:" + e.id());
                feishu.send(FeishuMessage.card("本周计划: " + e.title(), md, "blue"), "week-2026-50:" + e.id()); // a retry
            }
            out.println("  Feishu: " + bot.delivered().size() + " signed cards delivered for " + week.size()
                    + " entries (retries de-duplicated by key); first header \""
                    + bot.delivered().get(0).at("/card/header/title/content").asText() + "\"");
        }

        // the same week kept as Bitable records by an internal app (tenant token in the TokenStore)
        try (FeishuOpenSimulator open = new FeishuOpenSimulator();
             FeishuConnector app = FeishuConnector.builder(ConnectorConfig.builder()
                     .credentials(Credentials.builder().identifier("appId", FeishuOpenSimulator.APP_ID)
                             .secret("appSecret", FeishuOpenSimulator.APP_SECRET).build())
                     .baseUrl(open.baseUrl()).build()).build()) {
            BitableCalendar calendar = app.calendar(FeishuOpenSimulator.APP_TOKEN, FeishuOpenSimulator.TABLE_ID);
            List<BitableCalendar.EntryRecord> records = week.stream().map(e -> calendar.create(e, "calendar:" + e.id())).toList();
            open.edit(records.get(0).recordId(), "状态", "制作中"); // a teammate moves it in Feishu
            out.println("  Feishu Bitable: " + open.records().size() + " calendar records, tenant token fetched " + open.tokenRequests() + "x; "
                    + week.get(0).id() + " synced back as " + calendar.syncStatus(week.get(0), records.get(0).recordId()).status());
        }

        PlanEntry live = week.get(2);
        List<ProductionTask> tasks = Backplanner.schedule(live,
                List.of(Stage.of("draft", 2), Stage.builder().name("review").workingDays(1).owner("wang").build(), Stage.builder().name("approval").workingDays(1).owner("li").build()),
                ChinaCalendar.standard());
        TrelloCardRequest request = TrelloCardRequest.of(TrelloSimulator.LISTS.get("Planned"), live.title(),
                "发布 " + live.localTime() + " · " + live.account()).dueAt(live.at());
        for (ProductionTask t : tasks) {
            List<String> items = new ArrayList<>();
            items.add(t.owner() + " 开始 " + t.start());
            items.add("完成 " + t.due().atTime(LocalTime.of(18, 0)));
            request = request.withChecklist(t.stage(), items);
        }
        try (TrelloSimulator board = new TrelloSimulator();
             TrelloConnector trello = TrelloConnector.builder(ConnectorConfig.builder()
                     .credentials(Credentials.builder().identifier("workspace", "content-team")
                             .secret("apiKey", TrelloSimulator.API_KEY).secret("token", TrelloSimulator.TOKEN).build())
                     .baseUrl(board.baseUrl()).build()).build()) {
            TrelloCard card = trello.createCard(request, "plan-2026-12:" + live.id());
            out.println("  Trello: card " + card.shortUrl() + " due " + board.cards().get(0).path("due").asText() + " with "
                    + card.checklistIds().size() + " stage checklists " + tasks.stream().map(ProductionTask::stage).toList()
                    + ", " + board.cards().get(0).at("/badges/checkItems").asInt() + " items");
        }
    }
}
