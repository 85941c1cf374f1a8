package io.kubemate.tools.metrics;

/**
 * One PromQL token: its kind, its text as written, its value ({@link Kind#STRING}: the unescaped content; otherwise
 * the text), where it starts, and whether whitespace or a comment came before it.
 */
record PromqlToken(Kind kind, String text, String value, int position, boolean spaced) {

    enum Kind { IDENTIFIER, NUMBER, DURATION, STRING, SYMBOL, END }

    boolean is(String symbol) {
        return kind == Kind.SYMBOL && text.equals(symbol);
    }

    /** Keywords, operators and aggregators are matched case-insensitively, as Prometheus does. */
    boolean isWord(String word) {
        return kind == Kind.IDENTIFIER && text.equalsIgnoreCase(word);
    }

    String describe() {
        return kind == Kind.END ? "the end of the query" : "`" + text + "`";
    }
}
