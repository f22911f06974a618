package io.github.mediaops.analytics.planning.calendar;

import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.validate.Checks;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

/**
 * A yearly commercial date on a fixed Gregorian day, as editable data: teams add their own (brand day,
 * store anniversary) and change lead windows to their practice.
 *
 * <p>The {@link #DEFAULTS} are mediaops' starting point, not platform rules; the lead days reflect common
 * warm-up practice (e.g. 618 and 双11 pre-sales start weeks ahead) and should be tuned per team.
 *
 * @since 0.1.0
 */
public final class CommerceDate {
    private final String name;
    private final String nameZh;
    private final MonthDay day;
    private final int leadDays;
    private final int lastingDays;

    private CommerceDate(String name, String nameZh, MonthDay day, int leadDays, int lastingDays) {
        Checks.notBlank(name, "name");
        Checks.notBlank(nameZh, "nameZh");
        Checks.notNull(day, "day");
        Checks.nonNegative(leadDays, "leadDays");
        Checks.positive(lastingDays, "lastingDays");
        this.name = name;
        this.nameZh = nameZh;
        this.day = day;
        this.leadDays = leadDays;
        this.lastingDays = lastingDays;
    }

    /**
     * Starts a commerce date; {@link Builder#build()} names every required part that was not given.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder starting from this commerce date's parts.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.name = name;
        b.nameZh = nameZh;
        b.day = day;
        b.leadDays = leadDays;
        b.lastingDays = lastingDays;
        return b;
    }

    /** @return English name */
    public String name() {
        return name;
    }

    /** @return Chinese name */
    public String nameZh() {
        return nameZh;
    }

    /** @return month and day */
    public MonthDay day() {
        return day;
    }

    /** @return days of warm-up before the date */
    public int leadDays() {
        return leadDays;
    }

    /** @return how many days the date lasts from {@code day}; at least 1 */
    public int lastingDays() {
        return lastingDays;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CommerceDate o && java.util.Objects.equals(name, o.name) && java.util.Objects.equals(nameZh, o.nameZh) && java.util.Objects.equals(day, o.day) && leadDays == o.leadDays && lastingDays == o.lastingDays;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(name, nameZh, day, leadDays, lastingDays);
    }

    @Override
    public String toString() {
        return "CommerceDate[" + "name=" + name + ", " + "nameZh=" + nameZh + ", " + "day=" + day + ", " + "leadDays=" + leadDays + ", " + "lastingDays=" + lastingDays + "]";
    }

    /** Collects the parts of a commerce date; {@link #build()} validates them. */
    public static final class Builder {
        private String name;
        private String nameZh;
        private MonthDay day;
        private Integer leadDays;
        private Integer lastingDays;

        private Builder() {
        }

        /**
         * Sets name.
         *
         * @param name English name
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets nameZh.
         *
         * @param nameZh Chinese name
         * @return this builder
         */
        public Builder nameZh(String nameZh) {
            this.nameZh = nameZh;
            return this;
        }

        /**
         * Sets day.
         *
         * @param day month and day
         * @return this builder
         */
        public Builder day(MonthDay day) {
            this.day = day;
            return this;
        }

        /**
         * Sets leadDays.
         *
         * @param leadDays days of warm-up before the date
         * @return this builder
         */
        public Builder leadDays(int leadDays) {
            this.leadDays = leadDays;
            return this;
        }

        /**
         * Sets lastingDays.
         *
         * @param lastingDays how many days the date lasts from {@code day}; at least 1
         * @return this builder
         */
        public Builder lastingDays(int lastingDays) {
            this.lastingDays = lastingDays;
            return this;
        }

        /**
         * The commerce date.
         *
         * @return the validated value
         * @throws io.github.mediaops.core.InvalidValueException naming every missing part at once, or the first invalid one
         */
        public CommerceDate build() {
            io.github.mediaops.core.validate.Required.of("commerce date").given("name", name).given("nameZh", nameZh).given("day", day).given("leadDays", leadDays).given("lastingDays", lastingDays).orThrow();
            return new CommerceDate(name, nameZh, day, leadDays, lastingDays);
        }
    }

    /** Women's Day 3·8, 520, 618, 99, 双11, 双12 and Christmas Eve/Day. */
    public static final List<CommerceDate> DEFAULTS = List.of(
            new CommerceDate("Women's Day", "三八妇女节 / 女神节", MonthDay.of(3, 8), 7, 1),
            new CommerceDate("520 Love Day", "520", MonthDay.of(5, 20), 5, 2),
            new CommerceDate("618 Shopping Festival", "618", MonthDay.of(6, 18), 18, 1),
            new CommerceDate("99 Sale", "99公益日/99大促", MonthDay.of(9, 9), 7, 1),
            new CommerceDate("Singles' Day", "双11", MonthDay.of(11, 11), 21, 1),
            new CommerceDate("Double 12", "双12", MonthDay.of(12, 12), 7, 1),
            new CommerceDate("Christmas", "圣诞节", MonthDay.of(12, 24), 10, 2));

    

    /** This date in {@code year} (29 February becomes 28 February in common years). */
    public MarketingDate in(int year) {
        LocalDate d = day.atYear(year);
        return new MarketingDate(name, nameZh, MarketingKind.COMMERCE, d, DateRange.of(d, d.plusDays(lastingDays - 1L)),
                leadDays);
    }
}
