package io.github.mediaops.analytics.planning.live;

import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Participation in a topic or hashtag challenge: participants (distinct authors), UGC volume (posts),
 * reach (summed views) and participation per local day.
 *
 * @param participants distinct authors in the period
 * @param posts        posts in the period
 * @param reach        summed views of those posts
 * @param days         one per day of the period
 * @param outside      posts outside the period (not counted)
 */
public record TopicChallenge(int participants, int posts, long reach, List<Day> days, int outside) {

    public TopicChallenge {
        Checks.nonNegative(participants, "participants");
        Checks.nonNegative(posts, "posts");
        Checks.nonNegative(reach, "reach");
        days = Checks.listOf(days, "days");
        Checks.nonNegative(outside, "outside");
    }

    /**
     * One day.
     *
     * @param date                   the day
     * @param posts                  posts that day
     * @param newParticipants        authors posting for the first time
     * @param cumulativeParticipants authors so far
     */
    public record Day(LocalDate date, int posts, int newParticipants, int cumulativeParticipants) {
    }

    /** @throws InvalidValueException if a post id repeats */
    public static TopicChallenge of(List<TopicPost> posts, DateRange period, ZoneId zone) {
        List<TopicPost> list = new ArrayList<>(Checks.listOf(posts, "posts"));
        Checks.notNull(period, "period");
        Checks.notNull(zone, "zone");
        list.sort(java.util.Comparator.comparing(TopicPost::at));
        Set<String> ids = new HashSet<>();
        Set<String> authors = new HashSet<>();
        int[] perDay = new int[(int) period.days()];
        int[] newPerDay = new int[perDay.length];
        long reach = 0;
        int counted = 0;
        int outside = 0;
        for (TopicPost p : list) {
            if (!ids.add(p.postId())) {
                throw new InvalidValueException("posts", "duplicate post " + Checks.show(p.postId()));
            }
            LocalDate d = p.at().atZone(zone).toLocalDate();
            if (!period.contains(d)) {
                outside++;
                continue;
            }
            int i = (int) java.time.temporal.ChronoUnit.DAYS.between(period.start(), d);
            perDay[i]++;
            counted++;
            reach += p.views();
            if (authors.add(p.userId())) {
                newPerDay[i]++;
            }
        }
        List<Day> days = new ArrayList<>();
        int cumulative = 0;
        for (int i = 0; i < perDay.length; i++) {
            cumulative += newPerDay[i];
            days.add(new Day(period.start().plusDays(i), perDay[i], newPerDay[i], cumulative));
        }
        return new TopicChallenge(authors.size(), counted, reach, List.copyOf(days), outside);
    }
}
