package io.github.mediaops.analytics.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The rules every analytics engine module keeps (DESIGN.md §2, §3.6): engines are pure (no files,
 * network, logging, threads, console or wall clock), never touch the HTTP/JSON stack, and depend only
 * on the JDK, {@code mediaops-core}, their own root package and the libraries their module declares,
 * add no public signature whose arguments could be swapped silently ({@link SwappableArguments}), and
 * document their contract ({@link PublicDocs}: every public method and constructor has Javadoc, every
 * public type {@code @since}, every package an entry class with a {@code <pre>{@code ...}</pre>} example).
 * A module's test extends this class and names its root package and allowed libraries; the signatures
 * it still accepts are listed, each under a comment saying why, in its test resource
 * {@code swappable-signatures.txt}.
 *
 * @since 0.1.0
 */
public abstract class EngineModuleRules {
    private JavaClasses main;

    /** The module's root package, e.g. {@code io.github.mediaops.analytics.measure}. */
    protected abstract String rootPackage();

    /**
     * Packages (ArchUnit syntax, e.g. {@code "org.apache.commons.statistics.."}) of the third-party
     * libraries and other mediaops modules this module may use, besides the JDK and core.
     */
    protected abstract List<String> allowedLibraries();

    /** The module's main classes (tests and jars excluded). */
    protected final JavaClasses main() {
        if (main == null) {
            main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                    .importPackages(rootPackage());
        }
        return main;
    }

    @Test
    void depends_only_on_the_jdk_core_and_its_declared_libraries() {
        List<String> allowed = new ArrayList<>(List.of("java..", "io.github.mediaops.core..", rootPackage() + ".."));
        allowed.addAll(allowedLibraries());
        classes().should().onlyDependOnClassesThat().resideInAnyPackage(allowed.toArray(String[]::new)).check(main());
    }

    @Test
    void no_new_public_signature_takes_two_arguments_that_could_be_swapped_silently() {
        Set<String> found = SwappableArguments.find(main(), rootPackage());
        Set<String> accepted = acceptedSwappable();
        Set<String> unexpected = new TreeSet<>(found);
        unexpected.removeAll(accepted);
        Set<String> stale = new TreeSet<>(accepted);
        stale.removeAll(found);
        org.assertj.core.api.Assertions.assertThat(unexpected)
                .as("public signatures with two arguments of one type: use named factories or builders, or accept "
                        + "them with a reason in swappable-signatures.txt").isEmpty();
        org.assertj.core.api.Assertions.assertThat(stale)
                .as("accepted in swappable-signatures.txt but gone: remove them").isEmpty();
    }

    @Test
    void every_public_method_has_javadoc_every_type_since_and_every_package_an_example() {
        PublicDocs docs = PublicDocs.scan(Path.of("src", "main", "java"));
        Set<String> pending = lines("/docs-pending.txt");
        org.assertj.core.api.Assertions.assertThat(outside(docs.undocumentedMethods(), pending))
                .as("public methods and constructors without Javadoc").isEmpty();
        org.assertj.core.api.Assertions.assertThat(outside(docs.typesWithoutSince(), pending))
                .as("public types without @since").isEmpty();
        org.assertj.core.api.Assertions.assertThat(outside(docs.packagesWithoutExample(), pending))
                .as("packages none of whose public types shows a <pre>{@code ...}</pre> example").isEmpty();
    }

    /** The names not under any of the prefixes (a package or type another change is documenting). */
    private static Set<String> outside(Set<String> names, Set<String> prefixes) {
        Set<String> out = new TreeSet<>();
        for (String n : names) {
            if (prefixes.stream().noneMatch(p -> n.equals(p) || n.startsWith(p + ".") || n.startsWith(p + "#"))) {
                out.add(n);
            }
        }
        return out;
    }

    private Set<String> acceptedSwappable() {
        return lines("/swappable-signatures.txt");
    }

    private Set<String> lines(String resource) {
        Set<String> out = new TreeSet<>();
        InputStream in = getClass().getResourceAsStream(resource);
        if (in == null) {
            return out;
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    out.add(t);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    @Test
    void no_http_stack_or_databind() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("retrofit2..", "okhttp3..",
                "com.fasterxml.jackson.databind..").check(main());
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
                .check(main());
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
                .check(main());
    }
}
