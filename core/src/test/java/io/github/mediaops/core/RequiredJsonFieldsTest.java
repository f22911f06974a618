package io.github.mediaops.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.mediaops.core.kpi.KpiTarget;
import io.github.mediaops.core.live.ViewerSample;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: a record component of primitive type cannot say "absent", so a JSON document that leaves it
 * out must be refused rather than read as 0 or false.
 */
class RequiredJsonFieldsTest {

    @Test
    void a_kpi_target_without_its_target_is_refused() {
        assertThatThrownBy(() -> Json.MAPPER.readValue(
                "{\"kpiId\":\"engagement_rate\",\"period\":{\"start\":\"2026-11-01\",\"end\":\"2026-11-30\"}}",
                KpiTarget.class))
                .isInstanceOf(MismatchedInputException.class).hasMessageContaining("target");
        assertThatThrownBy(() -> Json.MAPPER.readValue("{\"at\":\"2026-11-01T12:00:00Z\"}", ViewerSample.class))
                .isInstanceOf(MismatchedInputException.class).hasMessageContaining("viewers");
    }

    @Test
    void a_complete_kpi_target_still_reads() throws Exception {
        KpiTarget t = Json.MAPPER.readValue("{\"kpiId\":\"engagement_rate\",\"target\":0.04,"
                + "\"period\":{\"start\":\"2026-11-01\",\"end\":\"2026-11-30\"}}", KpiTarget.class);
        assertThat(t.target()).isEqualTo(0.04);
    }

    @Test
    void every_primitive_component_of_a_public_core_record_is_required_in_json() throws Exception {
        List<String> missing = new ArrayList<>();
        Path root = Path.of(Money.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> names;
        try (Stream<Path> files = Files.walk(root)) {
            names = files.map(f -> root.relativize(f).toString().replace(java.io.File.separatorChar, '.'))
                    .filter(n -> n.endsWith(".class") && !n.contains("$")).map(n -> n.substring(0, n.length() - 6))
                    .toList();
        }
        assertThat(names).contains(KpiTarget.class.getName());
        for (String name : names) {
            Class<?> c = Class.forName(name);
            if (!c.isRecord() || !Modifier.isPublic(c.getModifiers())) {
                continue;
            }
            RecordComponent[] rc = c.getRecordComponents();
            Constructor<?> canonical = c.getDeclaredConstructor(Arrays.stream(rc).map(RecordComponent::getType)
                    .toArray(Class<?>[]::new));
            Parameter[] ps = canonical.getParameters();
            for (int i = 0; i < rc.length; i++) {
                JsonProperty p = ps[i].getAnnotation(JsonProperty.class);
                if (rc[i].getType().isPrimitive() && (p == null || !p.required())) {
                    missing.add(c.getSimpleName() + "." + rc[i].getName());
                }
            }
        }
        assertThat(missing).as("primitive record components without @JsonProperty(required = true)").isEmpty();
    }
}
