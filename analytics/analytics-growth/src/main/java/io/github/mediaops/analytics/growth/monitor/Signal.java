package io.github.mediaops.analytics.growth.monitor;

/** The detectors that can fire on a bucket. */
public enum Signal {
    /** The EWMA of the standardised negative count is above its upper control limit. */
    EWMA,
    /** The upper CUSUM of the standardised negative count crossed its decision interval. */
    CUSUM,
    /** The negative count is improbably high for the slot's Poisson mean. */
    VOLUME_TEST,
    /** The negative share is improbably high for the slot's binomial share. */
    SHARE_TEST,
    /** The negative count is at least the configured multiple of normal. */
    VOLUME_MULTIPLE
}
