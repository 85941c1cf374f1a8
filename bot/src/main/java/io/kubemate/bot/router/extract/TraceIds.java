package io.kubemate.bot.router.extract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A trace id in a message: 32 or 16 hex characters, lower-cased as Jaeger prints them. */
public final class TraceIds {

    private static final Pattern ID = Pattern.compile("(?<![0-9a-zA-Z-])([0-9a-fA-F]{32}|[0-9a-fA-F]{16})(?![0-9a-zA-Z-])");

    private TraceIds() {
    }

    public static Optional<String> find(String message) {
        Matcher m = ID.matcher(message);
        while (m.find()) {
            String id = m.group(1);
            // a word such as "deadbeefcafebabe" is hex too; a real id nearly always holds a digit
            if (id.chars().anyMatch(Character::isDigit)) {
                return Optional.of(id.toLowerCase(java.util.Locale.ROOT));
            }
        }
        return Optional.empty();
    }
}
