package io.kubemate.bot.router;

import io.kubemate.tools.canary.Canary;
import io.kubemate.tools.kube.NameResolver;
import io.kubemate.tools.kube.Subject;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The arguments of the canary tools. The {@code canary} read takes the word as said (a namespace, split, route or
 * Service; the tool checks it). A change needs exactly one TrafficSplit or HTTPRoute: the word must name one the
 * person can list; no word, or a word naming several, asks which, with the candidates as choices, never guessing.
 */
final class CanaryArguments {

    private final NameResolver names;

    CanaryArguments(NameResolver names) {
        this.names = names;
    }

    Route read(Intent intent) {
        String target = intent.slot("target") != null ? intent.slot("target") : intent.slot("namespace");
        return Route.of(intent.tool(), target == null || target.isBlank() ? Map.of() : Map.of("target", target.trim()), intent.confidence());
    }

    Route change(Subject subject, Intent intent) {
        String target = intent.slot("target") != null ? intent.slot("target") : intent.slot("name");
        String namespace = intent.slot("namespace");
        Map<String, Object> args = new LinkedHashMap<>();
        if (namespace != null) {
            args.put("namespace", namespace);
        }
        List<Canary> found = names.canaries(subject).stream().filter(Canary::twoBackends)
                .filter(c -> namespace == null || c.namespace().equals(namespace))
                .filter(c -> target == null || c.named(target) || c.namespace().equals(target)).toList();
        List<String> choices = found.stream().limit(5).map(Canary::ref).toList();
        if (target == null) {
            return new Route(intent.tool(), args, 0.5, Ask.of("which_canary"), choices);
        }
        if (found.size() != 1) {
            args.put("target", target);
            return new Route(intent.tool(), args, found.isEmpty() ? 0.3 : 0.5,
                    found.isEmpty() ? Ask.of("no_canary", target) : Ask.of("several_canaries", target), choices);
        }
        Canary canary = found.getFirst();
        args.put("namespace", canary.namespace());
        args.put("name", canary.name());
        args.put("kind", canary.kind());
        return Route.of(intent.tool(), args, intent.confidence());
    }
}
