package io.kubemate.tools.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps a tool result within an approximate token budget. Lines come most relevant first; the head (heading,
 * table header) is always kept, lines are added while they fit, and a note says how many were cut.
 * Tokens are estimated as one per four Latin characters and one per CJK character, which is close enough for
 * the tokenizers in use and needs no model files.
 */
public record TokenBudget(int maxTokens) {

    public static final int DEFAULT_TOKENS = 1500;

    public TokenBudget {
        if (maxTokens < 50) {
            throw new IllegalArgumentException("a token budget below 50 tokens leaves no room for a result");
        }
    }

    public static TokenBudget defaults() {
        return new TokenBudget(DEFAULT_TOKENS);
    }

    public static int estimate(String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        int latin = 0;
        int wide = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                continue;
            }
            if (c >= 0x2E80) {
                wide++;
            } else {
                latin++;
            }
        }
        return wide + (latin + 3) / 4;
    }

    /** {@code head}, then as many of {@code ranked} as fit, then {@code tail} and a note of what was cut. */
    public String fit(List<String> head, List<String> ranked, String unit, List<String> tail) {
        String headText = join(head);
        String tailText = join(tail);
        int used = estimate(headText) + estimate(tailText) + 20;
        List<String> kept = new ArrayList<>();
        for (String line : ranked) {
            int cost = estimate(line) + 1;
            if (used + cost > maxTokens) {
                break;
            }
            kept.add(line);
            used += cost;
        }
        StringBuilder out = new StringBuilder(headText);
        kept.forEach(line -> out.append(line).append('\n'));
        int cut = ranked.size() - kept.size();
        if (cut > 0) {
            out.append("\n_(").append(cut).append(' ').append(unit).append(" cut to stay within ")
                    .append(maxTokens).append(" tokens; ask more narrowly to see them)_\n");
        }
        out.append(tailText);
        return out.toString();
    }

    /** A rendered Markdown table: its two header lines always stay, rows are kept in order while they fit. */
    public String fitTable(String heading, String renderedTable, String unit, String footer) {
        List<String> lines = renderedTable.lines().toList();
        List<String> head = new ArrayList<>();
        head.add(heading);
        head.addAll(lines.subList(0, Math.min(2, lines.size())));
        List<String> rows = lines.size() > 2 ? lines.subList(2, lines.size()) : List.of();
        return fit(head, rows, unit, footer == null || footer.isEmpty() ? List.of() : List.of("", footer));
    }

    private static String join(List<String> lines) {
        StringBuilder out = new StringBuilder();
        lines.forEach(line -> out.append(line).append('\n'));
        return out.toString();
    }
}
