package io.github.mediaops.connector.youtube;

import java.util.Locale;

/** A video's {@code status.privacyStatus}. */
public enum Privacy {
    PUBLIC, UNLISTED, PRIVATE;

    String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
