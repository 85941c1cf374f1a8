package io.kubemate.bot.router.extract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A count in a message, such as the replicas of "scale payment-api to 5" or "扩到三个". Call it on the text
 * with names and durations taken out, so the digits inside "worker-01" or "15m" are not counts.
 */
public final class Counts {

    private static final Pattern DIGITS = Pattern.compile("(?<![a-zA-Z0-9.-])(\\d{1,4})(?![0-9.]|\\s*(?:%|gi|mi|ki|m\\b|g\\b))");
    private static final Pattern ZH = Pattern.compile("(?:到|为|至|成|留|要)\\s*([一二两三四五六七八九十]+)\\s*(?:个|台|份)?");

    private Counts() {
    }

    public static Optional<Integer> find(String text) {
        Matcher m = DIGITS.matcher(text);
        if (m.find()) {
            return Optional.of(Integer.parseInt(m.group(1)));
        }
        m = ZH.matcher(text);
        if (m.find()) {
            return Optional.of((int) Durations.zhNumber(m.group(1)));
        }
        return Optional.empty();
    }
}
