package io.github.mediaops.core.connector;

import io.github.mediaops.core.validate.Checks;
import java.util.List;

/**
 * The platform (or a pre-publish check) refused the content itself: a rule or review violation, an
 * originality check, a banned word. {@link #violations()} lists every reason given, not only the
 * first. Not retryable with the same content.
 */
public class ContentRejectedException extends ConnectorException {
    private static final long serialVersionUID = 1L;

    private final List<String> violations;

    public ContentRejectedException(String what, ErrorDetails details, List<String> violations) {
        super(what + (violations.isEmpty() ? "" : ": " + String.join("; ", violations)), details, false, null);
        this.violations = Checks.notBlankEach(violations, "violations");
    }

    /** Every violation reported, in the order given. */
    public List<String> violations() {
        return violations;
    }
}
