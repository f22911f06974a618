/**
 * Platform content rules, validation and adaptation.
 *
 * <p>{@link io.github.mediaops.core.rules.RuleBook} reads the bundled per-platform rule files (WeChat
 * Official Account, Weibo, Douyin, Xiaohongshu, Bilibili, Kuaishou, WeChat Channels, TikTok, YouTube, X),
 * which a host may override or extend; {@link io.github.mediaops.core.rules.ContentValidator} reports
 * every violation of a platform form at once; {@link io.github.mediaops.core.rules.ContentAdapter} turns
 * one master item into per-platform variants and reports every change. See {@code core/RULES.md}.
 */
package io.github.mediaops.core.rules;
