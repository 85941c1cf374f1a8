package io.kubemate.bot.router;

import io.kubemate.bot.router.extract.NameMention;
import io.kubemate.tools.kube.ResourceKind;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One stand-in word per kind of name, written into the examples ({@code {workload}}) and put in place of the
 * names found in a message, so that the embedding compares requests, not names: "payment-api" and "checkout"
 * would otherwise pull a message towards whichever examples happen to share its words.
 */
final class Placeholders {

    private static final Map<String, String> WORDS = Map.of(
            "{workload}", "checkout", "{pod}", "checkout-pod", "{node}", "node-1", "{namespace}", "shop",
            "{cronjob}", "nightly-job", "{trace}", "4bf92f3577b34da6", "{silence}", "silence-id", "{alert}", "HighLatency");
    private static final Pattern TRACE = Pattern.compile("(?<![0-9a-zA-Z-])(?:[0-9a-fA-F]{32}|[0-9a-fA-F]{16})(?![0-9a-zA-Z-])");
    private static final Pattern SILENCE = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern ALERT = Pattern.compile("(?<![A-Za-z0-9_])[A-Z][a-z0-9]+(?:[A-Z][A-Za-z0-9]*)+(?![A-Za-z0-9_])");

    private Placeholders() {
    }

    /** An example as it is embedded: its placeholders spelled as the stand-in words. */
    static String fill(String example) {
        String text = example;
        for (Map.Entry<String, String> e : WORDS.entrySet()) {
            text = text.replace(e.getKey(), e.getValue());
        }
        return text;
    }

    /** A message as it is embedded: the names found in it, trace and silence ids and alert names as stand-in words. */
    static String mask(String message, List<NameMention> mentions) {
        String text = SILENCE.matcher(message).replaceAll(WORDS.get("{silence}"));
        text = TRACE.matcher(text).replaceAll(WORDS.get("{trace}"));
        List<NameMention> longestFirst = mentions.stream()
                .sorted(Comparator.comparingInt((NameMention m) -> m.word().length()).reversed()).toList();
        for (NameMention m : longestFirst) {
            Matcher word = Pattern.compile("(?i)(?<![a-z0-9-])" + Pattern.quote(m.word()) + "(?![a-z0-9-])").matcher(text);
            text = word.replaceAll(Matcher.quoteReplacement(WORDS.get(placeholder(m.kind()))));
        }
        return ALERT.matcher(text).replaceAll(m -> isKubernetesWord(m.group()) ? m.group() : WORDS.get("{alert}"));
    }

    private static boolean isKubernetesWord(String word) {
        return List.of("CrashLoopBackOff", "OOMKilled", "NotReady", "ImagePullBackOff", "CronJob", "HighLatency").contains(word);
    }

    private static String placeholder(ResourceKind kind) {
        return switch (kind) {
            case POD -> "{pod}";
            case NODE -> "{node}";
            case NAMESPACE -> "{namespace}";
            case CRONJOB -> "{cronjob}";
            default -> "{workload}";
        };
    }
}
