package io.github.mediaops.connector.wecom;

import io.github.mediaops.core.connector.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reads every page of a WeCom cursor listing: the first page without a cursor, then each {@code next_cursor}
 * until it is empty, a page is empty, or the cursor does not advance (the cursor just used comes back), which
 * would otherwise loop; at most {@value #MAX_PAGES} pages.
 */
final class CursorPages {
    static final int MAX_PAGES = 1000;

    private CursorPages() {
    }

    static <T> List<T> all(Function<String, Page<T>> fetch) {
        List<T> out = new ArrayList<>();
        String cursor = null;
        for (int i = 0; i < MAX_PAGES; i++) {
            Page<T> page = fetch.apply(cursor);
            out.addAll(page.items());
            String next = page.nextCursor();
            if (next == null || page.items().isEmpty() || next.equals(cursor)) {
                break;
            }
            cursor = next;
        }
        return out;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
