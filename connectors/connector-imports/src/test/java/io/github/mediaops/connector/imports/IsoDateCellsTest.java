package io.github.mediaops.connector.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class IsoDateCellsTest {
    private static final String SHEET = "xl/worksheets/sheet1.xml";
    private static final String DATE_ROW = "<sheetData><row r=\"1\"><c r=\"A1\" t=\"d\"><v>2014-02-14T08:27:48Z</v></c>"
            + "<c r=\"B1\" t=\"s\"><v>0</v></c></row></sheetData>";

    @Test
    void retypesIsoDateCellsOfSheetsAndCopiesEveryOtherEntryAsItIs() throws IOException {
        byte[] workbook = zip(Map.of("[Content_Types].xml", "<Types t=\"d\"/>", SHEET, DATE_ROW));

        Map<String, String> out = unzip(IsoDateCells.rewrite(workbook));

        assertThat(out.get(SHEET)).contains("<c r=\"A1\" t=\"str\">").contains("<c r=\"B1\" t=\"s\">");
        assertThat(out.get("[Content_Types].xml")).isEqualTo("<Types t=\"d\"/>");
    }

    @Test
    void aWorkbookWithoutIsoDateCellsIsReturnedAsItIs() throws IOException {
        byte[] workbook = zip(Map.of(SHEET, "<sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row></sheetData>"));

        assertThat(IsoDateCells.rewrite(workbook)).isSameAs(workbook);
    }

    @Test
    void aSheetThatInflatesBeyondTheCapIsRefusedNotInflated() throws IOException {
        byte[] workbook = zip(Map.of(SHEET, DATE_ROW + " ".repeat(4096)));

        assertThatThrownBy(() -> IsoDateCells.rewrite(workbook, 1024))
                .isInstanceOf(ImportException.class)
                .hasMessage("cannot read the workbook: sheet " + SHEET + " inflates to more than 1024 bytes");
        assertThat(unzip(IsoDateCells.rewrite(workbook, 8192)).get(SHEET)).contains("t=\"str\"");
    }

    private static byte[] zip(Map<String, String> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static Map<String, String> unzip(byte[] workbook) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return out;
    }
}
