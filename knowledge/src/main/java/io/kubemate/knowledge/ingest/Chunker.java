package io.kubemate.knowledge.ingest;

import io.kubemate.knowledge.Chunk;

import java.util.ArrayList;
import java.util.List;

/**
 * Heading-aware chunking: blocks under the same heading path are packed up to {@code maxChars}; a list, a
 * code block or a table is never cut, except a list longer than a chunk, which is cut between items (the
 * heading path then names the first item of the piece, e.g. "RB-02 CrashLoopBackOff › 2. Check probes").
 */
public final class Chunker {

    public static final String SEPARATOR = " › ";

    private final int maxChars;

    public Chunker(int maxChars) {
        this.maxChars = maxChars;
    }

    public List<Chunk> chunk(ParsedDocument document, String idPrefix) {
        Packer packer = new Packer(document, idPrefix);
        for (Block block : document.blocks()) {
            String heading = String.join(SEPARATOR, block.headings());
            if (block.type() == BlockType.LIST && block.text().length() > maxChars && block.items().size() > 1) {
                splitList(packer, heading, block.items());
            } else if (block.type() == BlockType.PARAGRAPH && block.text().length() > maxChars) {
                for (String piece : sentences(block.text())) {
                    packer.add(heading, piece);
                }
            } else {
                packer.add(heading, block.text());
            }
        }
        packer.flush();
        return packer.chunks;
    }

    private void splitList(Packer packer, String heading, List<String> items) {
        packer.flush();
        StringBuilder piece = new StringBuilder();
        String first = null;
        for (String item : items) {
            if (!piece.isEmpty() && piece.length() + item.length() + 1 > maxChars) {
                packer.emit(join(heading, label(first)), piece.toString());
                piece.setLength(0);
                first = null;
            }
            if (first == null) {
                first = item;
            }
            piece.append(piece.isEmpty() ? "" : "\n").append(item);
        }
        if (!piece.isEmpty()) {
            packer.emit(join(heading, label(first)), piece.toString());
        }
    }

    /** The first line of an item, without Markdown list markers beyond its number, cut to a readable length. */
    private static String label(String item) {
        String line = item.lines().findFirst().orElse("").strip().replaceFirst("^[-*+]\\s+", "");
        return line.length() > 60 ? line.substring(0, 60) + "…" : line;
    }

    private static String join(String heading, String tail) {
        return heading.isEmpty() ? tail : heading + SEPARATOR + tail;
    }

    private List<String> sentences(String text) {
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        for (String sentence : text.split("(?<=[.!?。！？])\\s*")) {
            if (!piece.isEmpty() && piece.length() + sentence.length() + 1 > maxChars) {
                pieces.add(piece.toString());
                piece.setLength(0);
            }
            while (sentence.length() > maxChars) {
                pieces.add(sentence.substring(0, maxChars));
                sentence = sentence.substring(maxChars);
            }
            piece.append(piece.isEmpty() ? "" : " ").append(sentence);
        }
        if (!piece.isEmpty()) {
            pieces.add(piece.toString());
        }
        return pieces;
    }

    private final class Packer {
        private final ParsedDocument document;
        private final String idPrefix;
        private final List<Chunk> chunks = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private String heading;

        Packer(ParsedDocument document, String idPrefix) {
            this.document = document;
            this.idPrefix = idPrefix;
        }

        void add(String blockHeading, String blockText) {
            if (heading != null && (!heading.equals(blockHeading) || text.length() + blockText.length() + 2 > maxChars)) {
                flush();
            }
            heading = blockHeading;
            text.append(text.isEmpty() ? "" : "\n\n").append(blockText);
        }

        void flush() {
            if (heading != null && !text.toString().isBlank()) {
                emit(heading, text.toString());
            }
            text.setLength(0);
            heading = null;
        }

        /** The document's title, led by its runbook code when the front matter has one ("RB-02 …"). */
        private String root() {
            String code = document.metadata().get("code");
            return code == null || code.isBlank() ? document.title() : code + " " + document.title();
        }

        void emit(String chunkHeading, String chunkText) {
            String id = idPrefix + "#" + chunks.size();
            String fullHeading = root() + (chunkHeading.isEmpty() ? "" : SEPARATOR + chunkHeading);
            if (chunkHeading.equals(document.title()) || chunkHeading.startsWith(document.title() + SEPARATOR)) {
                fullHeading = root() + chunkHeading.substring(document.title().length());
            }
            chunks.add(new Chunk(id, document.source(), document.title(), fullHeading, chunkText.strip(), document.metadata()));
        }
    }
}
