package io.github.mediaops.core.validate;

import io.github.mediaops.core.InvalidValueException;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the required parts a builder was not given, so that {@code build()} reports every one of
 * them at once rather than the first: a host fixing its code sees the whole list in one run.
 *
 * <pre>{@code
 * public PublicPost build() {
 *     Required.of("public post").given("accountId", accountId).given("postId", postId).orThrow();
 *     return new PublicPost(accountId, postId);
 * }
 * }</pre>
 *
 * <p>The exception's {@link InvalidValueException#field() field} lists the missing names, comma-separated,
 * in the order they were checked.
 *
 * @since 0.1.0
 */
public final class Required {
    private final String what;
    private final List<String> missing = new ArrayList<>();

    private Required(String what) {
        this.what = what;
    }

    /**
     * Starts a check of the parts of one value.
     *
     * @param what what is being built, used in the message (e.g. {@code "public post"})
     * @return an empty check
     */
    public static Required of(String what) {
        return new Required(Checks.notBlank(what, "what"));
    }

    /**
     * Notes {@code field} as missing when {@code value} is null.
     *
     * @param field the part's name
     * @param value the value given, or null when none was
     * @return this check
     */
    public Required given(String field, Object value) {
        if (value == null) {
            missing.add(Checks.notBlank(field, "field"));
        }
        return this;
    }

    /**
     * Fails when any part was missing.
     *
     * @throws InvalidValueException naming every missing part, e.g. {@code "public post is missing accountId, postId"}
     */
    public void orThrow() {
        if (!missing.isEmpty()) {
            String names = String.join(", ", missing);
            throw new InvalidValueException(names, what + " is missing " + names);
        }
    }
}
