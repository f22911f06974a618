package io.github.mediaops.analytics.planning.lottery;

/** Why an entry cannot win. Checked in this order; the first that applies is reported. */
public enum Ineligibility {
    /** Entered after the close time. */
    LATE,
    /** The user is on the excluded list (staff, blacklist). */
    EXCLUDED,
    /** The rules require following the account and the user did not. */
    NOT_FOLLOWING,
    /** The rules require a keyword in the text and it is missing. */
    MISSING_KEYWORD,
    /** The user's account is younger than the minimum age at close, or its age is unknown. */
    ACCOUNT_TOO_NEW,
    /** One entry per user: the user already has an earlier eligible entry. */
    DUPLICATE
}
