package io.kubemate.connectors.slack;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * CommonMark as the bot writes it → Slack mrkdwn: {@code **bold**} → {@code *bold*}, {@code [text](url)} →
 * {@code <url|text>}, headings → bold lines, {@code & < >} escaped. Tables, which Slack cannot show, are wrapped in a
 * code block so their columns stay aligned. Code is left alone.
 */
final class SlackMrkdwn {

    private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)]\\((https?://[^)\\s]+)\\)");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*)$");

    private SlackMrkdwn() {
    }

    static String from(String markdown) {
        List<String> out = new ArrayList<>();
        boolean inCode = false;
        boolean inTable = false;
        for (String line : markdown.split("\n", -1)) {
            if (line.stripLeading().startsWith("```")) {
                inCode = !inCode;
                out.add("```");
                continue;
            }
            if (inCode) {
                out.add(escape(line));
                continue;
            }
            boolean tableLine = line.stripLeading().startsWith("|");
            if (tableLine != inTable) {
                out.add("```");
                inTable = tableLine;
            }
            out.add(tableLine ? escape(line) : inline(line));
        }
        if (inTable) {
            out.add("```");
        }
        return String.join("\n", out);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String inline(String line) {
        String text = escape(line);
        var heading = HEADING.matcher(text);
        if (heading.matches()) {
            text = "**" + heading.group(1) + "**";
        }
        text = LINK.matcher(text).replaceAll(m -> java.util.regex.Matcher.quoteReplacement("<" + m.group(2) + "|" + m.group(1) + ">"));
        return BOLD.matcher(text).replaceAll("*$1*");
    }
}
