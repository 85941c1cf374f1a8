package io.kubemate.connectors.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Text from the cluster, logs, alerts or documents arrives in a reply as Markdown code spans and fenced blocks (the
 * reports put it there); this finds those literal parts so that each renderer can keep them literal in its own
 * dialect, and builds them for messages made in the connectors (alert notifications). Where a platform has no code
 * formatting, {@link #defang} keeps the visible text but breaks what would make it a link, an image, a tag or a
 * mention, with zero-width spaces.
 */
public final class LiteralText {

    static final String ZWSP = "\u200B";

    /** One part of a Markdown text: markup, or literal text with the delimiters it was written with. */
    public record Part(boolean literal, boolean block, String open, String text, String close) {

        static Part markup(String text) {
            return new Part(false, false, "", text, "");
        }

        public String original() {
            return open + text + close;
        }
    }

    private LiteralText() {
    }

    /** One line of untrusted text as a code span whose fence the text cannot close. */
    public static String code(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String flat = text.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
        String fence = "`".repeat(longestRun(flat) + 1);
        boolean pad = flat.startsWith("`") || flat.endsWith("`");
        return pad ? fence + " " + flat + " " + fence : fence + flat + fence;
    }

    /** Lines as a fenced block whose fence the text cannot close. */
    public static String fence(String language, String text) {
        String fence = "`".repeat(Math.max(3, longestRun(text) + 1));
        return fence + (language == null ? "" : language) + "\n" + text + "\n" + fence;
    }

    /** Keeps the visible text but breaks link, image, tag, autolink and mention syntax. */
    public static String defang(String text) {
        if (text == null) {
            return null;
        }
        return text.replace("](", "]" + ZWSP + "(").replace("![", "!" + ZWSP + "[").replace("<", "<" + ZWSP)
                .replace("://", ":" + ZWSP + "//").replace("@", "@" + ZWSP);
    }

    /** Escapes the brackets of a link's text so that it cannot end the link early. */
    public static String linkText(String text) {
        return text.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]");
    }

    /** Applies {@code literal} to the text of every literal part, leaving markup and delimiters as they are. */
    public static String mapLiterals(String markdown, UnaryOperator<String> literal) {
        StringBuilder out = new StringBuilder();
        for (Part part : parts(markdown)) {
            out.append(part.literal() ? part.open() + literal.apply(part.text()) + part.close() : part.text());
        }
        return out.toString();
    }

    /** The parts of a Markdown text in order: fenced blocks (any indent, closed by a fence at least as long) and code spans. */
    public static List<Part> parts(String markdown) {
        List<Part> parts = new ArrayList<>();
        StringBuilder markup = new StringBuilder();
        String[] lines = markdown.split("\n", -1);
        int i = 0;
        while (i < lines.length) {
            String line = lines[i];
            int fence = fenceLength(line);
            if (fence >= 3) {
                int close = i + 1;
                while (close < lines.length && !closes(lines[close], fence)) {
                    close++;
                }
                flush(parts, markup);
                boolean closed = close < lines.length;
                boolean empty = close == i + 1 || i == lines.length - 1;
                String body = empty ? "" : String.join("\n", Arrays.asList(lines).subList(i + 1, Math.min(close, lines.length)));
                parts.add(new Part(true, true, empty ? line : line + "\n", body, closed ? "\n" + lines[close] : ""));
                if (closed && close < lines.length - 1) {
                    markup.append('\n');
                }
                i = close + 1;
                continue;
            }
            spans(line, parts, markup);
            if (i < lines.length - 1) {
                markup.append('\n');
            }
            i++;
        }
        flush(parts, markup);
        return parts;
    }

    private static void spans(String line, List<Part> parts, StringBuilder markup) {
        int i = 0;
        while (i < line.length()) {
            if (line.charAt(i) != '`') {
                markup.append(line.charAt(i++));
                continue;
            }
            int run = run(line, i);
            int close = findRun(line, i + run, run);
            if (close < 0) {
                markup.append(line, i, i + run);
                i += run;
                continue;
            }
            flush(parts, markup);
            String fence = line.substring(i, i + run);
            parts.add(new Part(true, false, fence, line.substring(i + run, close), fence));
            i = close + run;
        }
    }

    private static int findRun(String line, int from, int length) {
        int i = from;
        while (i < line.length()) {
            if (line.charAt(i) == '`') {
                int run = run(line, i);
                if (run == length) {
                    return i;
                }
                i += run;
            } else {
                i++;
            }
        }
        return -1;
    }

    private static int fenceLength(String line) {
        String stripped = line.stripLeading();
        return stripped.startsWith("```") ? run(stripped, 0) : 0;
    }

    private static boolean closes(String line, int fence) {
        String stripped = line.strip();
        return stripped.length() >= fence && stripped.chars().allMatch(c -> c == '`');
    }

    private static int run(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) == '`') {
            i++;
        }
        return i - from;
    }

    private static int longestRun(String text) {
        int longest = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '`') {
                int run = run(text, i);
                longest = Math.max(longest, run);
                i += run - 1;
            }
        }
        return longest;
    }

    private static void flush(List<Part> parts, StringBuilder markup) {
        if (!markup.isEmpty()) {
            parts.add(Part.markup(markup.toString()));
            markup.setLength(0);
        }
    }
}
