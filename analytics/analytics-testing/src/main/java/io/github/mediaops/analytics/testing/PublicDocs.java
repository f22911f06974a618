package io.github.mediaops.analytics.testing;

import com.sun.source.doctree.DocCommentTree;
import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.DocTrees;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Reads a module's main sources with the JDK's own parser ({@code com.sun.source}) and reports where
 * its public contract is undocumented: a public method or constructor without a Javadoc comment, a
 * public top-level type without {@code @since}, and a package none of whose public types shows a
 * {@code <pre>{@code ...}</pre>} example. Overrides ({@code @Override}) inherit their documentation
 * and are not reported. Only syntax is read, so nothing needs to compile.
 *
 * @since 0.1.0
 */
public final class PublicDocs {
    private final Set<String> undocumented = new TreeSet<>();
    private final Set<String> withoutSince = new TreeSet<>();
    private final Map<String, Boolean> packageHasExample = new TreeMap<>();

    private PublicDocs() {
    }

    /**
     * Scans every {@code .java} file under {@code sourceRoot}.
     *
     * @param sourceRoot a source root such as {@code src/main/java}
     * @return what was found
     * @throws UncheckedIOException when the sources cannot be read
     */
    public static PublicDocs scan(Path sourceRoot) {
        PublicDocs out = new PublicDocs();
        List<Path> files;
        try (Stream<Path> s = Files.walk(sourceRoot)) {
            files = s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        try (StandardJavaFileManager fm = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            JavacTask task = (JavacTask) javac.getTask(null, fm, d -> { }, List.of("-proc:none"), null,
                    fm.getJavaFileObjectsFromPaths(files));
            DocTrees docs = DocTrees.instance(task);
            for (CompilationUnitTree unit : task.parse()) {
                String pkg = unit.getPackageName() == null ? "" : unit.getPackageName().toString();
                if (unit.getSourceFile().getName().endsWith("package-info.java")) {
                    continue;
                }
                out.packageHasExample.putIfAbsent(pkg, false);
                new Scanner(out, docs, pkg).scan(new TreePath(unit), null);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** @return {@code Type#method} of each public method or constructor without a Javadoc comment, sorted */
    public Set<String> undocumentedMethods() {
        return java.util.Collections.unmodifiableSortedSet(new TreeSet<>(undocumented));
    }

    /** @return each public top-level type whose Javadoc has no {@code @since}, sorted */
    public Set<String> typesWithoutSince() {
        return java.util.Collections.unmodifiableSortedSet(new TreeSet<>(withoutSince));
    }

    /** @return each package none of whose public types carries a {@code <pre>{@code ...}</pre>} example */
    public Set<String> packagesWithoutExample() {
        Set<String> out = new TreeSet<>();
        packageHasExample.forEach((p, has) -> {
            if (!has) {
                out.add(p);
            }
        });
        return java.util.Collections.unmodifiableSortedSet(new TreeSet<>(out));
    }

    private static final class Scanner extends TreePathScanner<Void, Void> {
        private final PublicDocs out;
        private final DocTrees docs;
        private final String pkg;
        private final Deque<ClassInfo> types = new ArrayDeque<>();

        Scanner(PublicDocs out, DocTrees docs, String pkg) {
            this.out = out;
            this.docs = docs;
            this.pkg = pkg;
        }

        private record ClassInfo(String name, boolean publicAllTheWay, boolean isInterface) {
        }

        @Override
        public Void visitClass(ClassTree node, Void unused) {
            ClassInfo outer = types.peek();
            boolean declaredPublic = node.getModifiers().getFlags().contains(Modifier.PUBLIC)
                    || (outer != null && outer.isInterface());
            boolean visible = declaredPublic && (outer == null || outer.publicAllTheWay());
            String name = outer == null ? node.getSimpleName().toString() : outer.name() + "." + node.getSimpleName();
            if (node.getSimpleName().length() == 0) {
                return null; // anonymous classes are not part of the contract
            }
            if (visible) {
                DocCommentTree doc = docs.getDocCommentTree(getCurrentPath());
                String text = doc == null ? "" : doc.toString();
                if (outer == null && !text.contains("@since")) {
                    out.withoutSince.add(pkg + "." + name);
                }
                if (text.contains("{@code") && text.contains("<pre>")) {
                    out.packageHasExample.put(pkg, true);
                }
            }
            boolean isInterface = node.getKind() == Tree.Kind.INTERFACE || node.getKind() == Tree.Kind.ANNOTATION_TYPE;
            types.push(new ClassInfo(name, visible, isInterface));
            try {
                return super.visitClass(node, unused);
            } finally {
                types.pop();
            }
        }

        @Override
        public Void visitMethod(MethodTree node, Void unused) {
            ClassInfo owner = types.peek();
            if (owner == null || !owner.publicAllTheWay()) {
                return null;
            }
            ModifiersTree mods = node.getModifiers();
            boolean isPublic = mods.getFlags().contains(Modifier.PUBLIC)
                    || (owner.isInterface() && !mods.getFlags().contains(Modifier.PRIVATE));
            if (!isPublic || overrides(mods)) {
                return null;
            }
            if (docs.getDocCommentTree(getCurrentPath()) == null) {
                String name = node.getName().contentEquals("<init>") ? "new" : node.getName().toString();
                out.undocumented.add(pkg + "." + owner.name() + "#" + name);
            }
            return null; // bodies hold no public declarations worth reporting
        }

        private static boolean overrides(ModifiersTree mods) {
            for (AnnotationTree a : mods.getAnnotations()) {
                String t = a.getAnnotationType().toString();
                if (t.equals("Override") || t.equals("java.lang.Override")) {
                    return true;
                }
            }
            return false;
        }
    }
}
