package io.github.mediaops.core.internal;

import io.github.mediaops.core.Internal;
import io.github.mediaops.core.InvalidValueException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Argument checks shared by the value types of every module. Each failure is an
 * {@link InvalidValueException} naming the field and the rejected value.
 */
@Internal
public final class Checks {
    private static final int MAX_SHOWN = 80;

    private Checks() {
    }

    public static <T> T notNull(T value, String field) {
        if (value == null) {
            throw new InvalidValueException(field, field + " must not be null");
        }
        return value;
    }

    public static String notBlank(String value, String field) {
        notNull(value, field);
        if (value.isBlank()) {
            throw new InvalidValueException(field, field + " must not be blank (was " + show(value) + ")");
        }
        return value;
    }

    /** Null is allowed; anything else must not be blank. */
    public static String blankToNullRejected(String value, String field) {
        if (value != null && value.isBlank()) {
            throw new InvalidValueException(field, field + " must be absent or non-blank (was " + show(value) + ")");
        }
        return value;
    }

    public static long nonNegative(long value, String field) {
        if (value < 0) {
            throw new InvalidValueException(field, field + " must be >= 0 (was " + value + ")");
        }
        return value;
    }

    public static int nonNegative(int value, String field) {
        if (value < 0) {
            throw new InvalidValueException(field, field + " must be >= 0 (was " + value + ")");
        }
        return value;
    }

    public static int positive(int value, String field) {
        if (value <= 0) {
            throw new InvalidValueException(field, field + " must be > 0 (was " + value + ")");
        }
        return value;
    }

    public static long positive(long value, String field) {
        if (value <= 0) {
            throw new InvalidValueException(field, field + " must be > 0 (was " + value + ")");
        }
        return value;
    }

    public static double finite(double value, String field) {
        if (!Double.isFinite(value)) {
            throw new InvalidValueException(field, field + " must be a finite number (was " + value + ")");
        }
        return value;
    }

    public static double nonNegative(double value, String field) {
        finite(value, field);
        if (value < 0) {
            throw new InvalidValueException(field, field + " must be >= 0 (was " + value + ")");
        }
        return value;
    }

    /** A fraction in [0, 1], such as a completion rate of 0.42 for 42%. */
    public static double fraction(double value, String field) {
        finite(value, field);
        if (value < 0 || value > 1) {
            throw new InvalidValueException(field, field + " must be a fraction in [0, 1] (was " + value + ")");
        }
        return value;
    }

    public static <T> List<T> listOf(Collection<? extends T> values, String field) {
        notNull(values, field);
        int i = 0;
        for (T v : values) {
            if (v == null) {
                throw new InvalidValueException(field, field + "[" + i + "] must not be null");
            }
            i++;
        }
        return List.copyOf(values);
    }

    public static <T> Set<T> setOf(Collection<? extends T> values, String field) {
        notNull(values, field);
        for (T v : values) {
            if (v == null) {
                throw new InvalidValueException(field, field + " must not contain null");
            }
        }
        return Set.copyOf(values);
    }

    public static <K, V> Map<K, V> mapOf(Map<? extends K, ? extends V> values, String field) {
        notNull(values, field);
        for (Map.Entry<? extends K, ? extends V> e : values.entrySet()) {
            if (e.getKey() == null || e.getValue() == null) {
                throw new InvalidValueException(field, field + " must not contain null keys or values");
            }
        }
        return Map.copyOf(values);
    }

    /** Every element must be non-blank; the result is an immutable copy. */
    public static List<String> notBlankEach(Collection<String> values, String field) {
        List<String> copy = listOf(values, field);
        for (int i = 0; i < copy.size(); i++) {
            notBlank(copy.get(i), field + "[" + i + "]");
        }
        return copy;
    }

    /** Quotes a string for an error message, shortened so that messages stay readable. */
    public static String show(String value) {
        if (value == null) {
            return "null";
        }
        String shown = value.length() > MAX_SHOWN ? value.substring(0, MAX_SHOWN) + "..." : value;
        return '"' + shown + '"';
    }
}
