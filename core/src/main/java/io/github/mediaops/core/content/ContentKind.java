package io.github.mediaops.core.content;

/** The form of a piece of content; platforms favour different forms. */
public enum ContentKind {
    /** A long-form article (WeChat Official Account 图文, Zhihu article, blog post). */
    ARTICLE,
    /** An image-text note: several images with a caption (Xiaohongshu 笔记, WeChat 图片消息/newspic). */
    IMAGE_TEXT_NOTE,
    /** A short microblog post (Weibo, X). */
    MICROBLOG_POST,
    /** A short video, usually vertical and under a few minutes (Douyin, Kuaishou, Channels, TikTok). */
    SHORT_VIDEO,
    /** A long or horizontal video (Bilibili, YouTube). */
    LONG_VIDEO,
    /** A livestream session, including live commerce (直播带货). */
    LIVESTREAM,
    /** A question-and-answer post (Zhihu answer). */
    ANSWER
}
