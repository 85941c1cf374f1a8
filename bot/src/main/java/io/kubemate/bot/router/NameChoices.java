package io.kubemate.bot.router;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Buttons for "which one did you mean?": for each candidate object the person's own message with the vague word
 * replaced by the candidate's exact name (and its namespace added when that is what tells the candidates apart), so a
 * click routes to that one object, in the person's language and with the rest of what they asked for kept.
 */
final class NameChoices {

    static final int MAX_SAY = 300;
    private static final Pattern NAME_WORD = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    /** A candidate as the resolver lists it: {@code [kind ]namespace/name} or a bare name. */
    private static final Pattern CANDIDATE = Pattern.compile("(?:\\S+ )?(?:([a-z0-9-]+)/)?([a-z0-9.-]+)");
    private static final int MIN_SHARED = 2;

    private NameChoices() {
    }

    /** The route with a choice per candidate object; unchanged when a candidate cannot be tied to a word of the message. */
    static Route add(String message, Route route) {
        if (route.ask() == null || route.candidates().isEmpty() || !route.choices().isEmpty()) {
            return route;
        }
        List<Matcher> objects = route.candidates().stream().map(CANDIDATE::matcher).toList();
        if (!objects.stream().allMatch(Matcher::matches)) {
            return route;
        }
        boolean namespacesDiffer = objects.stream().map(o -> String.valueOf(o.group(1))).distinct().count() > 1;
        List<Choice> choices = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            Matcher object = objects.get(i);
            String candidate = route.candidates().get(i);
            Optional<String> say = say(message, namespacesDiffer ? object.group(1) : null, object.group(2));
            if (say.isEmpty()) {
                return route;
            }
            choices.add(new Choice(candidate, say.get()));
        }
        return route.withChoices(choices);
    }

    private static Optional<String> say(String message, String namespace, String name) {
        Matcher words = NAME_WORD.matcher(message);
        int bestStart = -1;
        int bestEnd = -1;
        int bestShared = MIN_SHARED - 1;
        while (words.find()) {
            int shared = sharedPrefix(words.group().toLowerCase(Locale.ROOT), name.toLowerCase(Locale.ROOT));
            if (shared > bestShared) {
                bestShared = shared;
                bestStart = words.start();
                bestEnd = words.end();
            }
        }
        if (bestStart < 0) {
            return Optional.empty();
        }
        String say = message.substring(0, bestStart) + name + message.substring(bestEnd);
        if (namespace != null && !mentions(say, namespace)) {
            say = say.strip() + (say.strip().startsWith("/") ? " -n " : " in ") + namespace;
        }
        return say.length() > MAX_SAY ? Optional.empty() : Optional.of(say.strip());
    }

    private static boolean mentions(String text, String word) {
        return Pattern.compile("(?<![A-Za-z0-9._-])" + Pattern.quote(word) + "(?![A-Za-z0-9._-])").matcher(text).find();
    }

    private static int sharedPrefix(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int i = 0;
        while (i < n && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }
}
