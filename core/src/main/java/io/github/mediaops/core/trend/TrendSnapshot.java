package io.github.mediaops.core.trend;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.mediaops.core.validate.Checks;
import java.time.Instant;

/**
 * One topic's position on a trending list (热搜榜, 热榜) at one moment, as a connector reads it (Weibo hot
 * search, Douyin hot list) or a host scrapes it.
 *
 * @param board the list, e.g. "weibo-hot", "douyin-hot"
 * @param topic the topic text
 * @param at    when the list was read
 * @param rank  1 for the top
 * @param heat  the list's heat value (热度); 0 when the list shows none
 */
public record TrendSnapshot(String board, String topic, Instant at, @JsonProperty(required = true) int rank,
                            @JsonProperty(required = true) long heat) {
    public TrendSnapshot {
        Checks.notBlank(board, "board");
        Checks.notBlank(topic, "topic");
        Checks.notNull(at, "at");
        Checks.positive(rank, "rank");
        Checks.nonNegative(heat, "heat");
    }
}
