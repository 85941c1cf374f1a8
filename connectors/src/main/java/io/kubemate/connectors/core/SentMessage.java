package io.kubemate.connectors.core;

import java.util.List;

/** Where a message went: its channel and the platform ids of its parts (one per part of a split message). */
public record SentMessage(String channel, List<String> ids) {

    public SentMessage {
        ids = List.copyOf(ids);
    }

    /** {@code channel} and ids joined, for storing in the ledger or the state store. */
    public String encode() {
        return channel + "|" + String.join(",", ids);
    }

    public static SentMessage decode(String encoded) {
        int bar = encoded.indexOf('|');
        return new SentMessage(encoded.substring(0, bar), List.of(encoded.substring(bar + 1).split(",")));
    }
}
