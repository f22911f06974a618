package io.github.mediaops.analytics;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads a golden fixture written by a script in src/test/python: lines of "key v1 v2 ...". */
public final class Golden {
    private final Map<String, double[]> rows = new LinkedHashMap<>();

    private Golden() {
    }

    public static Golden load(String resource) {
        Golden g = new Golden();
        try (InputStream in = Golden.class.getResourceAsStream("/golden/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.trim().split("\\s+");
                double[] v = new double[parts.length - 1];
                for (int i = 1; i < parts.length; i++) {
                    v[i - 1] = Double.parseDouble(parts[i]);
                }
                g.rows.put(parts[0], v);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return g;
    }

    public double[] get(String key) {
        double[] v = rows.get(key);
        if (v == null) {
            throw new IllegalStateException("fixture has no key " + key);
        }
        return v.clone();
    }

    public double scalar(String key) {
        return get(key)[0];
    }
}
