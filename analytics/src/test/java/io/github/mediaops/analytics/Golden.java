package io.github.mediaops.analytics;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads golden fixtures written by the python scripts in src/test/python. */
public final class Golden {
    private Golden() {
    }

    /** Non-comment, non-blank lines of a fixture under /golden, split on commas (empty fields kept). */
    public static List<String[]> rows(String name) {
        try (InputStream in = Golden.class.getResourceAsStream("/golden/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing golden fixture " + name);
            }
            List<String[]> out = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.split(",", -1));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The raw text of a fixture's first comment line, without "# ". */
    public static String header(String name) {
        try (InputStream in = Golden.class.getResourceAsStream("/golden/" + name)) {
            String first = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
            return first.substring(2);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
