package io.github.mediaops.analytics.planning.calendar;

import io.github.mediaops.core.validate.Checks;
import java.util.Optional;

/**
 * One production step before publishing (draft, design, review, approval) and how many working days
 * it takes.
 *
 * @since 0.1.0
 */
public final class Stage {
    private final String name;
    private final int workingDays;
    private final String owner;

    private Stage(String name, int workingDays, String owner) {
        Checks.notBlank(name, "name");
        Checks.positive(workingDays, "workingDays");
        Checks.blankToNullRejected(owner, "owner");
        this.name = name;
        this.workingDays = workingDays;
        this.owner = owner;
    }

    /**
     * Starts a production stage; {@link Builder#build()} names every required part that was not given.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder starting from this production stage's parts.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.name = name;
        b.workingDays = workingDays;
        b.owner = owner;
        return b;
    }

    /** @return e.g. "draft"; never blank */
    public String name() {
        return name;
    }

    /** @return working days the step needs; at least 1 */
    public int workingDays() {
        return workingDays;
    }

    /** @return who does it, or {@code null} for the plan entry's owner */
    public String owner() {
        return owner;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Stage o && java.util.Objects.equals(name, o.name) && workingDays == o.workingDays && java.util.Objects.equals(owner, o.owner);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(name, workingDays, owner);
    }

    @Override
    public String toString() {
        return "Stage[" + "name=" + name + ", " + "workingDays=" + workingDays + ", " + "owner=" + owner + "]";
    }

    /** Collects the parts of a production stage; {@link #build()} validates them. */
    public static final class Builder {
        private String name;
        private Integer workingDays;
        private String owner = null;

        private Builder() {
        }

        /**
         * Sets name.
         *
         * @param name e.g. "draft"; never blank
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets workingDays.
         *
         * @param workingDays working days the step needs; at least 1
         * @return this builder
         */
        public Builder workingDays(int workingDays) {
            this.workingDays = workingDays;
            return this;
        }

        /**
         * Sets owner (default null).
         *
         * @param owner who does it, or {@code null} for the plan entry's owner
         * @return this builder
         */
        public Builder owner(String owner) {
            this.owner = owner;
            return this;
        }

        /**
         * The production stage.
         *
         * @return the validated value
         * @throws io.github.mediaops.core.InvalidValueException naming every missing part at once, or the first invalid one
         */
        public Stage build() {
            io.github.mediaops.core.validate.Required.of("production stage").given("name", name).given("workingDays", workingDays).orThrow();
            return new Stage(name, workingDays, owner);
        }
    }

    

    /** A step owned by the entry's owner. */
    public static Stage of(String name, int workingDays) {
        return new Stage(name, workingDays, null);
    }

    /** @return who does the step; empty when it falls to the plan entry's owner */
    public Optional<String> ownerName() {
        return Optional.ofNullable(owner);
    }
}
