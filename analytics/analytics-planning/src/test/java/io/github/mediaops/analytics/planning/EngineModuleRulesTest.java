package io.github.mediaops.analytics.planning;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import io.github.mediaops.analytics.testing.EngineModuleRules;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shared engine rules, applied to the planning engines, which also do no {@code java.io} at all. */
class EngineModuleRulesTest extends EngineModuleRules {
    private static final List<String> PACKAGES = List.of("calendar", "besttime", "trends", "inbox", "lottery", "checkin",
            "live", "leads", "fission", "search");

    @Override
    protected String rootPackage() {
        return "io.github.mediaops.analytics.planning";
    }

    @Override
    protected List<String> allowedLibraries() {
        return List.of("com.tyme..", "javax.crypto..");
    }

    @Test
    void the_rules_see_every_engine_package() {
        for (String p : PACKAGES) {
            String name = rootPackage() + "." + p;
            assertThat(main().that(DescribedPredicate.describe("in " + name, c -> c.getPackageName().equals(name))))
                    .as(name).isNotEmpty();
        }
    }

    @Test
    void no_java_io() {
        noClasses().should().dependOnClassesThat().resideInAPackage("java.io..").check(main());
    }
}
