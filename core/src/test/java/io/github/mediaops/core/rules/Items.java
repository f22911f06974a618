package io.github.mediaops.core.rules;

import io.github.mediaops.core.content.AssetLicense;
import io.github.mediaops.core.content.ContentItem;
import io.github.mediaops.core.content.ContentKind;
import io.github.mediaops.core.content.MediaAsset;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;

/** Test fixtures: small content items and media. */
final class Items {
    static final Instant T0 = Instant.parse("2026-03-01T02:00:00Z");

    private Items() {
    }

    static ContentItem.Builder item(ContentKind kind) {
        return ContentItem.builder("m1", kind).created("editor", T0);
    }

    static MediaAsset image(String name, int w, int h) {
        return MediaAsset.image(URI.create("file:///assets/" + name), "image/jpeg", w, h, 200_000, AssetLicense.owned("brand"));
    }

    static MediaAsset image(String name, String mime, long bytes) {
        return MediaAsset.image(URI.create("file:///assets/" + name), mime, 1080, 1440, bytes, AssetLicense.owned("brand"));
    }

    static MediaAsset video(String name, int w, int h, Duration d, long bytes) {
        return MediaAsset.video(URI.create("file:///assets/" + name), "video/mp4", w, h, d, bytes, AssetLicense.owned("brand"));
    }

    static String repeat(String s, int n) {
        return s.repeat(n);
    }
}
