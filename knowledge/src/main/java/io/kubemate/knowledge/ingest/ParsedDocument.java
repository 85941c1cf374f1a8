package io.kubemate.knowledge.ingest;

import java.util.List;
import java.util.Map;

/** A document reduced to its title, metadata (e.g. Markdown front matter) and blocks under headings. */
public record ParsedDocument(String source, String title, Map<String, String> metadata, List<Block> blocks) {

    public ParsedDocument {
        metadata = Map.copyOf(metadata);
        blocks = List.copyOf(blocks);
    }

    public boolean hasText() {
        return blocks.stream().anyMatch(b -> !b.text().isBlank());
    }
}
