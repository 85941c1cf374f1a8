package io.kubemate.knowledge.ingest;

/** The raw bytes of one file or fetched page, with its media type as detected or announced. */
public record SourceDocument(String source, String name, byte[] bytes, String mediaType) {
}
