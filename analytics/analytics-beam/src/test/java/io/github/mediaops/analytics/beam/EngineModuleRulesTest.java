package io.github.mediaops.analytics.beam;

import io.github.mediaops.analytics.testing.EngineModuleRules;
import java.util.List;

/** The shared engine rules, applied to this module (it may use Beam, Joda-Time for Beam's windows, and accumulate). */
class EngineModuleRulesTest extends EngineModuleRules {
    @Override
    protected String rootPackage() {
        return "io.github.mediaops.analytics.beam";
    }

    @Override
    protected List<String> allowedLibraries() {
        return List.of("org.apache.beam..", "org.joda.time..", "io.github.mediaops.analytics.accumulate..");
    }
}
