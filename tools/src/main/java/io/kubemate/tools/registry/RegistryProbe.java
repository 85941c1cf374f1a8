package io.kubemate.tools.registry;

import com.fasterxml.jackson.databind.JsonNode;
import io.kubemate.tools.http.JsonHttp;
import io.kubemate.tools.outcome.Outcome;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Asks an image registry whether it answers and when an image was made. Harbor: {@code GET /api/v2.0/health} (overall
 * and per-component status; no authentication) and an artifact's {@code push_time}
 * ({@code /api/v2.0/projects/{project}/repositories/{repository}/artifacts/{tag}}). A plain registry: {@code GET /v2/}
 * (200, or 401 asking for credentials: it is up) and the image config's {@code created}, read through the manifest.
 */
public final class RegistryProbe {

    /** Whether a registry serves: {@code unhealthy} names Harbor's components that say so, with their error. */
    public record Health(boolean answers, List<String> unhealthy, String detail) {

        public Health {
            unhealthy = List.copyOf(unhealthy);
        }
    }

    private static final String MANIFESTS = String.join(", ", "application/vnd.oci.image.manifest.v1+json",
            "application/vnd.docker.distribution.manifest.v2+json", "application/vnd.oci.image.index.v1+json",
            "application/vnd.docker.distribution.manifest.list.v2+json");

    public Health health(Registry registry) {
        JsonHttp http = http(registry, Map.of());
        if (registry.kind() == Registry.Kind.HARBOR) {
            Outcome<JsonNode> answer = http.get("/api/v2.0/health");
            if (!(answer instanceof Outcome.Ok<JsonNode> ok)) {
                return new Health(false, List.of(), ((Outcome.Refusal) answer).reason());
            }
            List<String> unhealthy = new ArrayList<>();
            ok.value().path("components").forEach(c -> {
                if (!"healthy".equalsIgnoreCase(c.path("status").asText())) {
                    String error = c.path("error").asText("");
                    unhealthy.add(c.path("name").asText("?") + (error.isBlank() ? "" : " (" + error.strip() + ")"));
                }
            });
            return new Health(true, unhealthy, "status " + ok.value().path("status").asText("unknown"));
        }
        Outcome<JsonNode> answer = http.get("/v2/");
        return switch (answer) {
            case Outcome.Ok<JsonNode> ok -> new Health(true, List.of(), "GET /v2/ answered 200");
            case Outcome.Forbidden<JsonNode> asks -> new Health(true, List.of(), "GET /v2/ asks for credentials");
            case Outcome.Refusal refusal -> new Health(false, List.of(), refusal.reason());
        };
    }

    /**
     * When the image was pushed (Harbor) or built (its config's {@code created}); empty when the registry does not say.
     * {@code authorization} is the header the registry's credentials gave for this run.
     */
    public Optional<Instant> made(Registry registry, ImageRef image, Optional<String> authorization) {
        Map<String, String> headers = authorization.map(a -> Map.of("Authorization", a)).orElse(Map.of());
        if (registry.kind() == Registry.Kind.HARBOR) {
            int slash = image.repository().indexOf('/');
            if (slash < 0) {
                return Optional.empty();
            }
            String project = image.repository().substring(0, slash);
            // Harbor takes a repository with slashes encoded twice in the path
            String repository = encode(encode(image.repository().substring(slash + 1)));
            return ok(http(registry, headers).get("/api/v2.0/projects/" + encode(project) + "/repositories/" + repository
                    + "/artifacts/" + encode(image.reference())))
                    .flatMap(artifact -> instant(artifact.path("push_time").asText(null)));
        }
        JsonHttp manifests = http(registry, with(headers, "Accept", MANIFESTS));
        Optional<JsonNode> manifest = ok(manifests.get("/v2/" + image.repository() + "/manifests/" + image.reference()));
        if (manifest.isPresent() && manifest.get().has("manifests")) {
            // an index: the images of its platforms are built together; the first one's config says when
            String first = manifest.get().path("manifests").path(0).path("digest").asText("");
            manifest = first.isEmpty() ? Optional.empty() : ok(manifests.get("/v2/" + image.repository() + "/manifests/" + first));
        }
        String config = manifest.map(m -> m.path("config").path("digest").asText("")).orElse("");
        if (config.isEmpty()) {
            return Optional.empty();
        }
        return ok(http(registry, headers).get("/v2/" + image.repository() + "/blobs/" + config))
                .flatMap(blob -> instant(blob.path("created").asText(null)));
    }

    private static JsonHttp http(Registry registry, Map<String, String> headers) {
        return new JsonHttp("registry " + registry.name(), registry.url(), registry.timeout(), headers);
    }

    private static Map<String, String> with(Map<String, String> headers, String name, String value) {
        Map<String, String> all = new HashMap<>(headers);
        all.put(name, value);
        return all;
    }

    private static Optional<JsonNode> ok(Outcome<JsonNode> outcome) {
        return outcome instanceof Outcome.Ok<JsonNode> ok ? Optional.of(ok.value()) : Optional.empty();
    }

    private static Optional<Instant> instant(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String encode(String part) {
        return URLEncoder.encode(part, StandardCharsets.UTF_8);
    }
}
