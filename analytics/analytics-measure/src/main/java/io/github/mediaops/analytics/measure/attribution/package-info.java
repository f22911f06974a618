/**
 * Multi-touch attribution over touchpoint paths (e.g. WeChat article → Douyin video → mini-program
 * purchase): first touch, last touch, linear, time decay with a half-life, position based (40/20/40),
 * and the data-driven Markov-chain removal effect and Shapley value. Credits are in conversions and
 * always sum to the number of converting journeys.
 */
package io.github.mediaops.analytics.measure.attribution;
