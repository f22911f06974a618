package io.github.mediaops.analytics.beam;

import org.apache.beam.sdk.testing.TestPipeline;

/**
 * Beam's {@code TestPipeline} outside a JUnit 4 rule: {@code run()} needs an enforcement set, which the rule
 * would set; {@code run()} still checks that every {@code PAssert} in the pipeline ran and passed.
 */
final class Pipelines {
    private Pipelines() {
    }

    static TestPipeline create() {
        return TestPipeline.create().enableAbandonedNodeEnforcement(true);
    }
}
