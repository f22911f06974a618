package io.github.mediaops.connector.imports;

import java.io.Closeable;
import java.io.IOException;

/** Rows of one table, read one at a time. */
interface RowSource extends Closeable {
    /** The next row, or null at the end. */
    RawRow next() throws IOException;

    /** Whether serial numbers in date columns count from 1904 (old Mac workbooks). */
    default boolean date1904() {
        return false;
    }
}
