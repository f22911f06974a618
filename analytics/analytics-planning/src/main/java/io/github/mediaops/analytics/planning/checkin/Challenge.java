package io.github.mediaops.analytics.planning.checkin;

import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A check-in challenge: {@code days} consecutive local days from {@code start} in {@code zone}; a
 * participant earns the reward with at least {@code requiredDays} days checked in and a streak of at
 * least {@code requiredStreak} consecutive days.
 *
 * @since 0.1.0
 */
public final class Challenge {
    private final String id;
    private final LocalDate start;
    private final int days;
    private final ZoneId zone;
    private final int requiredDays;
    private final int requiredStreak;

    private Challenge(String id, LocalDate start, int days, ZoneId zone, int requiredDays, int requiredStreak) {
        Checks.notBlank(id, "id");
        Checks.notNull(start, "start");
        Checks.positive(days, "days");
        Checks.notNull(zone, "zone");
        Checks.positive(requiredDays, "requiredDays");
        Checks.nonNegative(requiredStreak, "requiredStreak");
        if (requiredDays > days || requiredStreak > days) {
            throw new InvalidValueException("requiredDays", "requirements (" + requiredDays + " days, streak " + requiredStreak
                    + ") exceed the challenge length " + days);
        }
        this.id = id;
        this.start = start;
        this.days = days;
        this.zone = zone;
        this.requiredDays = requiredDays;
        this.requiredStreak = requiredStreak;
    }

    /**
     * Starts a check-in challenge; {@link Builder#build()} names every required part that was not given.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder starting from this check-in challenge's parts.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.start = start;
        b.days = days;
        b.zone = zone;
        b.requiredDays = requiredDays;
        b.requiredStreak = requiredStreak;
        return b;
    }

    /** @return the challenge id */
    public String id() {
        return id;
    }

    /** @return first day */
    public LocalDate start() {
        return start;
    }

    /** @return length in days; at least 1 */
    public int days() {
        return days;
    }

    /** @return the zone days are counted in */
    public ZoneId zone() {
        return zone;
    }

    /** @return days needed for the reward; 1..days */
    public int requiredDays() {
        return requiredDays;
    }

    /** @return consecutive days needed for the reward; 0..days */
    public int requiredStreak() {
        return requiredStreak;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Challenge o && java.util.Objects.equals(id, o.id) && java.util.Objects.equals(start, o.start) && days == o.days && java.util.Objects.equals(zone, o.zone) && requiredDays == o.requiredDays && requiredStreak == o.requiredStreak;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(id, start, days, zone, requiredDays, requiredStreak);
    }

    @Override
    public String toString() {
        return "Challenge[" + "id=" + id + ", " + "start=" + start + ", " + "days=" + days + ", " + "zone=" + zone + ", " + "requiredDays=" + requiredDays + ", " + "requiredStreak=" + requiredStreak + "]";
    }

    /** Collects the parts of a check-in challenge; {@link #build()} validates them. */
    public static final class Builder {
        private String id;
        private LocalDate start;
        private Integer days;
        private ZoneId zone;
        private Integer requiredDays;
        private Integer requiredStreak;

        private Builder() {
        }

        /**
         * Sets id.
         *
         * @param id the challenge id
         * @return this builder
         */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /**
         * Sets start.
         *
         * @param start first day
         * @return this builder
         */
        public Builder start(LocalDate start) {
            this.start = start;
            return this;
        }

        /**
         * Sets days.
         *
         * @param days length in days; at least 1
         * @return this builder
         */
        public Builder days(int days) {
            this.days = days;
            return this;
        }

        /**
         * Sets zone.
         *
         * @param zone the zone days are counted in
         * @return this builder
         */
        public Builder zone(ZoneId zone) {
            this.zone = zone;
            return this;
        }

        /**
         * Sets requiredDays.
         *
         * @param requiredDays days needed for the reward; 1..days
         * @return this builder
         */
        public Builder requiredDays(int requiredDays) {
            this.requiredDays = requiredDays;
            return this;
        }

        /**
         * Sets requiredStreak.
         *
         * @param requiredStreak consecutive days needed for the reward; 0..days
         * @return this builder
         */
        public Builder requiredStreak(int requiredStreak) {
            this.requiredStreak = requiredStreak;
            return this;
        }

        /**
         * The check-in challenge.
         *
         * @return the validated value
         * @throws io.github.mediaops.core.InvalidValueException naming every missing part at once, or the first invalid one
         */
        public Challenge build() {
            io.github.mediaops.core.validate.Required.of("check-in challenge").given("id", id).given("start", start).given("days", days).given("zone", zone).given("requiredDays", requiredDays).given("requiredStreak", requiredStreak).orThrow();
            return new Challenge(id, start, days, zone, requiredDays, requiredStreak);
        }
    }

    

    /** @return the challenge's days, from the start for its length */
    public DateRange period() {
        return DateRange.of(start, start.plusDays(days - 1L));
    }
}
