package io.github.mediaops.analytics.report;

import io.github.mediaops.analytics.testing.EngineModuleRules;
import java.util.List;

/** The shared engine rules, applied to this module. */
class EngineModuleRulesTest extends EngineModuleRules {
    @Override
    protected String rootPackage() {
        return "io.github.mediaops.analytics.report";
    }

    @Override
    protected List<String> allowedLibraries() {
        return List.of("io.github.mediaops.analytics.measure..");
    }
}
