package io.github.mediaops.connector.imports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * ISO 8601 date cells ({@code <c t="d"><v>2014-02-14T08:27:48.765Z</v></c>}, ECMA-376 Part 1, 18.18.11), which
 * node-xlsx-stream, SheetJS with {@code cellDates} and Excel's Strict Open XML write, and which the FastExcel reader
 * refuses with a bare {@code IllegalStateException}. A workbook whose sheets hold one is rewritten in memory with
 * those cells typed {@code t="str"} (a text result), so their ISO text reaches {@link DateTexts}; any other
 * workbook is returned as it is, after one extra inflate pass over its sheets to look.
 */
final class IsoDateCells {
    private static final Pattern SHEET = Pattern.compile("xl/worksheets/[^/]+\\.xml");
    private static final Pattern DATE_CELL = Pattern.compile("(<(?:\\w+:)?c\\b[^>]*?\\bt=)([\"'])d\\2");
    private static final byte[][] MARKS = {" t=\"d\"".getBytes(StandardCharsets.US_ASCII), " t='d'".getBytes(StandardCharsets.US_ASCII)};

    private IsoDateCells() {
    }

    /**
     * The most one sheet with ISO date cells may inflate to when it is rewritten in memory: a compressed workbook that
     * would inflate further (a zip bomb) is refused, not inflated.
     */
    static final int MAX_SHEET_BYTES = 256 << 20;

    /** The workbook, with its ISO date cells retyped when it has any; the same array when it has none. */
    static byte[] rewrite(byte[] workbook) throws IOException {
        return rewrite(workbook, MAX_SHEET_BYTES);
    }

    /** {@link #rewrite(byte[])} with a sheet refused when it inflates to more than {@code maxSheetBytes}. */
    static byte[] rewrite(byte[] workbook, int maxSheetBytes) throws IOException {
        try {
            if (!anySheetHasOne(workbook)) {
                return workbook;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(workbook.length + 1024);
            try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook));
                 ZipOutputStream zip = new ZipOutputStream(out)) {
                for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                    zip.putNextEntry(new ZipEntry(e.getName()));
                    if (SHEET.matcher(e.getName()).matches()) {
                        byte[] data = in.readNBytes(maxSheetBytes + 1);
                        if (data.length > maxSheetBytes) {
                            throw new ImportException("cannot read the workbook: sheet " + e.getName()
                                    + " inflates to more than " + maxSheetBytes + " bytes");
                        }
                        Matcher m = DATE_CELL.matcher(new String(data, StandardCharsets.UTF_8));
                        zip.write(m.find() ? m.replaceAll("$1$2str$2").getBytes(StandardCharsets.UTF_8) : data);
                    } else {
                        in.transferTo(zip);
                    }
                    zip.closeEntry();
                }
            }
            return out.toByteArray();
        } catch (ZipException e) {
            return workbook; // a layout java.util.zip does not read (stored entries with data descriptors): the reader decides
        }
    }

    private static boolean anySheetHasOne(byte[] workbook) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (SHEET.matcher(e.getName()).matches() && contains(in)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the stream holds one of the marks, read in chunks that overlap by a mark's length. */
    private static boolean contains(InputStream in) throws IOException {
        int keep = MARKS[0].length - 1;
        byte[] buf = new byte[64 * 1024 + keep];
        int carried = 0;
        for (int n = in.read(buf, carried, buf.length - carried); n > 0; n = in.read(buf, carried, buf.length - carried)) {
            int end = carried + n;
            for (byte[] mark : MARKS) {
                if (indexOf(buf, end, mark) >= 0) {
                    return true;
                }
            }
            carried = Math.min(keep, end);
            System.arraycopy(buf, end - carried, buf, 0, carried);
        }
        return false;
    }

    private static int indexOf(byte[] buf, int end, byte[] mark) {
        outer:
        for (int i = 0; i + mark.length <= end; i++) {
            for (int j = 0; j < mark.length; j++) {
                if (buf[i + j] != mark[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
