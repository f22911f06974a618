package io.github.mediaops.core.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The rules and compliance packages stay pure: JDK, SLF4J API, mediaops core and (compliance) the pinyin4j tables. */
class RulesAndComplianceArchitectureTest {
    private final JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.github.mediaops.core.rules", "io.github.mediaops.core.compliance");

    @Test
    void depend_only_on_the_jdk_slf4j_and_core() {
        classes().that().resideInAnyPackage("io.github.mediaops.core.rules..", "io.github.mediaops.core.compliance..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.slf4j..", "io.github.mediaops.core..",
                        "com.fasterxml.jackson.annotation..", "net.sourceforge.pinyin4j..")
                .check(classes);
    }

    @Test
    void compliance_does_not_depend_on_adaptation() {
        classes().that().resideInAPackage("io.github.mediaops.core.compliance..")
                .should().onlyDependOnClassesThat().resideOutsideOfPackage("io.github.mediaops.core.rules..")
                .check(classes);
    }
}
