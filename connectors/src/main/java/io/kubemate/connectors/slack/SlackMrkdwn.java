package io.kubemate.connectors.slack;

import io.kubemate.connectors.core.LiteralText;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CommonMark as the bot writes it → Slack mrkdwn: {@code **bold**} → {@code *bold*}, {@code [text](url)} →
 * {@code <url|text>}, headings → bold lines, {@code & < >} escaped everywhere (so no text can form a Slack link or a
 * {@code <!here>} mention). Tables, which Slack cannot show, are wrapped in a code block so their columns stay
 * aligned. Code spans and fenced blocks hold cluster text: they stay code, are never turned into links, and
 * backticks inside them cannot end them (Slack has no escape for a backtick, so they become {@code ˋ}).
 */
final class SlackMrkdwn {

    private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)]\\((https?://[^)\\s]+)\\)");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*)$");
    private static final String BACKTICK_LOOKALIKE = "ˋ";

    private SlackMrkdwn() {
    }

    static String from(String markdown) {
        List<String> out = new ArrayList<>();
        int fence = 0;
        boolean inTable = false;
        for (String line : markdown.split("\n", -1)) {
            String stripped = line.strip();
            if (fence > 0) {
                if (stripped.length() >= fence && stripped.chars().allMatch(c -> c == '`')) {
                    fence = 0;
                    out.add("```");
                } else {
                    out.add(literal(line));
                }
                continue;
            }
            if (stripped.startsWith("```")) {
                fence = (int) stripped.chars().takeWhile(c -> c == '`').count();
                closeTable(out, inTable);
                inTable = false;
                out.add("```");
                continue;
            }
            boolean tableLine = stripped.startsWith("|");
            if (tableLine != inTable) {
                out.add("```");
                inTable = tableLine;
            }
            out.add(tableLine ? literal(line) : inline(line));
        }
        if (fence > 0) {
            out.add("```");
        }
        closeTable(out, inTable);
        return String.join("\n", out);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Text inside a Slack code block or span: escaped, and unable to end it. */
    static String literal(String text) {
        return escape(text).replace("`", BACKTICK_LOOKALIKE);
    }

    private static void closeTable(List<String> out, boolean inTable) {
        if (inTable) {
            out.add("```");
        }
    }

    private static String inline(String line) {
        StringBuilder text = new StringBuilder();
        for (LiteralText.Part part : LiteralText.parts(line)) {
            text.append(part.literal() ? "`" + literal(part.text()) + "`" : markup(part.text()));
        }
        Matcher heading = HEADING.matcher(text);
        return heading.matches() ? "*" + heading.group(1) + "*" : text.toString();
    }

    private static String markup(String text) {
        String escaped = LINK.matcher(escape(text)).replaceAll(m -> Matcher.quoteReplacement("<" + m.group(2) + "|" + m.group(1) + ">"));
        return BOLD.matcher(escaped).replaceAll("*$1*");
    }
}
