package io.kubemate.tools.redact;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Secrets planted in realistic tool outputs (pod and Secret YAML, describe, JSON, logs, events, alerts, configmaps,
 * chat messages): each must be gone after redaction. The negative corpus (references to secrets, digests, UIDs,
 * timestamps, ordinary YAML and prose about passwords) must come out byte for byte as it went in.
 */
class PlantedSecretsAttackTest {

    private static final String CORPUS = "corpus/";
    private static final Redactor REDACTOR = new Redactor();

    static Stream<Arguments> plantedSecrets() {
        return read("planted-secrets.tsv").lines().filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split("\t", 2)).map(parts -> Arguments.of(parts[0], parts[1]));
    }

    static Stream<String> negatives() {
        return Stream.of("pod-references.yaml", "settings.yaml", "describe-secret.txt", "events-and-logs.txt",
                "deployment.json", "markdown-report.md").map(name -> "negative/" + name);
    }

    @ParameterizedTest(name = "{1} in {0}")
    @MethodSource("plantedSecrets")
    void planted_secret_does_not_survive_redaction(String file, String secret) {
        String original = read(file);
        assertTrue(original.contains(secret), "the corpus holds the planted secret");
        String redacted = REDACTOR.redact(original);
        assertFalse(redacted.contains(secret), file + " leaks " + secret + ":\n" + redacted);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("negatives")
    void ordinary_output_comes_out_unchanged(String file) {
        String original = read(file);
        assertEquals(original, REDACTOR.redact(original));
    }

    @Test
    void the_corpus_plants_at_least_fifty_secrets() {
        assertTrue(plantedSecrets().count() >= 50);
    }

    private static String read(String name) {
        try (InputStream in = PlantedSecretsAttackTest.class.getResourceAsStream(CORPUS + name)) {
            assertNotNull(in, "missing corpus file " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
