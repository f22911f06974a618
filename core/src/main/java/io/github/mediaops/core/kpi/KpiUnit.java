package io.github.mediaops.core.kpi;

/** The unit of a KPI's value. */
public enum KpiUnit {
    /** A whole number of events or people (followers gained, reads, leads). */
    COUNT,
    /** A fraction in [0, 1], reported as a percentage (engagement rate 0.035 = 3.5%). */
    FRACTION,
    /** A ratio that may exceed 1 (ROAS 3.2 = 3.2 yuan of revenue per yuan spent). */
    RATIO,
    /** An amount of money in the campaign's currency. */
    MONEY,
    /** A score on a stated scale (NPS from -100 to 100, an account weight from 0 to 100). */
    SCORE,
    /** A position in a ranking, 1 = top. */
    RANK
}
