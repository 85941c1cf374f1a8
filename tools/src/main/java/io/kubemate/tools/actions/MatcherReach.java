package io.kubemate.tools.actions;

import io.kubemate.tools.alerts.Matcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What a set of silence matchers reaches, decided by what they match rather than how they are spelled. Alertmanager
 * ANDs the matchers, treats a missing label as the empty string and anchors regexes as {@code ^(?:re)$}. A set is
 * bounded only when at least one matcher pins a label to specific, non-empty values: a positive equality with a
 * non-empty value, or a positive regex that matches neither the empty string nor arbitrary text. Negative matchers
 * ({@code !=}, {@code !~}) only ever remove alerts from an unbounded set.
 */
final class MatcherReach {

    /** Text unrelated to any real label value; a pinning regex matches none of it. */
    private static final List<String> GENERIC = List.of("Nope", "a b", "zz-unrelated-alert-9", "foo.bar/baz:1", "\"", "Ünïcødé",
            "  ", "0123456789");
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.:/ =";
    private static final int RANDOM_PROBES = 200;
    /** Fixed, so a matcher gets the same answer every time it is asked. */
    private static final long SEED = 0x6b75626d617465L;
    private static final List<String> PROBES = probes();

    private MatcherReach() {
    }

    /** Why the matchers could match an unbounded set of alerts, or empty when one of them pins a value. */
    static Optional<String> unbounded(List<Matcher> matchers) throws ActionRejected {
        for (Matcher m : matchers) {
            if (pins(m, PROBES)) {
                return Optional.empty();
            }
        }
        return Optional.of("no matcher names specific values: each is negative, empty, or a pattern that matches any text");
    }

    /** Whether the matchers match an alert with these labels, as Alertmanager decides it. */
    static boolean matches(List<Matcher> matchers, Map<String, String> labels) throws ActionRejected {
        for (Matcher m : matchers) {
            String value = labels.getOrDefault(m.name(), "");
            boolean hit = m.isRegex() ? compile(m).matcher(value).matches() : m.value().equals(value);
            if (hit == Boolean.FALSE.equals(m.isEqual())) {
                return false;
            }
        }
        return true;
    }

    private static boolean pins(Matcher m, List<String> probes) throws ActionRejected {
        if (Boolean.FALSE.equals(m.isEqual())) {
            return false;
        }
        if (!m.isRegex()) {
            return !m.value().isEmpty();
        }
        Pattern pattern = compile(m);
        return probes.stream().noneMatch(p -> pattern.matcher(p).matches());
    }

    private static Pattern compile(Matcher m) throws ActionRejected {
        try {
            return Pattern.compile("^(?:" + m.value() + ")$");
        } catch (PatternSyntaxException e) {
            throw new ActionRejected("the regex of " + m.name() + " is not valid: " + e.getDescription());
        }
    }

    /** The empty string, every single character, generic samples and pseudo-random text of many lengths. */
    private static List<String> probes() {
        SplittableRandom random = new SplittableRandom(SEED);
        List<String> probes = new ArrayList<>(GENERIC);
        probes.add("");
        ALPHABET.chars().forEach(c -> probes.add(Character.toString(c)));
        for (int i = 0; i < RANDOM_PROBES; i++) {
            StringBuilder probe = new StringBuilder();
            int length = 2 + random.nextInt(40);
            for (int j = 0; j < length; j++) {
                probe.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            probes.add(probe.toString());
        }
        return List.copyOf(probes);
    }
}
