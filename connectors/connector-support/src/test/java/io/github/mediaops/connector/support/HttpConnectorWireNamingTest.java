package io.github.mediaops.connector.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.PropertyNamingStrategy;
import io.github.mediaops.core.connector.Capability;
import io.github.mediaops.core.connector.ConnectorConfig;
import io.github.mediaops.core.connector.ConnectorDescriptor;
import io.github.mediaops.core.connector.Credentials;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.platform.Platform;
import java.io.IOException;
import java.net.URI;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.POST;

/** The template's wire-naming option: one naming for every record of the API, on loopback HTTP. */
class HttpConnectorWireNamingTest {
    private static final ConnectorDescriptor DESCRIPTOR = ConnectorDescriptor.of("acme-naming",
            Platform.of("acme-naming", "Acme naming"), Capability.NOTIFICATIONS);
    private static final ErrorTable ERRORS = ErrorTable.builder(DESCRIPTOR.platform()).codeAt("/errcode").build();

    record DraftRequest(String mediaId, int articleIndex, @JsonProperty("kept") String keptAsNamed) {
    }

    record DraftResponse(String mediaId, Long totalCount, String errmsg) {
    }

    interface Api {
        @POST("draft")
        Call<DraftResponse> draft(@Body DraftRequest request);
    }

    static final class Acme extends HttpConnector {
        final Api api;

        Acme(AcmeBuilder b) {
            super(DESCRIPTOR, URI.create("https://acme.invalid/"), b, ERRORS, b.naming);
            this.api = api(Api.class);
        }

        Acme(AcmeBuilder b, boolean defaultNaming) {
            super(DESCRIPTOR, URI.create("https://acme.invalid/"), b, ERRORS);
            this.api = api(Api.class);
        }

        DraftResponse draft(DraftRequest r) {
            return runtime().readWithoutToken("draft", () -> api.draft(r));
        }
    }

    static final class AcmeBuilder extends HttpConnector.Builder<AcmeBuilder> {
        PropertyNamingStrategy naming = PropertyNamingStrategies.SNAKE_CASE;

        AcmeBuilder(ConnectorConfig config) {
            super(config, "appId");
        }

        @Override
        public Acme build() {
            return new Acme(this);
        }
    }

    private MockWebServer server;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private ConnectorConfig config() {
        return ConnectorConfig.builder().baseUrl(server.url("/").toString())
                .credentials(Credentials.builder().identifier("appId", "a1").build()).build();
    }

    @Test
    void snake_case_names_every_request_and_answer_property_and_json_property_still_wins() throws Exception {
        server.enqueue(new MockResponse.Builder().body("{\"media_id\":\"m-1\",\"total_count\":\"7\"}").build());
        try (Acme a = new AcmeBuilder(config()).build()) {
            DraftResponse r = a.draft(new DraftRequest("m-0", 2, "k"));
            assertThat(r.mediaId()).isEqualTo("m-1");
            assertThat(r.totalCount()).isEqualTo(7L);
        }
        RecordedRequest sent = server.takeRequest();
        assertThat(sent.getBody().utf8()).isEqualTo("{\"media_id\":\"m-0\",\"article_index\":2,\"kept\":\"k\"}");
    }

    @Test
    void without_the_option_names_stay_as_the_components_are_named() throws Exception {
        server.enqueue(new MockResponse.Builder().body("{\"mediaId\":\"m-1\",\"media_id\":\"other\"}").build());
        AcmeBuilder b = new AcmeBuilder(config());
        try (Acme a = new Acme(b, true)) {
            assertThat(a.draft(new DraftRequest("m-0", 2, "k")).mediaId()).isEqualTo("m-1");
        }
        assertThat(server.takeRequest().getBody().utf8()).isEqualTo("{\"mediaId\":\"m-0\",\"articleIndex\":2,\"kept\":\"k\"}");
    }

    @Test
    void errors_are_still_decoded_from_snake_case_bodies() {
        server.enqueue(new MockResponse.Builder().body("{\"errcode\":40007,\"errmsg\":\"invalid media_id\"}").build());
        try (Acme a = new AcmeBuilder(config()).build()) {
            assertThatThrownBy(() -> a.draft(new DraftRequest("m-0", 1, null)))
                    .hasMessageContaining("40007");
        }
    }

    @Test
    void a_null_naming_is_refused() {
        AcmeBuilder b = new AcmeBuilder(config());
        b.naming = null;
        assertThatThrownBy(b::build).isInstanceOf(InvalidValueException.class).hasMessageContaining("wireNaming");
    }
}
