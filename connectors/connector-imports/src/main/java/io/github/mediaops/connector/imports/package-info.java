/**
 * Streaming import of tabular exports (CSV and XLSX) from platforms and data tools: the Xiaohongshu
 * creator center's note data, Newrank and Chanmama rank lists, and the like.
 *
 * <p>A host or an importer module describes the columns it wants with a {@link
 * io.github.mediaops.connector.imports.ColumnMap} (each column under every header spelling the tool has
 * used), hands a {@link io.github.mediaops.connector.imports.RowMapper} to a {@link
 * io.github.mediaops.connector.imports.TableImporter}, and gets back the mapped rows together with every
 * row that could not be read, by row number and column ({@link
 * io.github.mediaops.connector.imports.RowProblem}). A bad row never stops the rows around it, and is never
 * dropped without a problem being reported.
 *
 * <p>Numbers are read exactly ({@link io.github.mediaops.connector.imports.Units}): {@code 1.2w},
 * {@code 3.5万}, {@code 1.1亿}, {@code 12,345}, {@code 3.2%} become {@code BigDecimal}s or longs without
 * a detour through {@code double}.
 */
package io.github.mediaops.connector.imports;
