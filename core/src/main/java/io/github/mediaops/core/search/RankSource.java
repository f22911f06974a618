package io.github.mediaops.core.search;

/**
 * Where a keyword-rank observation came from.
 *
 * @since 0.1.0
 */
public enum RankSource {
    /** Imported from a file or a third-party tool's export (a platform's creator centre, an SEO tool). */
    IMPORT,
    /** Read by the host's own crawl of the platform's search results. */
    CRAWL
}
