package io.github.mediaops.connector.tck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Files a contract test needs besides the simulator, such as the local video and cover of its publish request. */
public final class KitFiles {
    private KitFiles() {
    }

    /**
     * A new temporary directory named with {@code prefix}, marked for deletion when the JVM exits, for a contract
     * test's static field ({@code private static final Path DIR = KitFiles.tempDirectory("bilibili-kit");}); a
     * failure to create it is an {@link UncheckedIOException}.
     */
    public static Path tempDirectory(String prefix) {
        try {
            Path dir = Files.createTempDirectory(prefix);
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
