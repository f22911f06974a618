package io.github.mediaops.core.rules;

/**
 * One step of adapting a master item to a platform. mediaops runs its built-in steps (fold the title,
 * convert topics and mentions, move links, trim media), then the host's steps, then it fits lengths
 * (truncation or thread splitting) and chooses cover crops. A step reads and replaces the working item
 * through the {@link AdaptationContext} and records each change it makes there.
 *
 * <p>Steps must be pure functions of the context: no I/O, no shared mutable state.
 */
public interface AdaptationStep {
    /** A short name shown in {@link Change#step()}, e.g. {@code brand-signature}. */
    String name();

    void apply(AdaptationContext context);
}
