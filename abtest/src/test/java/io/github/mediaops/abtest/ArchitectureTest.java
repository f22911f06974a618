package io.github.mediaops.abtest;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The engines stay pure and free of HTTP/JSON stacks (DESIGN.md §2, §3.6). */
class ArchitectureTest {
    private static final JavaClasses ABTEST = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("io.github.mediaops.abtest");

    @Test
    void does_not_depend_on_http_json_or_connector_code() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("retrofit2..", "okhttp3..",
                "com.fasterxml.jackson.databind..", "io.github.mediaops.core.connector..", "io.github.mediaops.connector..")
                .check(ABTEST);
    }

    @Test
    void engines_do_no_io_logging_or_threading_and_read_no_clock() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio.file..", "java.net..",
                "org.slf4j..", "java.util.logging..", "java.util.concurrent..")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(System.class, "nanoTime")
                .orShould().callMethod(Math.class, "random")
                .check(ABTEST);
    }
}
