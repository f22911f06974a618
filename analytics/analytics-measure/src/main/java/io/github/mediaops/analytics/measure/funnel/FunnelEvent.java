package io.github.mediaops.analytics.measure.funnel;

import io.github.mediaops.core.validate.Checks;
import java.time.Instant;

/**
 * A user reached a funnel step at an instant. Given by name, never by position (the user and the step
 * are both text):
 *
 * <pre>{@code
 * FunnelEvent e = FunnelEvent.user("u42").reached("content_view", Instant.parse("2026-11-20T10:15:00Z"));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class FunnelEvent {
    private final String userId;
    private final String step;
    private final Instant at;

    private FunnelEvent(String userId, String step, Instant at) {
        Checks.notBlank(userId, "userId");
        Checks.notBlank(step, "step");
        Checks.notNull(at, "at");
        this.userId = userId;
        this.step = step;
        this.at = at;
    }

    /**
     * Starts an event with the user; {@link ForUser#reached(String, Instant)} completes it.
     *
     * @param userId the user, never blank
     * @return the next step
     */
    public static ForUser user(String userId) {
        return new ForUser(Checks.notBlank(userId, "userId"));
    }

    /** An event with its user given; the step and the instant complete it. */
    public static final class ForUser {
        private final String userId;

        private ForUser(String userId) {
            this.userId = userId;
        }

        /**
         * The step the user reached, and when.
         *
         * @param step the step's name, e.g. {@code content_view}; never blank
         * @param at   when
         * @return the event
         */
        public FunnelEvent reached(String step, Instant at) {
            return new FunnelEvent(userId, step, at);
        }
    }

    /** @return the user, never blank */
    public String userId() {
        return userId;
    }

    /** @return the step's name, e.g. {@code content_view} */
    public String step() {
        return step;
    }

    /** @return when */
    public Instant at() {
        return at;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FunnelEvent o && userId.equals(o.userId) && step.equals(o.step) && at.equals(o.at);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(userId, step, at);
    }

    @Override
    public String toString() {
        return "FunnelEvent[" + "userId=" + userId + ", " + "step=" + step + ", " + "at=" + at + "]";
    }
}
