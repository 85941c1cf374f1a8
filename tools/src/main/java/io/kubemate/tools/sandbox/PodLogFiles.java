package io.kubemate.tools.sandbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Container logs for a sandbox, laid out as {@code <root>/<namespace>/<pod>/<container>.log} and
 * {@code <container>.previous.log} for the last terminated instance.
 */
final class PodLogFiles {

    private final Path root;

    PodLogFiles(Path root) {
        this.root = root;
    }

    Optional<String> read(String namespace, String pod, String container, boolean previous, Integer tailLines) {
        if (root == null || !safe(namespace) || !safe(pod) || !safe(container)) {
            return Optional.empty();
        }
        Path file = root.resolve(namespace).resolve(pod).resolve(container + (previous ? ".previous.log" : ".log"));
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Arrays.asList(Files.readString(file, StandardCharsets.UTF_8).split("\\R"));
            if (tailLines != null && tailLines >= 0 && tailLines < lines.size()) {
                lines = lines.subList(lines.size() - tailLines, lines.size());
            }
            return Optional.of(String.join("\n", lines) + "\n");
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static boolean safe(String segment) {
        return segment != null && !segment.isEmpty() && !segment.contains("/") && !segment.contains("..");
    }
}
