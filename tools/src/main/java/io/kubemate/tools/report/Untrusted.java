package io.kubemate.tools.report;

import java.util.List;

/**
 * Text that comes from the cluster, logs, alerts or documents, put into report Markdown so that it is shown as
 * text and never acts as Markdown: a link, an image, a mention or HTML inside it stays literal. Inline text becomes
 * a code span, lines a fenced block; the fence is always longer than any run of backticks inside, so the text
 * cannot close it early.
 */
public final class Untrusted {

    private Untrusted() {
    }

    /** One line of untrusted text as a code span; line breaks become spaces. Empty text stays empty. */
    public static String code(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String flat = text.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
        String fence = "`".repeat(longestRun(flat, '`') + 1);
        boolean pad = flat.startsWith("`") || flat.endsWith("`") || flat.startsWith(" ") && flat.endsWith(" ");
        return pad ? fence + " " + flat + " " + fence : fence + flat + fence;
    }

    /** Lines of untrusted text as a fenced block with an optional info string such as {@code yaml}. */
    public static String block(String language, List<String> lines) {
        String text = String.join("\n", lines);
        String fence = "`".repeat(Math.max(3, longestRun(text, '`') + 1));
        return fence + (language == null ? "" : language) + "\n" + text + "\n" + fence + "\n";
    }

    static int longestRun(String text, char c) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = text.charAt(i) == c ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }
}
