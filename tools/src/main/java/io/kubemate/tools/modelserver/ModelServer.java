package io.kubemate.tools.modelserver;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One model server the inspection watches: where it answers, what it is, the models the applications expect it to
 * serve, and the namespace (tenant) it belongs to, so a namespace's inspection reports only its own servers.
 *
 * @param maxWaiting a vLLM queue (requests waiting) at or above this for the whole window is a finding
 * @param maxLatency a vLLM p95 end-to-end latency at or above this is a finding
 */
public record ModelServer(String name, URI url, Kind kind, List<String> expectedModels, String namespace,
                          double maxWaiting, Duration maxLatency, Duration timeout) {

    public enum Kind {
        OLLAMA, VLLM;

        /** The kind named in configuration ({@code ollama}, {@code vllm}), or empty for anything else. */
        public static Optional<Kind> named(String name) {
            if (name == null) {
                return Optional.empty();
            }
            return switch (name.trim().toLowerCase(Locale.ROOT)) {
                case "ollama" -> Optional.of(OLLAMA);
                case "vllm" -> Optional.of(VLLM);
                default -> Optional.empty();
            };
        }
    }

    public ModelServer {
        expectedModels = expectedModels == null ? List.of() : List.copyOf(expectedModels);
    }
}
