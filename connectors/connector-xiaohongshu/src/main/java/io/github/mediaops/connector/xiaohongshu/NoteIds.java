package io.github.mediaops.connector.xiaohongshu;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Xiaohongshu note ids: 24 hexadecimal digits (e.g. {@code 64533a53000000001203ef7d}), also accepted inside
 * the note's web address ({@code https://www.xiaohongshu.com/explore/<id>},
 * {@code .../discovery/item/<id>}, with or without a query).
 */
final class NoteIds {
    private static final Pattern ID = Pattern.compile("[0-9a-f]{24}");
    private static final Pattern IN_URL = Pattern.compile(
            "https?://(?:www\\.)?xiaohongshu\\.com/(?:explore|discovery/item|notes?)/([0-9a-fA-F]{24})(?:[/?#].*)?");

    private NoteIds() {
    }

    /** The note id in {@code idOrUrl}, lower case. */
    static String parse(String idOrUrl) {
        Checks.notBlank(idOrUrl, "noteId");
        String t = idOrUrl.strip();
        if (ID.matcher(t.toLowerCase(java.util.Locale.ROOT)).matches()) {
            return t.toLowerCase(java.util.Locale.ROOT);
        }
        Matcher m = IN_URL.matcher(t);
        if (m.matches()) {
            return m.group(1).toLowerCase(java.util.Locale.ROOT);
        }
        String hint = t.contains("xhslink.com") ? "; a xhslink.com short link must be opened first: give the full"
                + " xiaohongshu.com/explore/<id> address" : "";
        throw new InvalidValueException("noteId", "not a Xiaohongshu note id (24 hex digits) or note address: "
                + Checks.show(idOrUrl) + hint);
    }

    /** The note's public address. */
    static URI url(String noteId) {
        return URI.create("https://www.xiaohongshu.com/explore/" + noteId);
    }
}
