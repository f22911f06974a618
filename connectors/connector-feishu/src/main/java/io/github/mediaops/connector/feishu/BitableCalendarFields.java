package io.github.mediaops.connector.feishu;

import io.github.mediaops.core.plan.EntryStatus;
import io.github.mediaops.core.validate.Checks;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How a content-calendar entry ({@link io.github.mediaops.core.plan.PlanEntry}) is laid out in a Bitable
 * table: the names of its columns and the option labels of its single-select status column.
 *
 * <p>The defaults ({@link #defaults()}) are a text column 标题, a date column 发布时间 (Bitable dates are
 * epoch milliseconds), text columns 平台, 负责人 and 条目ID, and a single-select column 状态 with the options
 * 待开始 / 制作中 / 待发布 / 已排期 / 已发布 / 已取消 for the six {@link EntryStatus} values. The column
 * names must match the table's fields exactly (Feishu answers {@code 1254045 FieldNameNotFound} otherwise).
 *
 * @param title    column for the entry's title
 * @param at       date column for the slot
 * @param platform column for the platform's display name
 * @param owner    column for the owner
 * @param entryId  column for the entry's id (lets people and scripts find the entry again)
 * @param status   single-select column for the stage
 * @param labels   the status column's option label for each stage; every stage present, labels distinct
 */
public record BitableCalendarFields(String title, String at, String platform, String owner, String entryId,
                                    String status, Map<EntryStatus, String> labels) {
    public BitableCalendarFields {
        Checks.notBlank(title, "title");
        Checks.notBlank(at, "at");
        Checks.notBlank(platform, "platform");
        Checks.notBlank(owner, "owner");
        Checks.notBlank(entryId, "entryId");
        Checks.notBlank(status, "status");
        Checks.notNull(labels, "labels");
        EnumMap<EntryStatus, String> copy = new EnumMap<>(EntryStatus.class);
        for (EntryStatus s : EntryStatus.values()) {
            String label = labels.get(s);
            Checks.notBlank(label, "labels[" + s + "]");
            if (copy.containsValue(label)) {
                throw new io.github.mediaops.core.InvalidValueException("labels",
                        "status label '" + label + "' is used for two stages; each stage needs its own option");
            }
            copy.put(s, label);
        }
        labels = Map.copyOf(copy);
    }

    /** The default layout described above. */
    public static BitableCalendarFields defaults() {
        Map<EntryStatus, String> l = new LinkedHashMap<>();
        l.put(EntryStatus.PLANNED, "待开始");
        l.put(EntryStatus.IN_PRODUCTION, "制作中");
        l.put(EntryStatus.READY, "待发布");
        l.put(EntryStatus.SCHEDULED, "已排期");
        l.put(EntryStatus.PUBLISHED, "已发布");
        l.put(EntryStatus.CANCELLED, "已取消");
        return new BitableCalendarFields("标题", "发布时间", "平台", "负责人", "条目ID", "状态", l);
    }

    /** The stage whose option label is {@code label}, if any. */
    public Optional<EntryStatus> stageOf(String label) {
        return labels.entrySet().stream().filter(e -> e.getValue().equals(label)).map(Map.Entry::getKey).findFirst();
    }
}
