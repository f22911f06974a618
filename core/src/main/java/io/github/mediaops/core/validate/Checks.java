package io.github.mediaops.core.validate;

import io.github.mediaops.core.InvalidValueException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Argument checks for value types: the same checks mediaops' own records use in their compact
 * constructors, published so that host code and third-party connectors validate input the same way.
 *
 * <p>Every check returns its argument (or an immutable copy of it) so that it can be used inline, and
 * every failure is an {@link InvalidValueException} whose {@link InvalidValueException#field() field} is
 * the name passed in and whose message names the field and the rejected value (strings shortened by
 * {@link #show(String)}). Nothing here accepts or returns null unless its name says so.
 *
 * <pre>{@code
 * record Post(String title, long reads, double completionRate) {
 *     Post {
 *         Checks.notBlank(title, "title");
 *         Checks.nonNegative(reads, "reads");
 *         Checks.fraction(completionRate, "completionRate"); // 0.42 means 42 %
 *     }
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Checks {
    private static final int MAX_SHOWN = 80;

    private Checks() {
    }

    /**
     * Requires a non-null value.
     *
     * @param value the value to check
     * @param field the name used in the error
     * @param <T> the value's type
     * @return {@code value}
     * @throws InvalidValueException if {@code value} is null
     */
    public static <T> T notNull(T value, String field) {
        if (value == null) {
            throw new InvalidValueException(field, field + " must not be null");
        }
        return value;
    }

    /**
     * Requires a string with at least one non-whitespace character.
     *
     * @param value the string to check
     * @param field the name used in the error
     * @return {@code value}
     * @throws InvalidValueException if {@code value} is null, empty or only whitespace
     */
    public static String notBlank(String value, String field) {
        notNull(value, field);
        // a first character that cannot be whitespace settles it without the Unicode tables: printable ASCII, or
        // anything above U+3000 (the ideographic space, the highest character Character.isWhitespace accepts)
        char first = value.isEmpty() ? ' ' : value.charAt(0);
        if ((first > ' ' && first < 0x7F) || first > '\u3000') {
            return value;
        }
        if (value.isBlank()) {
            throw new InvalidValueException(field, field + " must not be blank (was " + show(value) + ")");
        }
        return value;
    }

    /**
     * Allows null (an absent optional value) but refuses a blank string.
     *
     * @param value the string to check, or null
     * @param field the name used in the error
     * @return {@code value}, possibly null
     * @throws InvalidValueException if {@code value} is non-null and blank
     */
    public static String blankToNullRejected(String value, String field) {
        if (value != null && value.isBlank()) {
            throw new InvalidValueException(field, field + " must be absent or non-blank (was " + show(value) + ")");
        }
        return value;
    }

    /**
     * Requires a count or amount of zero or more.
     *
     * @param value the value to check
     * @param field the name used in the error
     * @return {@code value}
     * @throws InvalidValueException if {@code value < 0}
     */
    public static long nonNegative(long value, String field) {
        if (value < 0) {
            throw new InvalidValueException(field, field + " must be >= 0 (was " + value + ")");
        }
        return value;
    }

    /**
     * Requires a count of zero or more.
     *
     * @param value the value to check
     * @param field the name used in the error
     * @return {@code value}
     * @throws InvalidValueException if {@code value < 0}
     */
    public static int nonNegative(int value, String field) {
        if (value < 0) {
            throw new InvalidValueException(field, field + " must be >= 0 (was " + value + ")");
        }
        return value;
    }

    /**
     * Requires a value of one or more.
     *
     * @param value the value to check
     * @param field the name used in the error
     * @return {@code value}
     * @throws InvalidValueException if {@code value <= 0}
     */
    public static int positive(int value, String field) {
        if (value <= 0) {
            throw new InvalidValueException(field, field + " must be > 0 (was " + value + ")");
        }
        return value;
    }

    /**
     * Requires a value of one or more.
     *
     * @param value the value to check
     * @param field the name used in the error
     * @return {@code value}
     * @throws InvalidValueException if {@code value <= 0}
     */
    public static long positive(long value, String field) {
        if (value <= 0) {
            throw new InvalidValueException(field, field + " must be > 0 (was " + value + ")");
        }
        return value;
    }

    /**
     * Requires a finite number (not NaN, not infinite).
     *
     * @param value the value to check
     * @param field the name used in the error
     * @return {@code value}
     * @throws InvalidValueException if {@code value} is NaN or infinite
     */
    public static double finite(double value, String field) {
        if (!Double.isFinite(value)) {
            throw new InvalidValueException(field, field + " must be a finite number (was " + value + ")");
        }
        return value;
    }

    /**
     * Requires a finite number of zero or more.
     *
     * @param value the value to check
     * @param field the name used in the error
     * @return {@code value}
     * @throws InvalidValueException if {@code value} is NaN, infinite or negative
     */
    public static double nonNegative(double value, String field) {
        finite(value, field);
        if (value < 0) {
            throw new InvalidValueException(field, field + " must be >= 0 (was " + value + ")");
        }
        return value;
    }

    /**
     * Requires a fraction in [0, 1], such as a completion rate of 0.42 for 42 %.
     *
     * @param value the value to check
     * @param field the name used in the error
     * @return {@code value}
     * @throws InvalidValueException if {@code value} is NaN or outside [0, 1]
     */
    public static double fraction(double value, String field) {
        finite(value, field);
        if (value < 0 || value > 1) {
            throw new InvalidValueException(field, field + " must be a fraction in [0, 1] (was " + value + ")");
        }
        return value;
    }

    /**
     * Requires a collection without null elements and returns an immutable copy in iteration order.
     *
     * @param values the elements
     * @param field the name used in the error (the failing index is appended)
     * @param <T> the element type
     * @return an immutable copy
     * @throws InvalidValueException if {@code values} is null or holds a null element
     */
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

    /**
     * Requires a collection without null elements and returns an immutable set of its elements.
     *
     * @param values the elements
     * @param field the name used in the error
     * @param <T> the element type
     * @return an immutable set
     * @throws InvalidValueException if {@code values} is null or holds a null element
     */
    public static <T> Set<T> setOf(Collection<? extends T> values, String field) {
        notNull(values, field);
        for (T v : values) {
            if (v == null) {
                throw new InvalidValueException(field, field + " must not contain null");
            }
        }
        return Set.copyOf(values);
    }

    /**
     * Requires a map without null keys or values and returns an immutable copy.
     *
     * @param values the entries
     * @param field the name used in the error
     * @param <K> the key type
     * @param <V> the value type
     * @return an immutable copy
     * @throws InvalidValueException if {@code values} is null or holds a null key or value
     */
    public static <K, V> Map<K, V> mapOf(Map<? extends K, ? extends V> values, String field) {
        notNull(values, field);
        for (Map.Entry<? extends K, ? extends V> e : values.entrySet()) {
            if (e.getKey() == null || e.getValue() == null) {
                throw new InvalidValueException(field, field + " must not contain null keys or values");
            }
        }
        return Map.copyOf(values);
    }

    /**
     * Requires a collection of non-blank strings and returns an immutable copy.
     *
     * @param values the strings
     * @param field the name used in the error (the failing index is appended)
     * @return an immutable copy
     * @throws InvalidValueException if {@code values} is null or an element is null or blank
     */
    public static List<String> notBlankEach(Collection<String> values, String field) {
        List<String> copy = listOf(values, field);
        for (int i = 0; i < copy.size(); i++) {
            notBlank(copy.get(i), field + "[" + i + "]");
        }
        return copy;
    }

    /**
     * Quotes a string for an error message, shortened to 80 characters so that messages stay readable.
     * Never pass a secret: the value is shown as is.
     *
     * @param value the string, or null
     * @return the quoted string, or {@code null} as text
     */
    public static String show(String value) {
        if (value == null) {
            return "null";
        }
        String shown = value.length() > MAX_SHOWN ? value.substring(0, MAX_SHOWN) + "..." : value;
        return '"' + shown + '"';
    }
}
