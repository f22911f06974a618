package io.github.mediaops.analytics.testing;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import java.lang.reflect.Executable;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds public constructors and methods that take two or more arguments of one (generic) type, such as
 * {@code (long detractors, long passives, long promoters)} or {@code (Money revenue, Money spend)}:
 * swapping two of them compiles and, unless validation catches it, silently changes the result.
 * Signatures are written {@code Owner#name(type, type)} with the owner relative to the root package.
 *
 * @since 0.1.0
 */
public final class SwappableArguments {
    private SwappableArguments() {
    }

    /**
     * Every public signature of the public types under {@code rootPackage} with a repeated argument type.
     *
     * @param classes     the module's classes
     * @param rootPackage the module's root package
     * @return the signatures, sorted
     */
    public static Set<String> find(JavaClasses classes, String rootPackage) {
        Set<String> out = new TreeSet<>();
        for (JavaClass c : classes) {
            if (!c.getModifiers().contains(JavaModifier.PUBLIC) || !publicAllTheWayOut(c)) {
                continue;
            }
            Class<?> type = c.reflect();
            List<Executable> members = new ArrayList<>(List.of(type.getConstructors()));
            for (var m : type.getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers()) && !m.isSynthetic() && !m.isBridge()) {
                    members.add(m);
                }
            }
            for (Executable e : members) {
                Type[] params = e.getGenericParameterTypes();
                Set<String> seen = new HashSet<>();
                boolean repeated = false;
                for (Type p : params) {
                    repeated |= !seen.add(p.getTypeName());
                }
                if (repeated) {
                    out.add(signature(c.getName().substring(rootPackage.length() + 1), e, params));
                }
            }
        }
        return out;
    }

    private static boolean publicAllTheWayOut(JavaClass c) {
        return c.getEnclosingClass().map(o -> o.getModifiers().contains(JavaModifier.PUBLIC) && publicAllTheWayOut(o))
                .orElse(true);
    }

    private static String signature(String owner, Executable e, Type[] params) {
        List<String> names = new ArrayList<>();
        for (Type p : params) {
            names.add(p.getTypeName().replaceAll("[a-z][a-z0-9_]*\\.", ""));
        }
        String name = e instanceof java.lang.reflect.Constructor<?> ? "new" : e.getName();
        return owner + "#" + name + "(" + String.join(", ", names) + ")";
    }
}
