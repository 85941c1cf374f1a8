package io.kubemate.bot.router.extract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Text in quotes (ASCII, typographic or Chinese corner brackets): what log lines must contain. */
public final class QuotedText {

    private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"|'([^']+)'|“([^”]+)”|‘([^’]+)’|「([^」]+)」|『([^』]+)』");

    private QuotedText() {
    }

    public static Optional<String> find(String message) {
        Matcher m = QUOTED.matcher(message);
        if (!m.find()) {
            return Optional.empty();
        }
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null && !m.group(g).isBlank()) {
                return Optional.of(m.group(g).trim());
            }
        }
        return Optional.empty();
    }

    public static String without(String message) {
        return QUOTED.matcher(message).replaceAll(" ");
    }
}
