package io.github.mediaops.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Boundaries between the published modules, checked here because this module's class path holds all of
 * them: an {@code internal} package is used only inside the module (root package) that owns it, and
 * the analytics modules never depend on each other except report, postmortem and membership on measure
 * (membership's retention of joiners reuses measure's cohort engine).
 */
class ModuleBoundariesTest {
    private static final JavaClasses ALL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.github.mediaops");

    /** One root package per published module (DESIGN.md §2); each must be on the class path. */
    private static final List<String> ROOTS = List.of("io.github.mediaops.core", "io.github.mediaops.abtest",
            "io.github.mediaops.analytics.measure", "io.github.mediaops.analytics.accumulate",
            "io.github.mediaops.analytics.report", "io.github.mediaops.analytics.postmortem",
            "io.github.mediaops.analytics.planning",
            "io.github.mediaops.analytics.growth", "io.github.mediaops.analytics.membership",
            "io.github.mediaops.analytics.membership.jdbc", "io.github.mediaops.connector.support",
            "io.github.mediaops.connector.tck", "io.github.mediaops.connector.wechat",
            "io.github.mediaops.connector.feishu", "io.github.mediaops.connector.trello",
            "io.github.mediaops.connector.douyin", "io.github.mediaops.connector.kuaishou",
            "io.github.mediaops.connector.oceanengine", "io.github.mediaops.connector.tencentads",
            "io.github.mediaops.connector.bilibili", "io.github.mediaops.connector.weibo",
            "io.github.mediaops.connector.wecom",
            "io.github.mediaops.connector.imports", "io.github.mediaops.connector.xiaohongshu",
            "io.github.mediaops.connector.datatools", "io.github.mediaops.connector.channels",
            "io.github.mediaops.connector.juguang", "io.github.mediaops.connector.tiktok",
            "io.github.mediaops.spring.boot", "io.github.mediaops.connector.ga4",
            "io.github.mediaops.connector.youtube");

    @Test
    void every_module_is_seen() {
        for (String root : ROOTS) {
            assertThat(ALL.that(DescribedPredicate.describe("in " + root, c -> c.getPackageName().startsWith(root))))
                    .as(root).isNotEmpty();
        }
    }

    @Test
    void internal_packages_are_used_only_inside_their_module() {
        noClasses().should(useAnotherModulesInternals()).check(ALL);
    }

    @Test
    void the_internal_rule_catches_a_class_that_reaches_into_abtest_internals() {
        JavaClasses offender = new ClassFileImporter().importClasses(ReachesIntoInternals.class);
        assertThatThrownBy(() -> noClasses().should(useAnotherModulesInternals()).check(offender))
                .isInstanceOf(AssertionError.class).hasMessageContaining("io.github.mediaops.abtest.internal.Numerics");
    }

    /** Deliberately breaks the rule, for the test above. */
    static final class ReachesIntoInternals {
        double p() {
            return io.github.mediaops.abtest.internal.Numerics.phi(1.0);
        }
    }

    @Test
    void analytics_modules_are_independent_except_report_postmortem_and_membership_on_measure() {
        String[] groups = {"measure", "accumulate", "report", "postmortem", "planning", "growth", "membership"};
        for (String g : groups) {
            String own = "io.github.mediaops.analytics." + g + "..";
            for (String other : groups) {
                if (other.equals(g) || ((g.equals("report") || g.equals("postmortem") || g.equals("membership"))
                        && other.equals("measure"))) {
                    continue;
                }
                noClasses().that().resideInAPackage(own).should().dependOnClassesThat()
                        .resideInAPackage("io.github.mediaops.analytics." + other + "..")
                        .allowEmptyShould(false).check(ALL);
            }
        }
    }

    /** The owner of {@code a.b.internal.c.X} is the module whose root package is {@code a.b}. */
    private static ArchCondition<JavaClass> useAnotherModulesInternals() {
        return new ArchCondition<>("use another module's internal packages") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                origin.getDirectDependenciesFromSelf().forEach(d -> {
                    String target = d.getTargetClass().getPackageName();
                    int i = (target + ".").indexOf(".internal.");
                    if (target.startsWith("io.github.mediaops.") && i > 0) {
                        String owner = target.substring(0, i);
                        String from = origin.getPackageName();
                        boolean outside = !(from.equals(owner) || from.startsWith(owner + "."));
                        events.add(new SimpleConditionEvent(origin, outside, d.getDescription()));
                    }
                });
            }
        };
    }
}
