package io.github.mediaops.connector.imports;

/**
 * Turns one data row into a value. Throw what {@link ImportRow}'s accessors throw (or
 * {@link ImportRow#problem(String, String)}) to refuse the row, {@link ImportRow#skip(String)} to pass
 * over it deliberately; never return null.
 *
 * @param <T> what a row becomes
 */
@FunctionalInterface
public interface RowMapper<T> {
    T map(ImportRow row);
}
