/**
 * Account health (账号权重 / 健康度): a transparent, configurable score from signals a host has, with
 * the contribution of every signal.
 */
package io.github.mediaops.analytics.growth.health;
