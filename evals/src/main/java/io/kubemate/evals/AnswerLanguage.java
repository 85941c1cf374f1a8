package io.kubemate.evals;

import java.util.regex.Pattern;

/**
 * Whether an answer is written in Chinese, measured on its prose: the reply without fenced code blocks, inline
 * code, table rows, block quotes and URLs (quoted logs, object names and tables are data, not language). Each Han
 * character counts as one word, as does each run of Latin letters; the answer is Chinese when at least
 * {@link #CHINESE_SHARE} of those words are Han. A Chinese sentence naming a pod and a reason
 * ("payment-api 的容器因 OOMKilled 被终止") stays well above it; an English answer quoting one Chinese word stays
 * well below.
 */
final class AnswerLanguage {

    static final double CHINESE_SHARE = 0.5;

    private static final Pattern FENCED = Pattern.compile("(?s)```.*?(```|\\z)");
    private static final Pattern INLINE_CODE = Pattern.compile("`[^`\\n]*`");
    private static final Pattern TABLE_OR_QUOTE = Pattern.compile("(?m)^\\s*[|>].*$");
    private static final Pattern URL = Pattern.compile("https?://\\S+");
    private static final Pattern LATIN_WORD = Pattern.compile("\\p{IsLatin}+");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    private AnswerLanguage() {
    }

    static String prose(String markdown) {
        String text = FENCED.matcher(markdown).replaceAll(" ");
        text = INLINE_CODE.matcher(text).replaceAll(" ");
        text = TABLE_OR_QUOTE.matcher(text).replaceAll(" ");
        return URL.matcher(text).replaceAll(" ");
    }

    /** The share of Han words among the prose's words; 0 when the prose has no words. */
    static double chineseShare(String markdown) {
        String prose = prose(markdown);
        long han = HAN.matcher(prose).results().count();
        long latin = LATIN_WORD.matcher(prose).results().count();
        return han + latin == 0 ? 0 : (double) han / (han + latin);
    }

    static boolean chinese(String markdown) {
        return chineseShare(markdown) >= CHINESE_SHARE;
    }
}
