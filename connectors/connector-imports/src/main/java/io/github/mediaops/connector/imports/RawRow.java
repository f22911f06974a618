package io.github.mediaops.connector.imports;

import java.util.List;

/** One physical row: its 1-based number and its cells (index = column position). */
record RawRow(int number, List<RawCell> cells) {
    RawCell cell(int index) {
        return index < cells.size() ? cells.get(index) : RawCell.EMPTY;
    }

    boolean isBlank() {
        for (RawCell c : cells) {
            if (c.number() != null || !c.text().isBlank()) {
                return false;
            }
        }
        return true;
    }
}
