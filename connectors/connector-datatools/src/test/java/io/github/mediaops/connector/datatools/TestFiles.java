package io.github.mediaops.connector.datatools;

import io.github.mediaops.connector.imports.Quantity;
import java.io.IOException;
import java.math.BigDecimal;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Writes the real-shaped export files the tests read: CSV in a charset (with or without BOM) and XLSX. */
final class TestFiles {
    private TestFiles() {
    }

    /** Lines joined with CRLF (as Excel writes CSV), encoded in {@code cs}, with a UTF-8 BOM when asked. */
    static Path csv(Path file, Charset cs, boolean utf8Bom, String... lines) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            if (utf8Bom) {
                out.write(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            }
            out.write(String.join("\r\n", lines).getBytes(cs));
        }
        return file;
    }

    /**
     * One sheet; each row is an array of cells: a {@code String} is a text cell, a {@code Number} a numeric
     * cell, a {@code LocalDate}/{@code LocalDateTime} a date cell, {@code null} an empty cell.
     */
    static Path xlsx(Path file, String sheet, Object[]... rows) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); Workbook wb = new Workbook(out, "mediaops-test", "1.0")) {
            Worksheet ws = wb.newWorksheet(sheet);
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    if (v instanceof String s) {
                        ws.value(r, c, s);
                    } else if (v instanceof Number n) {
                        ws.value(r, c, n);
                    } else if (v instanceof LocalDateTime t) {
                        ws.value(r, c, t);
                        ws.style(r, c).format("yyyy-mm-dd hh:mm:ss").set();
                    } else if (v instanceof LocalDate d) {
                        ws.value(r, c, d);
                        ws.style(r, c).format("yyyy-mm-dd").set();
                    }
                }
            }
        }
        return file;
    }

    static Object[] row(Object... cells) {
        return cells;
    }

    static Quantity exact(String v) {
        return Quantity.exact(new BigDecimal(v));
    }

    static Quantity range(String low, String high) {
        return Quantity.between(new BigDecimal(low), new BigDecimal(high));
    }
}
