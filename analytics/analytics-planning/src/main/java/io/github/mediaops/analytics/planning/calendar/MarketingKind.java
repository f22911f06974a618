package io.github.mediaops.analytics.planning.calendar;

/** What kind of date a {@link MarketingDate} is. */
public enum MarketingKind {
    /** A statutory public holiday period set by the State Council (days off and make-up working days). */
    STATUTORY_HOLIDAY,
    /** A traditional festival fixed by the Chinese lunisolar calendar (春节, 端午, 中秋 ...) or by a solar term (清明, 冬至). */
    TRADITIONAL_FESTIVAL,
    /** One of the 24 solar terms (节气). */
    SOLAR_TERM,
    /** A shopping festival or commercial date (520, 618, 双11 ...), kept as editable data. */
    COMMERCE
}
