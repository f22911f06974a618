package io.github.mediaops.analytics.properties;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The planning engines do no I/O, no logging, no threads and read no wall clock of their own. */
class PlanningEnginesArePureTest {
    private static final String[] PACKAGES = {"io.github.mediaops.analytics.calendar", "io.github.mediaops.analytics.besttime",
            "io.github.mediaops.analytics.trends", "io.github.mediaops.analytics.inbox", "io.github.mediaops.analytics.lottery",
            "io.github.mediaops.analytics.checkin", "io.github.mediaops.analytics.live", "io.github.mediaops.analytics.leads",
            "io.github.mediaops.analytics.fission"};
    private final JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(PACKAGES);

    @Test
    void the_rules_see_every_engine_package() {
        for (String p : PACKAGES) {
            org.assertj.core.api.Assertions.assertThat(classes.that(
                    com.tngtech.archunit.base.DescribedPredicate.describe("in " + p, c -> c.getPackageName().equals(p))))
                    .as(p).isNotEmpty();
        }
    }

    @Test
    void no_io_logging_threads_or_http() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio.file..", "java.net.http..",
                "org.slf4j..", "java.util.concurrent..", "okhttp3..", "retrofit2..", "com.fasterxml.jackson.databind..")
                .check(classes);
    }

    @Test
    void no_hidden_clock_or_randomness() {
        noClasses().should().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.Clock.class, "systemUTC")
                .orShould().callMethod(java.time.Clock.class, "systemDefaultZone")
                .orShould().callMethod(Math.class, "random")
                .orShould().callConstructor(java.util.Random.class)
                .orShould().callConstructor(java.security.SecureRandom.class)
                .check(classes);
    }
}
