package io.github.mediaops.connector.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class RedactorTest {
    private final Redactor r = Redactor.defaults();

    @Test
    void masks_token_and_secret_query_parameters_and_keeps_the_rest() {
        assertThat(r.redact("https://api.weixin.qq.com/cgi-bin/token?grant_type=client_credential&appid=wx1&secret=s3cr3t"))
                .isEqualTo("https://api.weixin.qq.com/cgi-bin/token?grant_type=client_credential&appid=wx1&secret=****");
        assertThat(r.redact("http://h/datacube/x?access_token=ABC.def-123&x=1"))
                .isEqualTo("http://h/datacube/x?access_token=****&x=1");
        assertThat(r.redact("/push?signature=abc&timestamp=1&msg_signature=def"))
                .isEqualTo("/push?signature=****&timestamp=1&msg_signature=****");
    }

    @Test
    void masks_the_upload_id_of_a_google_resumable_session_uri() {
        // the session URI of YouTube's resumable upload is the Location header; its upload_id names the session
        assertThat(r.redact("https://www.googleapis.com/upload/youtube/v3/videos?uploadType=resumable&upload_id=AEnB2Uxyz"))
                .isEqualTo("https://www.googleapis.com/upload/youtube/v3/videos?uploadType=resumable&upload_id=****");
    }

    @Test
    void masks_authorisation_codes_sent_in_a_query_or_body() {
        // Tencent Ads sends oauth/token's code in the query; Ocean Engine sends auth_code in a JSON body
        assertThat(r.redact("http://h/oauth/token?client_id=1&client_secret=S&grant_type=authorization_code&authorization_code=C1"))
                .isEqualTo("http://h/oauth/token?client_id=1&client_secret=****&grant_type=authorization_code&authorization_code=****");
        assertThat(r.redact("{\"app_id\":1,\"auth_code\":\"C2\"}")).isEqualTo("{\"app_id\":1,\"auth_code\":\"****\"}");
    }

    @Test
    void masks_an_oauth_code_in_a_query_but_keeps_a_json_result_code() {
        // Bilibili's and Kuaishou's token URLs carry the authorisation code as ?code=; bodies carry "code" as the result
        assertThat(r.redact("http://h/x/account-oauth2/v1/token?client_id=a&client_secret=S&grant_type=authorization_code&code=C3"))
                .isEqualTo("http://h/x/account-oauth2/v1/token?client_id=a&client_secret=****&grant_type=authorization_code&code=****");
        assertThat(r.redact("http://h/oauth2/access_token?app_id=a&code=C4&grant_type=code"))
                .isEqualTo("http://h/oauth2/access_token?app_id=a&code=****&grant_type=code");
        assertThat(r.redact("{\"code\":122007,\"message\":\"refresh token used\"}"))
                .isEqualTo("{\"code\":122007,\"message\":\"refresh token used\"}");
        assertThat(r.redact("http://h/api?errcode=1&zipcode=100")).isEqualTo("http://h/api?errcode=1&zipcode=100");
    }

    @Test
    void masks_json_fields_including_escaped_quotes_and_numbers() {
        assertThat(r.redact("{\"access_token\":\"T\\\"OK\",\"expires_in\":7200,\"refresh_token\":\"R\"}"))
                .isEqualTo("{\"access_token\":\"****\",\"expires_in\":7200,\"refresh_token\":\"****\"}");
        assertThat(r.redact("{\"errcode\":40001,\"token\": 12345}")).isEqualTo("{\"errcode\":40001,\"token\": \"****\"}");
    }

    @Test
    void masks_the_encrypt_element_of_push_xml() {
        assertThat(r.redact("<xml><Encrypt><![CDATA[abc]]></Encrypt></xml>")).isEqualTo("<xml><Encrypt>****</Encrypt></xml>");
    }

    @Test
    void masks_the_wecom_corp_secret_and_welcome_codes() {
        Redactor r = Redactor.defaults();
        assertThat(r.redact("GET /cgi-bin/gettoken?corpid=ww0123&corpsecret=s3cr3t-value"))
                .isEqualTo("GET /cgi-bin/gettoken?corpid=ww0123&corpsecret=****");
        assertThat(r.redact("{\"welcome_code\":\"CALLBACK-CODE\",\"text\":{\"content\":\"hi\"}}"))
                .doesNotContain("CALLBACK-CODE").contains("hi");
        assertThat(r.redact("<xml><WelcomeCode>CALLBACK-CODE</WelcomeCode></xml>")).doesNotContain("CALLBACK-CODE");
    }

    @Test
    void masks_the_measurement_protocol_secret_a_jwt_assertion_and_a_service_account_key() {
        Redactor r = Redactor.defaults();
        assertThat(r.redact("POST /mp/collect?measurement_id=G-ABC123&api_secret=XyZ-secret"))
                .isEqualTo("POST /mp/collect?measurement_id=G-ABC123&api_secret=****");
        assertThat(r.redact("grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Ajwt-bearer&assertion=eyJhbGci.eyJpc3Mi.c2ln"))
                .doesNotContain("eyJhbGci");
        assertThat(r.redact("{\"private_key\":\"-----BEGIN PRIVATE KEY-----\\nMIIE\\n-----END PRIVATE KEY-----\\n\",\"client_email\":\"a@b\"}"))
                .doesNotContain("MIIE").contains("a@b");
    }

    @Test
    void extra_names_are_masked_too() {
        assertThat(Redactor.withExtraNames(Set.of("x_api_key")).redact("?x_api_key=1&a=2")).isEqualTo("?x_api_key=****&a=2");
    }

    @Test
    void masks_a_webhook_token_carried_as_a_path_segment() {
        assertThat(r.redact("POST https://open.feishu.cn/open-apis/bot/v2/hook/a3f1c2d4-5e6f?x=1"))
                .isEqualTo("POST https://open.feishu.cn/open-apis/bot/v2/hook/****?x=1");
        assertThat(r.redact("http://h/open-apis/bot/v2/hooks/list")).isEqualTo("http://h/open-apis/bot/v2/hooks/list");
    }
}
