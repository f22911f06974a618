package io.github.mediaops.analytics.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublicDocsTest {
    @TempDir
    Path root;

    @Test
    void reports_undocumented_public_methods_types_without_since_and_packages_without_an_example() throws IOException {
        write("p/Documented.java", """
                package p;
                /**
                 * Fine.
                 * <pre>{@code
                 * new Documented().twice(2);
                 * }</pre>
                 * @since 0.1.0
                 */
                public final class Documented {
                    /** @return 2x */
                    public int twice(int x) { return 2 * x; }
                    @Override
                    public String toString() { return "d"; }
                    int hidden() { return 0; }
                    private static final class Inner { public void notApi() { } }
                }
                """);
        write("q/Bare.java", """
                package q;
                /** No since, no example. */
                public record Bare(int x) {
                    public Bare { }
                    public int doubled() { return 2 * x; }
                    /** Documented. */
                    public static Bare of(int x) { return new Bare(x); }
                    public interface Callback { void call(); }
                }
                """);
        PublicDocs docs = PublicDocs.scan(root);
        assertThat(docs.undocumentedMethods()).containsExactly("q.Bare#doubled", "q.Bare#new", "q.Bare.Callback#call");
        assertThat(docs.typesWithoutSince()).containsExactly("q.Bare");
        assertThat(docs.packagesWithoutExample()).containsExactly("q");
    }

    private void write(String path, String text) throws IOException {
        Path f = root.resolve(path);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
    }
}
