package io.github.mediaops.analytics.planning.fission;

import io.github.mediaops.core.validate.Checks;

/**
 * One referral tree grown from one seed user.
 *
 * @param rootId             the seed user
 * @param size               users in the tree, the seed included
 * @param depth              longest referral chain below the seed (0 for a seed nobody joined through)
 * @param structuralVirality mean shortest-path distance over all pairs of users in the tree (Goel,
 *                           Anderson, Hofman and Watts, "The Structural Virality of Online Diffusion",
 *                           Management Science 62(1), 2016); 0 for a single user. A star of n users
 *                           scores 2(n-1)/n (broadcast), a chain of n users (n+1)/3 (viral).
 */
public record Cascade(String rootId, int size, int depth, double structuralVirality) {
    public Cascade {
        Checks.notBlank(rootId, "rootId");
        Checks.positive(size, "size");
        Checks.nonNegative(depth, "depth");
        Checks.nonNegative(structuralVirality, "structuralVirality");
    }
}
