package io.github.mediaops.connector.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/** Rows of one sheet of an .xlsx workbook, streamed with FastExcel (no DOM, shared strings loaded once). */
final class XlsxSource implements RowSource {
    private final Stream<Row> rows;
    private final Iterator<Row> it;
    private final boolean date1904;
    private final String sheet;
    private int lastRow;

    private XlsxSource(Stream<Row> rows, boolean date1904, String sheet) {
        this.rows = rows;
        this.it = rows.iterator();
        this.date1904 = date1904;
        this.sheet = sheet;
    }

    static XlsxSource open(ReadableWorkbook workbook, Sheet sheet) throws IOException {
        return new XlsxSource(sheet.openStream(), workbook.isDate1904(), sheet.getName());
    }

    /** The workbook; the reader holds the compressed bytes in memory anyway, which lets ISO date cells be retyped first. */
    static ReadableWorkbook workbook(InputStream in) throws IOException {
        return new ReadableWorkbook(new ByteArrayInputStream(IsoDateCells.rewrite(in.readAllBytes())));
    }

    @Override
    public RawRow next() throws IOException {
        try {
            Row row;
            try {
                if (!it.hasNext()) {
                    return null;
                }
                row = it.next();
            } catch (IllegalStateException e) {
                // FastExcel refuses cell types it does not know with a bare IllegalStateException (t="d", ISO 8601
                // dates, reach it retyped by IsoDateCells); say which sheet instead of letting it escape
                throw new ImportException("cannot read sheet \"" + sheet + "\" after row " + lastRow + ": " + e.getMessage(), e);
            }
            lastRow = row.getRowNum();
            List<RawCell> cells = new ArrayList<>(row.getCellCount());
            for (int i = 0; i < row.getCellCount(); i++) {
                cells.add(convert(row.getOptionalCell(i).orElse(null)));
            }
            return new RawRow(row.getRowNum(), cells);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static RawCell convert(Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return RawCell.EMPTY;
        }
        if (cell.getType() == CellType.NUMBER) {
            return new RawCell("", cell.asNumber());
        }
        if (cell.getType() == CellType.BOOLEAN) {
            // as a spreadsheet shows it; the XML holds 1 or 0
            return RawCell.text(Boolean.TRUE.equals(cell.getValue()) ? "TRUE" : "FALSE");
        }
        if (cell.getType() == CellType.FORMULA) {
            String raw = cell.getRawValue();
            return RawCell.text(raw == null ? "" : unescape(raw));
        }
        String text = cell.getText();
        return RawCell.text(text == null ? "" : unescape(text));
    }

    /**
     * Decodes the {@code _xHHHH_} escapes of OOXML strings (ECMA-376 Part 1, 22.9.2.19 ST_Xstring), which the reader
     * leaves as they are: Excel and Apache POI write a carriage return in a cell as {@code _x000D_} (a title with a
     * Windows line break reads {@code 第一行_x000D_\n第二行}), other control characters likewise, and a literal
     * {@code _x} as {@code _x005F_x}.
     */
    static String unescape(String text) {
        int at = text.indexOf("_x");
        if (at < 0) {
            return text;
        }
        StringBuilder b = new StringBuilder(text.length());
        int from = 0;
        while (at >= 0) {
            if (at + 7 <= text.length() && text.charAt(at + 6) == '_' && isHex(text, at + 2, at + 6)) {
                b.append(text, from, at).append((char) Integer.parseInt(text.substring(at + 2, at + 6), 16));
                from = at + 7;
                at = text.indexOf("_x", from);
            } else {
                at = text.indexOf("_x", at + 1);
            }
        }
        return b.append(text, from, text.length()).toString();
    }

    private static boolean isHex(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.digit(s.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean date1904() {
        return date1904;
    }

    @Override
    public void close() {
        rows.close();
    }
}
