package io.github.mediaops.connector.imports;

import java.math.BigDecimal;

/** A cell as read: its text, and its number when the spreadsheet stored one (else null). */
record RawCell(String text, BigDecimal number) {
    static final RawCell EMPTY = new RawCell("", null);

    static RawCell text(String text) {
        return text == null || text.isEmpty() ? EMPTY : new RawCell(text, null);
    }
}
