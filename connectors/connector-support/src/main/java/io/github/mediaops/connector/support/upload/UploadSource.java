package io.github.mediaops.connector.support.upload;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * Where the bytes of an upload come from. {@link ChunkedUpload} reads one part at a time, by offset,
 * so a resumed upload reads only the parts it still has to send.
 */
public interface UploadSource {

    /** Total bytes. Must not change between an upload and its resumption. */
    long size();

    /**
     * Reads {@code length} bytes starting at {@code offset}.
     *
     * @throws UncheckedIOException if the source cannot be read
     */
    byte[] read(long offset, int length);

    /** A file, read by position (the file is opened per part and never held open between parts). */
    static UploadSource of(Path file) {
        Checks.notNull(file, "file");
        if (!Files.isRegularFile(file)) {
            throw new InvalidValueException("file", "file must be a readable regular file (was " + file + ")");
        }
        return new UploadSource() {
            @Override
            public long size() {
                try {
                    return Files.size(file);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read the size of " + file, e);
                }
            }

            @Override
            public byte[] read(long offset, int length) {
                ByteBuffer buf = ByteBuffer.allocate(length);
                try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
                    long pos = offset;
                    while (buf.hasRemaining()) {
                        int n = ch.read(buf, pos);
                        if (n < 0) {
                            throw new UncheckedIOException(new IOException(file + " ended at " + pos
                                    + " while reading " + length + " bytes from " + offset));
                        }
                        pos += n;
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + file, e);
                }
                return buf.array();
            }

            @Override
            public String toString() {
                return "UploadSource[" + file + "]";
            }
        };
    }

    /** Bytes in memory (copied). */
    static UploadSource of(byte[] bytes) {
        byte[] copy = Checks.notNull(bytes, "bytes").clone();
        return new UploadSource() {
            @Override
            public long size() {
                return copy.length;
            }

            @Override
            public byte[] read(long offset, int length) {
                return Arrays.copyOfRange(copy, Math.toIntExact(offset), Math.toIntExact(offset + length));
            }

            @Override
            public String toString() {
                return "UploadSource[" + copy.length + " bytes]";
            }
        };
    }

    /**
     * A stream that can be opened again (an object-store download, a servlet part written to disk):
     * each part opens a fresh stream and skips to its offset, so nothing but the part is buffered.
     */
    static UploadSource of(Supplier<? extends InputStream> opener, long size) {
        Checks.notNull(opener, "opener");
        Checks.positive(size, "size");
        return new UploadSource() {
            @Override
            public long size() {
                return size;
            }

            @Override
            public byte[] read(long offset, int length) {
                try (InputStream in = Checks.notNull(opener.get(), "opener.get()")) {
                    in.skipNBytes(offset);
                    byte[] out = in.readNBytes(length);
                    if (out.length != length) {
                        throw new UncheckedIOException(new IOException("stream ended after " + (offset + out.length)
                                + " bytes, declared size " + size));
                    }
                    return out;
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read the upload stream", e);
                }
            }

            @Override
            public String toString() {
                return "UploadSource[stream, " + size + " bytes]";
            }
        };
    }
}
