package io.github.mediaops.analytics.membership;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import io.github.mediaops.analytics.testing.EngineModuleRules;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shared engine rules, applied to the membership engines: the ledger's concurrency lives behind its store
 * SPI (the in-memory store uses the store's monitor; the JDBC one lives in mediaops-analytics-membership-jdbc),
 * so the engines themselves use no {@code java.util.concurrent}, threads or I/O.
 */
class EngineModuleRulesTest extends EngineModuleRules {
    private static final List<String> PACKAGES = List.of("ledger", "tier", "community");

    @Override
    protected String rootPackage() {
        return "io.github.mediaops.analytics.membership";
    }

    @Override
    protected List<String> allowedLibraries() {
        return List.of("io.github.mediaops.analytics.measure..");
    }

    @Test
    void the_rules_see_every_engine_package() {
        for (String p : PACKAGES) {
            String name = rootPackage() + "." + p;
            assertThat(main().that(DescribedPredicate.describe("in " + name, c -> c.getPackageName().equals(name))))
                    .as(name).isNotEmpty();
        }
    }
}
