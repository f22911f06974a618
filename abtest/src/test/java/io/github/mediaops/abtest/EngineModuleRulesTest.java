package io.github.mediaops.abtest;

import io.github.mediaops.analytics.testing.EngineModuleRules;
import java.util.List;

/** The engine rules the analytics modules keep (purity, no silently swappable arguments), applied to abtest. */
class EngineModuleRulesTest extends EngineModuleRules {
    @Override
    protected String rootPackage() {
        return "io.github.mediaops.abtest";
    }

    @Override
    protected List<String> allowedLibraries() {
        return List.of("org.apache.commons.statistics..", "org.apache.commons.numbers..", "org.apache.commons.rng..");
    }
}
