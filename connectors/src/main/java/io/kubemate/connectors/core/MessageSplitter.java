package io.kubemate.connectors.core;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits Markdown into parts of at most {@code maxLength} characters, between lines. A part that ends inside a
 * code fence is closed with a fence and the next part re-opens it with the same info string, so code and
 * evidence stay readable in every part. Only a single line longer than a whole part is cut inside itself.
 */
public final class MessageSplitter {

    private static final String FENCE = "```";

    private final int maxLength;

    public MessageSplitter(int maxLength) {
        if (maxLength < 40) {
            throw new IllegalArgumentException("maxLength " + maxLength + " leaves no room for a fenced line");
        }
        this.maxLength = maxLength;
    }

    public List<String> split(String text) {
        if (text.length() <= maxLength) {
            return List.of(text);
        }
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean hasBody = false;
        String openFence = null;
        for (String line : text.split("\n", -1)) {
            boolean fenceLine = line.stripLeading().startsWith(FENCE);
            String fenceAfter = fenceLine ? (openFence == null ? line.strip() : null) : openFence;
            int reserve = fenceAfter == null ? 0 : FENCE.length() + 1;
            int room = maxLength - reserve - (openFence == null ? 0 : openFence.length() + 1);
            for (String piece : pieces(line, room)) {
                int needed = (current.isEmpty() ? 0 : 1) + piece.length() + reserve;
                if (hasBody && current.length() + needed > maxLength) {
                    if (openFence != null) {
                        current.append('\n').append(FENCE);
                    }
                    add(parts, current);
                    current = new StringBuilder();
                    hasBody = false;
                    if (openFence != null) {
                        current.append(openFence);
                    }
                }
                if (!current.isEmpty()) {
                    current.append('\n');
                }
                current.append(piece);
                hasBody = hasBody || !piece.isBlank();
            }
            openFence = fenceAfter;
        }
        add(parts, current);
        return List.copyOf(parts);
    }

    private static List<String> pieces(String line, int room) {
        if (line.length() <= room) {
            return List.of(line);
        }
        List<String> pieces = new ArrayList<>();
        for (int i = 0; i < line.length(); i += room) {
            pieces.add(line.substring(i, Math.min(line.length(), i + room)));
        }
        return pieces;
    }

    private static void add(List<String> parts, StringBuilder part) {
        String text = part.toString().stripTrailing().replaceFirst("^(\\s*\\n)+", "");
        if (!text.isBlank()) {
            parts.add(text);
        }
    }
}
