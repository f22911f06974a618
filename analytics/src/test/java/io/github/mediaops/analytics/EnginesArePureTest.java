package io.github.mediaops.analytics;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The analytics engines stay pure and free of the HTTP stack (DESIGN.md §2, §3.6). */
class EnginesArePureTest {
    static final JavaClasses MAIN = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.github.mediaops.analytics");

    @Test
    void no_http_stack_or_databind() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("retrofit2..", "okhttp3..",
                "com.fasterxml.jackson.databind..").check(MAIN);
    }

    @Test
    void no_files_network_logging_threads_or_console() {
        // java.net's value types (URI, URLEncoder/URLDecoder) are pure and used to build tracking links;
        // everything in java.net that opens a connection is banned by name.
        noClasses().should().dependOnClassesThat().resideInAnyPackage("java.nio.file..", "java.nio.channels..",
                        "java.net.http..", "org.slf4j..", "java.util.logging..", "java.util.concurrent..")
                .orShould().dependOnClassesThat().belongToAnyOf(java.io.File.class, java.io.FileOutputStream.class,
                        java.io.FileInputStream.class, Thread.class, java.util.Random.class, java.net.URL.class,
                        java.net.URLConnection.class, java.net.HttpURLConnection.class, java.net.Socket.class,
                        java.net.ServerSocket.class, java.net.DatagramSocket.class, java.net.InetAddress.class)
                .orShould().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .check(MAIN);
    }

    @Test
    void no_wall_clock() {
        noClasses().should().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.LocalDate.class, "now")
                .check(MAIN);
    }
}
