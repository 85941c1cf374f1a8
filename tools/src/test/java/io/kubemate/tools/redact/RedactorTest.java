package io.kubemate.tools.redact;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RedactorTest {

    private final Redactor redactor = new Redactor();

    @Test
    void masks_credentials_in_key_value_text() {
        assertEquals("url=jdbc:pg://db, user=app, password=****", redactor.redact("url=jdbc:pg://db, user=app, password=S3cr3t!"));
        assertEquals("DB_PASSWORD: \"****\"", redactor.redact("DB_PASSWORD: \"hunter2\""));
        assertEquals("{\"api_key\": \"****\"}", redactor.redact("{\"api_key\": \"sk-live-123456\"}"));
    }

    @Test
    void masks_bearer_tokens_and_jwts() {
        String jwt = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJzeXN0ZW0ifQ.c2lnbmF0dXJlLXZhbHVl";
        assertEquals("Authorization: Bearer ****", redactor.redact("Authorization: Bearer " + jwt));
        assertFalse(redactor.redact("token is " + jwt).contains("eyJ"));
    }

    @Test
    void masks_private_keys_and_url_passwords() {
        String pem = "-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA\n-----END RSA PRIVATE KEY-----";
        assertFalse(redactor.redact(pem).contains("MIIEpAIBAAKCAQEA"));
        assertEquals("redis://default:****@redis:6379", redactor.redact("redis://default:pa55w0rd@redis:6379"));
    }

    @Test
    void masks_luhn_valid_card_numbers_but_not_other_long_numbers() {
        assertEquals("card ****", redactor.redact("card 4111 1111 1111 1111"));
        assertEquals("card 4111 1111 1111 1112", redactor.redact("card 4111 1111 1111 1112"));
        assertEquals("order 1234567890123", redactor.redact("order 1234567890123"));
    }

    @Test
    void masks_prc_id_numbers_with_a_valid_check_digit() {
        assertEquals("id ****", redactor.redact("id 11010519491231002X"));
        assertTrue(redactor.redact("id 110105194912310021").contains("110105194912310021"));
    }

    @Test
    void leaves_ordinary_text_alone() {
        String line = "GET /orders/42 200 in 12ms, trace_id=4bf92f3577b34da6a3ce929d0e0e4736";
        assertEquals(line, redactor.redact(line));
    }

    @Test
    void keeps_yaml_structure_when_masking_a_block_scalar() {
        String yaml = "stringData:\n  config: |\n    user=app\n    password=x\nkind: Secret\n";
        assertEquals("stringData:\n  config: |\n    ****\nkind: Secret\n", redactor.redact(yaml));
    }

    @Test
    void masks_a_pem_body_inside_a_json_string() {
        String json = "{\"material\": \"-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0\\n-----END PRIVATE KEY-----\\n\"}";
        String out = redactor.redact(json);
        assertFalse(out.contains("MIIEvQIBADANBgkqhkiG9w0"), out);
        assertTrue(out.contains("-----BEGIN PRIVATE KEY-----\\n****\\n-----END PRIVATE KEY-----"), out);
    }

    @Test
    void masks_a_private_key_cut_off_before_its_end_line() {
        String out = redactor.redact("key:\n-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA");
        assertFalse(out.contains("b3BlbnNzaC1rZXktdjEAAAAA"), out);
    }

    @Test
    void leaves_prose_about_passwords_alone() {
        for (String line : List.of("login rejected: password is incorrect", "the password must be at least 12 characters",
                "检查密码是否过期", "token refreshed, expires in 3600s", "supports bearer authentication")) {
            assertEquals(line, redactor.redact(line));
        }
    }
}
