package io.github.mediaops.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** core depends only on the JDK, the SLF4J API and Jackson's annotation-only jar. */
class ArchitectureTest {
    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.github.mediaops.core");

    @Test
    void core_depends_only_on_the_jdk_slf4j_and_annotations() {
        // compliance may also read the pinyin4j tables: RulesAndComplianceArchitectureTest
        classes().that().resideOutsideOfPackage("io.github.mediaops.core.compliance..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                "java..", "javax.annotation..", "org.slf4j..", "com.fasterxml.jackson.annotation..",
                "io.github.mediaops.core..")
                .check(CORE);
    }

    @Test
    void core_never_uses_http_or_databind() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                "retrofit2..", "okhttp3..", "com.fasterxml.jackson.databind..", "io.github.resilience4j..")
                .check(CORE);
    }

    @Test
    void the_model_does_not_depend_on_the_connector_spi() {
        noClasses().that().resideInAnyPackage("io.github.mediaops.core.content..", "io.github.mediaops.core.metrics..",
                        "io.github.mediaops.core.campaign..", "io.github.mediaops.core.kpi..", "io.github.mediaops.core.plan..",
                        "io.github.mediaops.core.platform..", "io.github.mediaops.core.publish..",
                        "io.github.mediaops.core.engagement..")
                .should().dependOnClassesThat().resideInAPackage("io.github.mediaops.core.connector..")
                .check(CORE);
    }
}
