package io.github.mediaops.analytics.accumulate;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;

/** The shared header of the accumulators' binary form: "MOA" + type letter + version byte. */
final class Codec {
    static final int HEADER = 5;
    static final byte VERSION = 1;

    private Codec() {
    }

    static ByteBuffer writer(char type, int payload) {
        ByteBuffer b = ByteBuffer.allocate(HEADER + payload);
        b.put((byte) 'M').put((byte) 'O').put((byte) 'A').put((byte) type).put(VERSION);
        return b;
    }

    static ByteBuffer reader(byte[] bytes, char type, String what) {
        Checks.notNull(bytes, "bytes");
        if (bytes.length < HEADER || bytes[0] != 'M' || bytes[1] != 'O' || bytes[2] != 'A') {
            throw new InvalidValueException("bytes", "not a mediaops accumulator (" + bytes.length + " bytes)");
        }
        if (bytes[3] != type) {
            throw new InvalidValueException("bytes", "bytes hold accumulator type '" + (char) bytes[3] + "', not "
                    + what + " ('" + type + "')");
        }
        if (bytes[4] != VERSION) {
            throw new InvalidValueException("bytes", "unknown " + what + " format version " + bytes[4]);
        }
        return ByteBuffer.wrap(bytes, HEADER, bytes.length - HEADER).slice();
    }

    static InvalidValueException truncated(String what, RuntimeException cause) {
        InvalidValueException e = new InvalidValueException("bytes", "truncated or corrupt " + what + " bytes");
        e.initCause(cause);
        return e;
    }

    static void requireEnd(ByteBuffer b, String what) {
        if (b.hasRemaining()) {
            throw new InvalidValueException("bytes", what + " bytes have " + b.remaining() + " trailing bytes");
        }
    }

    static byte[] rest(ByteBuffer b) {
        byte[] out = new byte[b.remaining()];
        b.get(out);
        return out;
    }

    static boolean isUnderflow(RuntimeException e) {
        return e instanceof BufferUnderflowException || e instanceof IndexOutOfBoundsException;
    }
}
