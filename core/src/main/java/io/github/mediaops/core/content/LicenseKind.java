package io.github.mediaops.core.content;

/** On what terms the brand may use a media asset (copyright). */
public enum LicenseKind {
    /** Made by or for the brand; the brand holds the rights. */
    OWNED,
    /** Used under a licence (stock library, commissioned work, music licence) that may expire. */
    LICENSED,
    /** Used under a Creative Commons licence; attribution may be required. */
    CREATIVE_COMMONS,
    /** In the public domain. */
    PUBLIC_DOMAIN,
    /** Rights not established: do not publish until cleared. */
    UNKNOWN
}
