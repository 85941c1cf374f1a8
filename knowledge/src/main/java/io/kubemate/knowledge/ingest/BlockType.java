package io.kubemate.knowledge.ingest;

/** Kinds of block the chunker treats differently: lists, code and tables are never cut. */
public enum BlockType {
    PARAGRAPH, LIST, CODE, TABLE;

    boolean whole() {
        return this != PARAGRAPH;
    }
}
