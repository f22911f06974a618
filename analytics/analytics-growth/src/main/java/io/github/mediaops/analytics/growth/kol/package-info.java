/**
 * KOL / influencer evaluation: cost metrics (CPM, CPE, CPV, cost per follower gained), engagement
 * rate with its denominator stated, estimated reach, audience overlap, transparent fake-follower and
 * fake-engagement heuristics, and a configurable influence index in the style of the WeChat
 * communication index (WCI).
 */
package io.github.mediaops.analytics.growth.kol;
