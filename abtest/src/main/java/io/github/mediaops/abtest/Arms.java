package io.github.mediaops.abtest;

import io.github.mediaops.core.validate.Checks;

/**
 * The two arms of a comparison, named at the call site so that control and treatment cannot be swapped
 * silently: {@code Arms.control(a).treatment(b)}. Every effect is {@code treatment - control} (absolute) or
 * {@code treatment / control - 1} (relative).
 *
 * @since 0.1.0
 */
public final class Arms {
    private final SufficientStats control;
    private final SufficientStats treatment;

    private Arms(SufficientStats control, SufficientStats treatment) {
        this.control = control;
        this.treatment = treatment;
    }

    /** Starts a comparison with its control arm; name the treatment next. */
    public static WithControl control(SufficientStats control) {
        return new WithControl(Checks.notNull(control, "control"));
    }

    /** The control arm. */
    public SufficientStats control() {
        return control;
    }

    /** The treatment arm. */
    public SufficientStats treatment() {
        return treatment;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Arms a && a.control.equals(control) && a.treatment.equals(treatment);
    }

    @Override
    public int hashCode() {
        return 31 * control.hashCode() + treatment.hashCode();
    }

    @Override
    public String toString() {
        return "Arms[control=" + control + ", treatment=" + treatment + "]";
    }

    /** A comparison whose control is named; {@link #treatment} completes it. */
    public static final class WithControl {
        private final SufficientStats control;

        private WithControl(SufficientStats control) {
            this.control = control;
        }

        /** Completes the comparison with its treatment arm. */
        public Arms treatment(SufficientStats treatment) {
            return new Arms(control, Checks.notNull(treatment, "treatment"));
        }
    }
}
