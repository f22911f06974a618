package io.github.mediaops.abtest.assign;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * Deterministic assignment of units (users, devices, accounts) to the variants of one experiment.
 *
 * <p>A unit first falls into the holdout when {@code bucket(holdoutSalt, unitId) < holdout × BUCKETS}
 * (a holdout salt shared by several experiments gives one global holdout group); otherwise it gets the
 * variant that owns {@code bucket(salt, unitId)} in the {@link Allocation}. See {@link HashBucketing}
 * for the hash. Pure and thread-safe.
 *
 * @since 0.1.0
 */
public final class Assigner {
    private final String salt;
    private final List<String> variants;
    private final Allocation allocation;
    private final double holdout;
    private final String holdoutSalt;

    private Assigner(String salt, List<String> variants, Allocation allocation, double holdout, String holdoutSalt) {
        this.salt = Checks.notBlank(salt, "salt");
        this.variants = Checks.notBlankEach(variants, "variants");
        if (new HashSet<>(variants).size() != variants.size()) {
            throw new InvalidValueException("variants", "variant names must be unique (was " + variants + ")");
        }
        this.allocation = Checks.notNull(allocation, "allocation");
        if (allocation.arms() != variants.size()) {
            throw new InvalidValueException("allocation", "allocation has " + allocation.arms() + " arms for "
                    + variants.size() + " variants");
        }
        this.holdout = Checks.fraction(holdout, "holdout");
        if (holdout == 1) {
            throw new InvalidValueException("holdout", "holdout must be < 1 (was 1.0)");
        }
        this.holdoutSalt = Checks.notBlank(holdoutSalt, "holdoutSalt");
    }

    /** An experiment with the given salt, variant names and weights (summing to 1), no holdout. */
    public static Assigner of(String salt, List<String> variants, double... weights) {
        return new Assigner(salt, variants, Allocation.of(weights), 0.0, "holdout");
    }

    /** An experiment with an explicit (possibly restored) allocation. */
    public static Assigner of(String salt, List<String> variants, Allocation allocation) {
        return new Assigner(salt, variants, allocation, 0.0, "holdout");
    }

    /** This experiment with a holdout of {@code fraction} of units, drawn with {@code holdoutSalt}. */
    public Assigner withHoldout(double fraction, String newHoldoutSalt) {
        return new Assigner(salt, variants, allocation, fraction, newHoldoutSalt);
    }

    /** This experiment with new weights, reassigning the fewest units ({@link Allocation#reweight}). */
    public Assigner reweighted(double... weights) {
        return new Assigner(salt, variants, allocation.reweight(weights), holdout, holdoutSalt);
    }

    /** @return the allocation of buckets to arms */
    public Allocation allocation() {
        return allocation;
    }

    /** @return the variant names, in arm order */
    public List<String> variants() {
        return variants;
    }

    /** The variant of {@code unitId}, or empty when the unit is held out. */
    public Optional<String> assign(String unitId) {
        if (holdout > 0 && HashBucketing.salt(holdoutSalt).bucket(unitId) < holdout * HashBucketing.BUCKETS) {
            return Optional.empty();
        }
        return Optional.of(variants.get(allocation.armOf(HashBucketing.salt(salt).bucket(unitId))));
    }
}
