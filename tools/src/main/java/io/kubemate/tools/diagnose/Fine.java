package io.kubemate.tools.diagnose;

import java.util.List;

/** Something checked and found in order ({@code diagnose.fine.<key>}), so the reader knows what to rule out. */
public record Fine(String key, List<String> args) {

    public Fine {
        args = List.copyOf(args);
    }

    public static Fine of(String key, String... args) {
        return new Fine(key, List.of(args));
    }
}
