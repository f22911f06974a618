package io.github.mediaops.core.search;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.platform.Platform;
import io.github.mediaops.core.validate.Checks;
import java.time.LocalDate;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Where the brand's content stood in one platform's search results for one keyword on one day (搜索排名),
 * imported or crawled by the host.
 *
 * <pre>{@code
 * KeywordRank r = KeywordRank.ranked(Platform.XIAOHONGSHU, "防晒霜", LocalDate.of(2026, 12, 1), 4, RankSource.CRAWL)
 *         .withSearchVolume(12_000);
 * KeywordRank gone = KeywordRank.notRanked(Platform.XIAOHONGSHU, "防晒霜", LocalDate.of(2026, 12, 2), RankSource.CRAWL);
 * }</pre>
 *
 * @param platform     the platform searched
 * @param keyword      the search term as typed; never blank
 * @param day          the day of the observation (local to the platform's reporting zone)
 * @param rank         the 1-based position of the brand's best result; empty when it was not in the results read
 * @param searchVolume how many searches the keyword had that day, when the source reports it; never negative
 * @param resultCount  how many results the search returned, when the source reports it; never negative
 * @param source       where the observation came from
 *
 * @since 0.1.0
 */
public record KeywordRank(Platform platform, String keyword, LocalDate day, OptionalInt rank, OptionalLong searchVolume,
                          OptionalLong resultCount, RankSource source) {
    /** Validates the components; a bad value fails with the field and the value named. */
    public KeywordRank {
        Checks.notNull(platform, "platform");
        Checks.notBlank(keyword, "keyword");
        Checks.notNull(day, "day");
        Checks.notNull(rank, "rank");
        Checks.notNull(searchVolume, "searchVolume");
        Checks.notNull(resultCount, "resultCount");
        Checks.notNull(source, "source");
        if (rank.isPresent()) {
            Checks.positive(rank.getAsInt(), "rank");
        }
        if (searchVolume.isPresent()) {
            Checks.nonNegative(searchVolume.getAsLong(), "searchVolume");
        }
        if (resultCount.isPresent()) {
            Checks.nonNegative(resultCount.getAsLong(), "resultCount");
            if (rank.isPresent() && rank.getAsInt() > resultCount.getAsLong()) {
                throw new InvalidValueException("rank", "rank " + rank.getAsInt() + " is beyond resultCount "
                        + resultCount.getAsLong() + " for keyword " + Checks.show(keyword) + " on " + day);
            }
        }
    }

    /**
     * An observation where the brand's best result was at {@code rank}.
     *
     * @param platform the platform searched
     * @param keyword  the search term
     * @param day      the day observed
     * @param rank     the 1-based position
     * @param source   where the observation came from
     * @return the observation, without search volume or result count
     */
    public static KeywordRank ranked(Platform platform, String keyword, LocalDate day, int rank, RankSource source) {
        return new KeywordRank(platform, keyword, day, OptionalInt.of(Checks.positive(rank, "rank")), OptionalLong.empty(),
                OptionalLong.empty(), source);
    }

    /**
     * An observation where none of the brand's content was in the results read.
     *
     * @param platform the platform searched
     * @param keyword  the search term
     * @param day      the day observed
     * @param source   where the observation came from
     * @return the observation, without search volume or result count
     */
    public static KeywordRank notRanked(Platform platform, String keyword, LocalDate day, RankSource source) {
        return new KeywordRank(platform, keyword, day, OptionalInt.empty(), OptionalLong.empty(), OptionalLong.empty(),
                source);
    }

    /**
     * This observation with the keyword's search volume for the day.
     *
     * @param volume searches that day; never negative
     * @return a copy with {@code searchVolume} set
     */
    public KeywordRank withSearchVolume(long volume) {
        return new KeywordRank(platform, keyword, day, rank, OptionalLong.of(Checks.nonNegative(volume, "searchVolume")),
                resultCount, source);
    }

    /**
     * This observation with the number of results the search returned.
     *
     * @param count results returned; never negative
     * @return a copy with {@code resultCount} set
     */
    public KeywordRank withResultCount(long count) {
        return new KeywordRank(platform, keyword, day, rank, searchVolume,
                OptionalLong.of(Checks.nonNegative(count, "resultCount")), source);
    }

    /**
     * Whether the brand was in the results at position {@code n} or better.
     *
     * @param n the cut-off, e.g. 10 for the first page on most platforms
     * @return true when ranked at {@code 1..n}
     */
    public boolean inTop(int n) {
        Checks.positive(n, "n");
        return rank.isPresent() && rank.getAsInt() <= n;
    }
}
