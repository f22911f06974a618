package io.github.mediaops.connector.xiaohongshu;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes .xlsx files in the shape the Xiaohongshu creator center exports them, part by part, so the tests
 * read what the platform writes (not what a spreadsheet library would write). The shape was taken from
 * real exports in a public repository (qinglan900/WQF, red_book/excel/笔记列表明细表-202608*.xlsx, written by
 * Apache POI): one sheet; row 1 a notice repeated across the merged header width; row 2 the header; text
 * cells as inline strings ({@code t="inlineStr"}) in some exports and as shared strings ({@code t="s"}) in
 * others; numbers as {@code t="n"} with values such as {@code 1266.0}.
 */
final class ExportFiles {
    /** A numeric cell as the file writes it, e.g. {@code num("1266.0")}. */
    record Num(String text) {
    }

    static Num num(String text) {
        return new Num(text);
    }

    private ExportFiles() {
    }

    /**
     * Writes rows (String = text cell, {@link Num} = number cell, null = no cell) to {@code file}.
     *
     * @param sharedStrings true for {@code t="s"} text cells with a sharedStrings part, false for inline strings
     * @param mergeFirstRow whether row 1 is merged across the width of row 2 (the notice row)
     */
    static Path xlsx(Path file, List<List<Object>> rows, boolean sharedStrings, boolean mergeFirstRow) throws IOException {
        return xlsx(file, rows, sharedStrings, mergeFirstRow, true);
    }

    /**
     * As {@link #xlsx(Path, List, boolean, boolean)}; {@code numberType} false writes number cells without
     * {@code t="n"} (the default type), as the exports re-saved by a spreadsheet program in {@code qinglan900/WQF} do.
     */
    static Path xlsx(Path file, List<List<Object>> rows, boolean sharedStrings, boolean mergeFirstRow, boolean numberType)
            throws IOException {
        List<String> strings = new ArrayList<>();
        StringBuilder sheet = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        for (int r = 0; r < rows.size(); r++) {
            sheet.append("<row r=\"").append(r + 1).append("\">");
            List<Object> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                Object v = row.get(c);
                if (v == null) {
                    continue;
                }
                String ref = (char) ('A' + c) + Integer.toString(r + 1);
                if (v instanceof Num n) {
                    sheet.append("<c r=\"").append(ref).append(numberType ? "\" s=\"2\" t=\"n\"><v>" : "\" s=\"2\"><v>")
                            .append(n.text()).append("</v></c>");
                } else if (sharedStrings) {
                    int i = strings.indexOf(v.toString());
                    if (i < 0) {
                        strings.add(v.toString());
                        i = strings.size() - 1;
                    }
                    sheet.append("<c r=\"").append(ref).append("\" s=\"1\" t=\"s\"><v>").append(i).append("</v></c>");
                } else {
                    sheet.append("<c r=\"").append(ref).append("\" s=\"1\" t=\"inlineStr\"><is><t>")
                            .append(escape(v.toString())).append("</t></is></c>");
                }
            }
            sheet.append("</row>");
        }
        sheet.append("</sheetData>");
        if (mergeFirstRow && rows.size() > 1) {
            sheet.append("<mergeCells count=\"1\"><mergeCell ref=\"A1:").append((char) ('A' + rows.get(1).size() - 1))
                    .append("1\"/></mergeCells>");
        }
        sheet.append("</worksheet>");

        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream z = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            put(z, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
                    + (sharedStrings ? "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>" : "")
                    + "</Types>");
            put(z, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>");
            put(z, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                    + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                    + "<sheets><sheet name=\"Sheet0\" sheetId=\"1\" r:id=\"rId3\"/></sheets></workbook>");
            put(z, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + (sharedStrings ? "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>" : "")
                    + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
                    + "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "</Relationships>");
            put(z, "xl/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                    + "<numFmts count=\"0\"/><fonts count=\"1\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
                    + "<fills count=\"1\"><fill><patternFill patternType=\"none\"/></fill></fills>"
                    + "<borders count=\"1\"><border/></borders><cellStyleXfs count=\"1\"><xf numFmtId=\"0\"/></cellStyleXfs>"
                    + "<cellXfs count=\"3\"><xf numFmtId=\"0\"/><xf numFmtId=\"0\"/><xf numFmtId=\"0\"/></cellXfs></styleSheet>");
            if (sharedStrings) {
                StringBuilder sst = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                        + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"" + strings.size()
                        + "\" uniqueCount=\"" + strings.size() + "\">");
                strings.forEach(s -> sst.append("<si><t>").append(escape(s)).append("</t></si>"));
                put(z, "xl/sharedStrings.xml", sst.append("</sst>").toString());
            }
            put(z, "xl/worksheets/sheet1.xml", sheet.toString());
        }
        return file;
    }

    private static void put(ZipOutputStream z, String name, String text) throws IOException {
        z.putNextEntry(new ZipEntry(name));
        z.write(text.getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
