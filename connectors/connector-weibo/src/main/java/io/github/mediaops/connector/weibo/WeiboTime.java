package io.github.mediaops.connector.weibo;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Weibo's timestamps: {@code "Tue May 31 17:46:55 +0800 2011"} (English day and month names, numeric offset). */
final class WeiboTime {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss Z yyyy", Locale.ENGLISH);

    private WeiboTime() {
    }

    static Instant parse(String operation, String field, String text) {
        try {
            return OffsetDateTime.parse(text.trim(), FORMAT).toInstant();
        } catch (DateTimeParseException e) {
            throw WeiboConnector.WIRE.unexpected(operation, field + " is not a Weibo time (was " + text + ")");
        }
    }
}
