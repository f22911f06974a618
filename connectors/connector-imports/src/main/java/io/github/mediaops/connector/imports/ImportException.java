package io.github.mediaops.connector.imports;

import io.github.mediaops.core.MediaOpsException;

/**
 * A file that cannot be imported at all: unreadable, of an unsupported format, without a header row that
 * holds the required columns, or read with an undeclared column key. Problems with single rows are not
 * thrown: they are collected as {@link RowProblem}s.
 */
public class ImportException extends MediaOpsException {
    private static final long serialVersionUID = 1L;

    public ImportException(String message) {
        super(message);
    }

    public ImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
