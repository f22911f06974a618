package io.github.mediaops.core.kpi;

/** Which way a KPI should move. */
public enum Direction {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER;

    /** Whether {@code actual} meets or beats {@code target} in this direction. */
    public boolean meets(double actual, double target) {
        return this == HIGHER_IS_BETTER ? actual >= target : actual <= target;
    }
}
