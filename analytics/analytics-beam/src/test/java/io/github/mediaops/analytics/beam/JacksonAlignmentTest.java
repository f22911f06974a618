package io.github.mediaops.analytics.beam;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.options.StreamingOptions;
import org.junit.jupiter.api.Test;

/**
 * Beam 2.73 is built against Jackson 2.15; this module runs on the Jackson the mediaops BOM pins (the build
 * resolves Beam's Jackson to it, as a host importing the BOM does). Beam uses Jackson to ship pipeline options
 * to the workers: that round trip works on ours.
 */
class JacksonAlignmentTest {
    @Test
    void beam_runs_on_the_bom_jackson_and_ships_pipeline_options_with_it() throws IOException {
        Properties bom = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/bom-versions.properties")) {
            bom.load(in);
        }
        assertThat(com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString())
                .isEqualTo(bom.getProperty("jackson.version")).isNotEqualTo("2.15.4");
        assertThat(com.fasterxml.jackson.core.json.PackageVersion.VERSION.toString())
                .isEqualTo(bom.getProperty("jackson.version"));

        StreamingOptions options = PipelineOptionsFactory.fromArgs("--streaming=true", "--jobName=kpis")
                .as(StreamingOptions.class);
        ObjectMapper mapper = new ObjectMapper();
        String json = mapper.writeValueAsString(options);
        PipelineOptions back = mapper.readValue(json, PipelineOptions.class);
        assertThat(back.as(StreamingOptions.class).isStreaming()).isTrue();
        assertThat(back.getJobName()).isEqualTo("kpis");
    }
}
