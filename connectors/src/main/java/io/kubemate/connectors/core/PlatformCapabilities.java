package io.kubemate.connectors.core;

/**
 * What a platform can show: threads, buttons, in-place edits, the longest text one message may hold (in
 * characters), and its Markdown dialect.
 */
public record PlatformCapabilities(boolean threads, boolean buttons, boolean edits, int maxLength, MarkdownDialect dialect) {

    public enum MarkdownDialect {
        /** Slack mrkdwn: {@code *bold*}, {@code <url|text>}. */
        SLACK_MRKDWN,
        /** CommonMark with GitHub tables (Mattermost, Teams). */
        COMMONMARK,
        /** A subset without tables or nesting (DingTalk, WeCom). */
        LIMITED_MARKDOWN,
        PLAIN_TEXT
    }

    public PlatformCapabilities {
        if (maxLength < 200) {
            throw new IllegalArgumentException("maxLength " + maxLength + " is too small to split messages sensibly");
        }
    }
}
