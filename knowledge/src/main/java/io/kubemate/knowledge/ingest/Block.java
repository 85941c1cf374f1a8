package io.kubemate.knowledge.ingest;

import java.util.List;

/**
 * A block of a parsed document under its heading path. For a list, {@code items} holds the items' texts so
 * that a list too long for one chunk is cut between items, never inside one.
 */
public record Block(List<String> headings, BlockType type, String text, List<String> items) {

    public Block {
        headings = List.copyOf(headings);
        items = List.copyOf(items);
    }

    public static Block of(List<String> headings, BlockType type, String text) {
        return new Block(headings, type, text, List.of());
    }
}
