package io.github.mediaops.core.content;

/** The kind of a media asset. */
public enum MediaKind {
    IMAGE,
    VIDEO,
    AUDIO
}
