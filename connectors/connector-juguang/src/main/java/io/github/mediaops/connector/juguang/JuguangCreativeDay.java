package io.github.mediaops.connector.juguang;

import io.github.mediaops.core.metrics.AdPerformance;
import io.github.mediaops.core.validate.Checks;
import java.util.Optional;

/**
 * One day of one 聚光 creative with the note it promotes, so that the ad spend and the note's own metrics (from the
 * creator-center import or a hand-off record) can be joined on the note id.
 *
 * @param performance the day's spend and metrics; {@code adId} is the {@code creativity_id}
 * @param noteId      the promoted note's id ({@code note_id}), or {@code null} when the creative promotes no note
 */
public record JuguangCreativeDay(AdPerformance performance, String noteId) {
    public JuguangCreativeDay {
        Checks.notNull(performance, "performance");
        Checks.blankToNullRejected(noteId, "noteId");
    }

    /** The promoted note's id, if the creative promotes a note. */
    public Optional<String> note() {
        return Optional.ofNullable(noteId);
    }
}
