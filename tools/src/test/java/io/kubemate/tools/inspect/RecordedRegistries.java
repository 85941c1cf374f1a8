package io.kubemate.tools.inspect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubemate.tools.registry.Registry;
import io.kubemate.tools.registry.RegistryCredentials;
import io.kubemate.tools.sandbox.RecordedHttp;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The registries of a fixture folder's {@code registries.json}, answering from its {@code http/<path>/} recordings
 * (no {@code path}: a closed port), with the checks each is expected to get.
 */
final class RecordedRegistries implements AutoCloseable {

    private final RecordedHttp.Server http;
    private final List<Registry> registries = new ArrayList<>();
    private final Map<String, Set<String>> expected = new TreeMap<>();

    RecordedRegistries(Path folder) throws IOException {
        http = RecordedHttp.start(folder.resolve("http"));
        URI closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }
        for (JsonNode r : new ObjectMapper().readTree(folder.resolve("registries.json").toFile()).path("registries")) {
            URI url = r.hasNonNull("path") ? URI.create(http.url() + "/" + r.path("path").asText()) : closed;
            RegistryCredentials credentials = r.hasNonNull("username")
                    ? RegistryCredentials.basic(r.path("username").asText(), r.path("password").asText()) : RegistryCredentials.none();
            registries.add(new Registry(r.path("name").asText(), url, Registry.Kind.named(r.path("kind").asText()).orElseThrow(),
                    r.path("host").asText(null), credentials, Duration.ofSeconds(2)));
            Set<String> checks = new TreeSet<>();
            r.path("expect").forEach(c -> checks.add(c.asText()));
            if (!checks.isEmpty()) {
                expected.put(r.path("name").asText(), checks);
            }
        }
    }

    List<Registry> registries() {
        return List.copyOf(registries);
    }

    Map<String, Set<String>> expected() {
        return expected;
    }

    @Override
    public void close() {
        http.close();
    }
}
