package io.kubemate.evals.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Resident memory of this process from /proc (Linux). */
final class Rss {

    private Rss() {
    }

    static String line() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(l -> l.startsWith("VmRSS") || l.startsWith("VmHWM"))
                    .map(l -> l.replaceAll("\\s+", " "))
                    .reduce((a, b) -> a + ", " + b).orElse("RSS unknown");
        } catch (IOException e) {
            return "RSS unknown: " + e.getMessage();
        }
    }
}
