/**
 * Sentiment of Chinese comments and posts: a fast lexicon-based scorer with negation, intensifiers,
 * contrast and emoji, a small built-in lexicon written for this project, a plain-text lexicon format
 * so hosts can bring their own, and the {@link io.github.mediaops.analytics.growth.sentiment.SentimentScorer}
 * interface through which a host can plug in a better model.
 */
package io.github.mediaops.analytics.growth.sentiment;
