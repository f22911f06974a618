package io.github.mediaops.analytics.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads golden fixtures written by the python scripts in src/test/python. Two layouts are in use:
 * comma-separated rows ({@link #rows(String)}) and keyed lines "key v1 v2 ..." ({@link #load(String)}).
 */
public final class Golden {
    private final Map<String, double[]> keyed = new LinkedHashMap<>();

    private Golden() {
    }

    private static InputStream open(String name) {
        InputStream in = Golden.class.getResourceAsStream("/golden/" + name);
        if (in == null) {
            throw new IllegalStateException("missing golden fixture " + name);
        }
        return in;
    }

    /** Non-comment, non-blank lines of a fixture under /golden, split on commas (empty fields kept). */
    public static List<String[]> rows(String name) {
        try (InputStream in = open(name)) {
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
        try (InputStream in = open(name)) {
            String first = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
            return first.substring(2);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fixture of lines "key v1 v2 ...", looked up by key. */
    public static Golden load(String name) {
        Golden g = new Golden();
        try (InputStream in = open(name)) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.trim().split("\\s+");
                double[] v = new double[parts.length - 1];
                for (int i = 1; i < parts.length; i++) {
                    v[i - 1] = Double.parseDouble(parts[i]);
                }
                g.keyed.put(parts[0], v);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return g;
    }

    /** The values of a key of a keyed fixture. */
    public double[] get(String key) {
        double[] v = keyed.get(key);
        if (v == null) {
            throw new IllegalStateException("fixture has no key " + key);
        }
        return v.clone();
    }

    /** The first value of a key of a keyed fixture. */
    public double scalar(String key) {
        return get(key)[0];
    }
}
