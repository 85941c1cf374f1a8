package io.kubemate.bot.router.extract;

import io.kubemate.tools.kube.NameResolver;
import io.kubemate.tools.kube.ObjectRef;
import io.kubemate.tools.kube.ResourceKind;
import io.kubemate.tools.kube.Subject;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the namespaces, workloads, pods and nodes a free-text message names, as the caller sees the cluster:
 * the exact name, a name the word begins ("ledger" → ledger-api), or a name at most two typing errors away
 * ("paymnet-api" → payment-api).
 */
public final class ClusterNames {

    private static final Pattern WORD = Pattern.compile("[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?");
    private static final int MIN_PREFIX = 4;
    private static final int MIN_FUZZY = 5;
    /** Words of the request itself, never taken for an object's name even when one begins with them. */
    private static final Set<String> COMMON = Set.of("what", "show", "list", "logs", "pods", "node", "nodes", "events",
            "event", "alerts", "alert", "silence", "silences", "metrics", "trace", "traces", "restart", "scale", "status",
            "please", "error", "errors", "deployment", "deployments", "service", "services", "namespace", "cronjob",
            "from", "with", "last", "past", "hour", "hours", "minutes", "replicas", "memory", "latency", "about",
            "running");

    private final NameResolver names;

    public ClusterNames(NameResolver names) {
        this.names = names;
    }

    /** Every match for every word, best first; a word that names something exactly keeps only its exact matches. */
    public List<NameMention> find(Subject subject, String message) {
        List<String> words = words(message);
        if (words.isEmpty()) {
            return List.of();
        }
        List<ObjectRef> objects = new ArrayList<>(names.workloads(subject, "", null));
        objects.addAll(names.pods(subject, "", null));
        names.nodes(subject, "").forEach(node -> objects.add(new ObjectRef(ResourceKind.NODE, null, node)));
        names.namespaces(subject).forEach(ns -> objects.add(new ObjectRef(ResourceKind.NAMESPACE, null, ns)));
        List<NameMention> found = new ArrayList<>();
        for (String word : words) {
            List<NameMention> forWord = new ArrayList<>();
            for (ObjectRef ref : objects) {
                int distance = distance(word, ref.name().toLowerCase(Locale.ROOT), ref.kind());
                if (distance >= 0) {
                    forWord.add(new NameMention(word, ref.kind(), ref.namespace(), ref.name(), distance));
                }
            }
            int best = forWord.stream().mapToInt(NameMention::distance).min().orElse(-1);
            forWord.stream().filter(m -> m.distance() == best).forEach(found::add);
        }
        found.sort(Comparator.comparingInt(NameMention::distance));
        return found;
    }

    /** -1 when the word does not point at the name. */
    private static int distance(String word, String name, ResourceKind kind) {
        if (word.equals(name)) {
            return 0;
        }
        boolean prefixAllowed = kind != ResourceKind.NAMESPACE && word.length() >= MIN_PREFIX && !COMMON.contains(word);
        if (prefixAllowed && name.startsWith(word)) {
            return 1;
        }
        if (word.length() < MIN_FUZZY || COMMON.contains(word)) {
            return -1;
        }
        int limit = word.length() >= 8 ? 2 : 1;
        int edits = EditDistance.within(word, name, limit);
        return edits <= limit ? 1 + edits : -1;
    }

    private static List<String> words(String message) {
        Matcher m = WORD.matcher(message.toLowerCase(Locale.ROOT));
        List<String> words = new ArrayList<>();
        while (m.find()) {
            if (m.group().chars().anyMatch(Character::isLetter)) {
                words.add(m.group());
            }
        }
        return words;
    }
}
