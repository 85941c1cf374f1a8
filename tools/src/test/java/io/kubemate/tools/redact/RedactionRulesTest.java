package io.kubemate.tools.redact;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RedactionRulesTest {

    private static final String NAMES = "secretNames: {strong: [password], weak: [], keyQualifiers: [], harmlessTails: [], harmlessValues: []}\n";

    @Test
    void bundled_rules_have_unique_ids_and_descriptions() {
        Set<String> ids = new HashSet<>();
        for (RedactionRule rule : RedactionRules.bundled().rules()) {
            assertTrue(ids.add(rule.id()), "duplicate rule id " + rule.id());
            assertFalse(rule.description().isBlank(), rule.id());
        }
        assertTrue(ids.containsAll(Set.of("pem-block", "secret-data", "env-pairs", "secret-keys", "aws-access-key-id", "jwt")));
    }

    @Test
    void a_rule_with_a_broken_regex_is_refused_by_its_id() {
        var error = assertThrows(IllegalArgumentException.class, () -> load(NAMES + "rules:\n  - id: broken\n    regex: '(unclosed'\n    group: 1\n"));
        assertTrue(error.getMessage().contains("broken"), error.getMessage());
    }

    @Test
    void a_rule_naming_a_missing_group_is_refused() {
        var error = assertThrows(IllegalArgumentException.class, () -> load(NAMES + "rules:\n  - id: nogroup\n    regex: 'abc'\n    group: 1\n"));
        assertTrue(error.getMessage().contains("no group 1"), error.getMessage());
    }

    @Test
    void a_rule_runs_only_when_one_of_its_keywords_is_in_the_text() {
        Redactor redactor = new Redactor(load(NAMES + "rules:\n  - id: digits\n    keywords: [pin]\n    regex: '(\\d{4})'\n    group: 1\n"));
        assertEquals("room 1234", redactor.redact("room 1234"));
        assertEquals("PIN ****", redactor.redact("PIN 1234"));
    }

    @Test
    void secret_names_tell_a_secret_from_a_reference_to_one() {
        SecretNames names = RedactionRules.bundled().names();
        for (String secret : Set.of("DB_PASSWORD", "PGPASSWORD", "clientSecret", "example.com/api-token", "SECRET_KEY_BASE",
                "STRIPE_API_KEY", "tls.key", "dbPass", "MYSQL_PWD", "数据库密码")) {
            assertTrue(names.isSecret(secret), secret);
        }
        for (String reference : Set.of("secretName", "password_policy", "DB_PASSWORD_FILE", "passwordMinLength", "tokenizer",
                "max_tokens", "key", "public_key_path", "cache_key_prefix", "secretKeyRef", "monkey", "bypass")) {
            assertFalse(names.isSecret(reference), reference);
        }
    }

    private static RedactionRules load(String yaml) {
        return RedactionRules.load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }
}
