package io.github.mediaops.connector.imports;

/** The file formats a {@link TableImporter} reads. */
public enum TableFormat {
    /** Comma- or tab-separated text (RFC 4180 quoting), UTF-8, UTF-16 (with BOM) or GBK/GB18030. */
    CSV,
    /** Office Open XML workbook (.xlsx), read as a stream. */
    XLSX
}
