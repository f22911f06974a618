package io.github.mediaops.connector.imports;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * An RFC 4180 reader (quoted fields, doubled quotes, CR, LF or CRLF, line breaks inside quotes) that
 * reads one record at a time. The charset is given, or detected: a byte-order mark (UTF-8, UTF-16LE/BE),
 * else UTF-8 when the first 64 KiB decode as UTF-8, else GB18030 (a superset of the GBK that Excel
 * writes on Chinese Windows). The separator is a comma, or a tab when the first line has more tabs.
 */
final class CsvSource implements RowSource {
    private static final int PROBE = 64 * 1024;
    private static final Charset GB18030 = Charset.forName("GB18030");

    private final PushbackReader in;
    private final char separator;
    private int record;
    private boolean done;

    CsvSource(InputStream raw, Charset charset) throws IOException {
        BufferedInputStream bin = new BufferedInputStream(raw, PROBE + 16);
        Charset cs = charset != null ? charset : detect(bin);
        Reader reader = new InputStreamReader(bin, cs);
        this.in = new PushbackReader(reader, PROBE);
        skipBom();
        this.separator = sniffSeparator();
    }

    static Charset detect(BufferedInputStream in) throws IOException {
        in.mark(PROBE + 16);
        byte[] head = in.readNBytes(PROBE);
        in.reset();
        if (head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (head.length >= 2 && (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (head.length >= 2 && (head[0] & 0xff) == 0xFE && (head[1] & 0xff) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        int len = head.length;
        if (len == PROBE) { // the probe may end inside a character: drop an incomplete trailing sequence
            int back = 0;
            while (back < 3 && len - back - 1 >= 0 && (head[len - back - 1] & 0xC0) == 0x80) {
                back++;
            }
            if (len - back - 1 >= 0 && (head[len - back - 1] & 0xC0) == 0xC0) {
                len = len - back - 1;
            }
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            utf8.decode(ByteBuffer.wrap(head, 0, len));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return GB18030;
        }
    }

    private void skipBom() throws IOException {
        int c = in.read();
        if (c != -1 && c != '\uFEFF') {
            in.unread(c);
        }
    }

    private char sniffSeparator() throws IOException {
        char[] buf = new char[4096];
        int n = in.read(buf, 0, buf.length);
        if (n <= 0) {
            return ',';
        }
        in.unread(buf, 0, n);
        int commas = 0;
        int tabs = 0;
        for (int i = 0; i < n && buf[i] != '\n' && buf[i] != '\r'; i++) {
            if (buf[i] == ',') {
                commas++;
            } else if (buf[i] == '\t') {
                tabs++;
            }
        }
        return tabs > commas ? '\t' : ',';
    }

    @Override
    public RawRow next() throws IOException {
        if (done) {
            return null;
        }
        List<RawCell> cells = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        while (true) {
            int c = in.read();
            if (c == -1) {
                done = true;
                if (!any && cells.isEmpty() && field.length() == 0) {
                    return null;
                }
                cells.add(RawCell.text(field.toString()));
                return new RawRow(++record, List.copyOf(cells));
            }
            any = true;
            if (quoted) {
                if (c == '"') {
                    int d = in.read();
                    if (d == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        if (d != -1) {
                            in.unread(d);
                        }
                    }
                } else {
                    field.append((char) c);
                }
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
            } else if (c == separator) {
                cells.add(RawCell.text(field.toString()));
                field.setLength(0);
            } else if (c == '\r' || c == '\n') {
                if (c == '\r') {
                    int d = in.read();
                    if (d != '\n' && d != -1) {
                        in.unread(d);
                    }
                }
                cells.add(RawCell.text(field.toString()));
                return new RawRow(++record, List.copyOf(cells));
            } else {
                field.append((char) c);
            }
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    @Override
    public String toString() {
        return "CsvSource[" + (separator == '\t' ? "tab" : "comma") + "-separated, record " + record + "]";
    }
}
