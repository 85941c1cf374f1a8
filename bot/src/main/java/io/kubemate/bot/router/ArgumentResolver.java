package io.kubemate.bot.router;

import io.kubemate.tools.kube.NameResolver;
import io.kubemate.tools.kube.ObjectRef;
import io.kubemate.tools.kube.ResourceKind;
import io.kubemate.tools.kube.Subject;
import io.kubemate.tools.spec.Param;
import io.kubemate.tools.spec.TargetKind;
import io.kubemate.tools.spec.ToolSpec;
import io.kubemate.tools.spec.ToolSpecs;
import jakarta.inject.Singleton;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns an intent's raw slots into the tool's arguments, resolving names against the live cluster as the
 * caller: "payment-api" becomes {@code namespace=payments, workload=payment-api}.
 */
@Singleton
public final class ArgumentResolver {

    /** Slots an action takes as they are; the action validates them. */
    private static final Pattern OBJECT_WORD = Pattern.compile("[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?");
    private static final List<String> PASSED_THROUGH = List.of("revision", "container", "cpu_request", "cpu_limit",
            "memory_request", "memory_limit");

    private final NameResolver names;
    private final PhraseBook phrases;
    private final ToolSpecs tools;
    private final ObservabilityArguments observability;
    private final CanaryArguments canaries;

    public ArgumentResolver(NameResolver names, PhraseBook phrases, ToolSpecs tools) {
        this.names = names;
        this.phrases = phrases;
        this.tools = tools;
        this.observability = new ObservabilityArguments(names);
        this.canaries = new CanaryArguments(names);
    }

    public Route resolve(Subject subject, Intent intent) {
        Map<String, Object> args = new LinkedHashMap<>();
        String namespace = intent.slot("namespace");
        if (namespace != null) {
            args.put("namespace", namespace);
        }
        return switch (intent.tool()) {
            case BuiltInRoutes.HELP -> Route.of(BuiltInRoutes.HELP, Map.copyOf(intent.slots()), intent.confidence());
            case BuiltInRoutes.IGNORE_FINDING -> intent.slot("fingerprint") == null
                    ? new Route(intent.tool(), args, 0.3, Ask.of("which_finding"), List.of())
                    : Route.of(intent.tool(), Map.copyOf(intent.slots()), intent.confidence());
            case "k8s_get" -> kindAndName(intent, args);
            case "k8s_describe" -> describe(subject, intent, args);
            case "inspect" -> Route.of("inspect", args, intent.confidence());
            case BuiltInRoutes.EXPORT_INSPECTION -> {
                if (intent.slot("format") != null) {
                    args.put("format", intent.slot("format").equals("markdown") ? "md" : intent.slot("format"));
                }
                yield Route.of(intent.tool(), args, intent.confidence());
            }
            case "runbook_search" -> intent.slot("query") == null
                    ? new Route(intent.tool(), Map.of(), 0.3, Ask.of("what_to_search"), List.of())
                    : Route.of(intent.tool(), Map.of("query", intent.slot("query")), intent.confidence());
            case "k8s_events" -> events(subject, intent, args);
            case "pod_logs" -> podLogs(subject, intent, args);
            case "diagnose" -> diagnosable(subject, intent, args);
            case "alerts_list", "silences_list" -> Route.of(intent.tool(), args, intent.confidence());
            case "backups" -> backups(intent);
            case "canary" -> canaries.read(intent);
            case "canary_step", "canary_promote", "canary_abort" -> canaries.change(subject, intent);
            case "pipelines" -> pipelines(intent, args);
            case "logs_query", "metrics_query", "trace_get", "traces_search" -> observability.resolve(subject, intent, args);
            case "runbook_start" -> runbookStart(subject, intent, args);
            default -> byTarget(subject, intent, args);
        };
    }

    /** A change is resolved by what its spec says it acts on, so that a new action needs no case here. */
    private Route byTarget(Subject subject, Intent intent, Map<String, Object> args) {
        TargetKind target = tools.find(intent.tool()).map(ToolSpec::target).orElse(TargetKind.WORKLOAD);
        return switch (target) {
            case NODE -> node(subject, intent, args);
            case CRONJOB -> cronJob(subject, intent, args);
            case PIPELINE_RUN -> pipelineRun(subject, intent, args);
            case POD -> onePod(subject, intent, args);
            case ALERT, SILENCE, AS_NAMED -> asGiven(intent, args);
            default -> workloadAction(subject, ResourceWords.spelledOut(intent), args);
        };
    }

    private Route kindAndName(Intent intent, Map<String, Object> args) {
        String kindWord = intent.slot("kind") == null ? "pod" : phrases.kindWord(intent.slot("kind"));
        Optional<ResourceKind> kind = ResourceKind.parse(kindWord);
        if (kind.isEmpty()) {
            return new Route(intent.tool(), args, 0.3, Ask.of("unknown_kind", kindWord), List.of());
        }
        args.put("kind", kind.get().label());
        if (intent.slot("name") != null) {
            args.put("name", intent.slot("name"));
        }
        return Route.of(intent.tool(), args, intent.confidence());
    }

    private Route describe(Subject subject, Intent intent, Map<String, Object> args) {
        Route route = kindAndName(intent, args);
        if (!route.understood() || args.containsKey("namespace") || !args.containsKey("name")) {
            return route;
        }
        ResourceKind kind = ResourceKind.parse((String) args.get("kind")).orElseThrow();
        if (!kind.namespaced()) {
            return route;
        }
        List<ObjectRef> found = names.workloadOrPod(subject, (String) args.get("name"), null).stream()
                .filter(ref -> ref.kind() == kind && ref.name().equals(args.get("name"))).toList();
        if (found.size() == 1) {
            args.put("namespace", found.getFirst().namespace());
            return Route.of(intent.tool(), args, intent.confidence());
        }
        return new Route(intent.tool(), args, 0.5, Ask.of("which_namespace", args.get("name")), refs(found));
    }

    private Route events(Subject subject, Intent intent, Map<String, Object> args) {
        String target = intent.slot("target");
        if (target == null) {
            return args.containsKey("namespace") ? Route.of(intent.tool(), args, intent.confidence())
                    : new Route(intent.tool(), args, 0.3, Ask.of("events_namespace"), List.of());
        }
        if (names.namespaces(subject).contains(target)) {
            args.put("namespace", target);
            return Route.of(intent.tool(), args, intent.confidence());
        }
        return target(subject, new Intent(intent.tool(), Map.of("target", target), intent.confidence()), args);
    }

    private Route podLogs(Subject subject, Intent intent, Map<String, Object> args) {
        String target = intent.slot("target");
        if (target == null) {
            return new Route(intent.tool(), args, 0.3, Ask.of("which_pod_logs"), List.of());
        }
        if (intent.slot("previous") != null) {
            args.put("previous", true);
        }
        if (intent.slot("tail") != null) {
            args.put("tail", intent.slot("tail"));
        }
        List<ObjectRef> pods = names.pods(subject, target, (String) args.get("namespace"));
        if (pods.isEmpty()) {
            return notFound(intent, args, target);
        }
        ObjectRef pod = pods.getFirst();
        args.put("namespace", pod.namespace());
        args.put("pod", pod.name());
        boolean sameNamespace = pods.stream().allMatch(p -> p.namespace().equals(pod.namespace()));
        return sameNamespace ? Route.of(intent.tool(), args, pods.size() == 1 ? intent.confidence() : 0.8)
                : new Route(intent.tool(), args, 0.5, Ask.of("pods_in_namespaces", target), refs(pods));
    }

    /** diagnose looks at more kinds than a workload or pod: a Job, Service, claim or node named in the message. */
    private Route diagnosable(Subject subject, Intent intent, Map<String, Object> args) {
        String target = intent.slot("target");
        if (target == null) {
            return new Route(intent.tool(), args, 0.3, Ask.of("which_workload_or_pod"), List.of());
        }
        if (intent.slot("client") != null) {
            args.put("client", intent.slot("client"));
        }
        List<ObjectRef> found = names.diagnosable(subject, target, (String) args.get("namespace"));
        if (found.isEmpty()) {
            return notFound(intent, args, target);
        }
        if (found.size() > 1) {
            return new Route(intent.tool(), args, 0.5, Ask.of("several_objects", target), refs(found));
        }
        ObjectRef ref = found.getFirst();
        args.remove("namespace");
        if (ref.namespace() != null) {
            args.put("namespace", ref.namespace());
        }
        args.put(switch (ref.kind()) {
            case POD -> "pod";
            case NODE -> "node";
            case SERVICE, PVC -> "name";
            default -> "workload";
        }, ref.name());
        return Route.of(intent.tool(), args, intent.confidence());
    }

    /** The first word of {@code message} that is exactly the name of a Tekton pipeline or PipelineRun the person may list. */
    Optional<String> pipelineWord(Subject subject, String message) {
        Set<String> named = names.pipelineNames(subject);
        Matcher word = OBJECT_WORD.matcher(message.toLowerCase(Locale.ROOT));
        while (word.find()) {
            if (named.contains(word.group())) {
                return Optional.of(word.group());
            }
        }
        return Optional.empty();
    }

    /** The first word of {@code message} that is exactly the name of an object diagnose can look at. */
    Optional<String> diagnosableWord(Subject subject, String message, String namespace) {
        Set<String> named = names.diagnosableObjects(subject, namespace).stream().map(ObjectRef::name).collect(Collectors.toSet());
        Matcher word = OBJECT_WORD.matcher(message.toLowerCase(Locale.ROOT));
        while (word.find()) {
            if (named.contains(word.group())) {
                return Optional.of(word.group());
            }
        }
        return Optional.empty();
    }

    private Route target(Subject subject, Intent intent, Map<String, Object> args) {
        String target = intent.slot("target");
        if (target == null) {
            return new Route(intent.tool(), args, 0.3, Ask.of("which_workload_or_pod"), List.of());
        }
        String namespace = (String) args.get("namespace");
        List<ObjectRef> found = names.workloadOrPod(subject, target, namespace);
        if (found.isEmpty()) {
            return notFound(intent, args, target);
        }
        if (found.size() > 1) {
            return new Route(intent.tool(), args, 0.5, Ask.of("several_objects", target), refs(found));
        }
        ObjectRef ref = found.getFirst();
        args.put("namespace", ref.namespace());
        if (intent.tool().equals("k8s_events")) {
            args.put("name", ref.name());
        } else {
            args.put(ref.kind() == ResourceKind.POD ? "pod" : "workload", ref.name());
        }
        return Route.of(intent.tool(), args, intent.confidence());
    }

    private Route workloadAction(Subject subject, Intent intent, Map<String, Object> args) {
        String target = intent.slot("target");
        if (target == null) {
            return new Route(intent.tool(), args, 0.3, Ask.of("which_workload"), List.of());
        }
        List<ObjectRef> found = names.workloads(subject, target, (String) args.get("namespace"));
        if (intent.slot("replicas") != null) {
            args.put("replicas", Integer.valueOf(intent.slot("replicas")));
        }
        PASSED_THROUGH.stream().filter(slot -> intent.slot(slot) != null).forEach(slot -> args.put(slot, intent.slot(slot)));
        if (found.isEmpty()) {
            return notFound(intent, args, target);
        }
        if (found.size() > 1) {
            return new Route(intent.tool(), args, 0.5, Ask.of("several_workloads", target), refs(found));
        }
        args.put("namespace", found.getFirst().namespace());
        args.put("workload", found.getFirst().name());
        // "scale payment-api" says no count: ask for it rather than propose a change with a value nobody stated
        Optional<String> unstated = tools.find(intent.tool()).stream().flatMap(spec -> spec.parameters().stream())
                .filter(p -> p.required() && p.stated() && !args.containsKey(p.name())).map(Param::name).findFirst();
        if (unstated.isPresent()) {
            Ask ask = unstated.get().equals("replicas") ? Ask.of("stated_replicas", found.getFirst().name())
                    : Ask.of("stated_value", unstated.get(), found.getFirst().name());
            return new Route(intent.tool(), args, 0.5, ask, List.of());
        }
        return Route.of(intent.tool(), args, intent.confidence());
    }

    /** Backups are of a namespace or of a Velero Schedule, named as the person names it; the tool checks the name. */
    private static Route backups(Intent intent) {
        String target = intent.slot("target") != null ? intent.slot("target") : intent.slot("namespace");
        return Route.of(intent.tool(), target == null || target.isBlank() ? Map.of() : Map.of("target", target.trim()), intent.confidence());
    }

    /** Pipelines are named as the person names them (a pipeline, a run, a namespace); the tool checks the name. */
    private static Route pipelines(Intent intent, Map<String, Object> args) {
        String target = intent.slot("target");
        if (target != null && !target.isBlank()) {
            args.put("target", target.trim());
        }
        return Route.of(intent.tool(), args, intent.confidence());
    }

    /** A pipeline action names a PipelineRun, or a pipeline meaning one of its runs: found as the person, in one namespace. */
    private Route pipelineRun(Subject subject, Intent intent, Map<String, Object> args) {
        String target = intent.slot("target");
        if (target == null) {
            return new Route(intent.tool(), args, 0.3, Ask.of("which_pipeline_run"), List.of());
        }
        List<String> found = names.pipelineRuns(subject, target, (String) args.get("namespace"));
        if (found.size() != 1) {
            args.put("name", target);
            return new Route(intent.tool(), args, found.isEmpty() ? 0.3 : 0.5, found.isEmpty() ? Ask.of("no_pipeline_run", target)
                    : Ask.of("several_pipeline_runs", target), found.stream().limit(5).toList());
        }
        String[] where = found.getFirst().split("/", 2);
        args.put("namespace", where[0]);
        args.put("name", where[1]);
        return Route.of(intent.tool(), args, intent.confidence());
    }

    /** Alert actions name alerts and silences, not cluster objects: their slots are their arguments; the action validates them. */
    private static Route asGiven(Intent intent, Map<String, Object> args) {
        intent.slots().forEach((slot, value) -> args.putIfAbsent(slot, value.trim()));
        return Route.of(intent.tool(), args, intent.confidence());
    }

    /** Which runbook, and what the run can already bind: the named values, and the target resolved if it is unique. */
    private Route runbookStart(Subject subject, Intent intent, Map<String, Object> args) {
        intent.slots().forEach((slot, value) -> {
            if (!slot.equals("target") && value != null && !value.isBlank()) {
                args.put(slot, value.trim());
            }
        });
        String target = intent.slot("target");
        if (target != null) {
            List<ObjectRef> found = names.workloadOrPod(subject, target, (String) args.get("namespace"));
            if (found.size() == 1) {
                args.put("namespace", found.getFirst().namespace());
                args.put(found.getFirst().kind() == ResourceKind.POD ? "pod" : "workload", found.getFirst().name());
            }
        }
        return intent.slot("query") == null ? new Route(intent.tool(), args, 0.3, Ask.of("which_runbook"), List.of())
                : Route.of(intent.tool(), args, intent.confidence());
    }

    /** A destructive action on one pod: the name must resolve to exactly one pod, never the first of several. */
    private Route onePod(Subject subject, Intent intent, Map<String, Object> args) {
        String target = intent.slot("target");
        if (target == null) {
            return new Route(intent.tool(), args, 0.3, Ask.of("which_pod"), List.of());
        }
        List<ObjectRef> pods = names.pods(subject, target, (String) args.get("namespace"));
        List<ObjectRef> exact = pods.stream().filter(p -> p.name().equals(target)).toList();
        List<ObjectRef> chosen = exact.isEmpty() ? pods : exact;
        if (chosen.size() != 1) {
            return chosen.isEmpty() ? notFound(intent, args, target)
                    : new Route(intent.tool(), args, 0.5, Ask.of("several_pods", target), refs(chosen));
        }
        args.put("namespace", chosen.getFirst().namespace());
        args.put("pod", chosen.getFirst().name());
        return Route.of(intent.tool(), args, intent.confidence());
    }

    private Route cronJob(Subject subject, Intent intent, Map<String, Object> args) {
        String target = intent.slot("target");
        if (target == null) {
            return new Route(intent.tool(), args, 0.3, Ask.of("which_cronjob"), List.of());
        }
        List<ObjectRef> found = names.workloads(subject, target, (String) args.get("namespace")).stream()
                .filter(ref -> ref.kind() == ResourceKind.CRONJOB).toList();
        if (found.size() != 1) {
            return found.isEmpty() ? notFound(intent, args, target)
                    : new Route(intent.tool(), args, 0.5, Ask.of("several_cronjobs", target), refs(found));
        }
        args.put("namespace", found.getFirst().namespace());
        args.put("name", found.getFirst().name());
        return Route.of(intent.tool(), args, intent.confidence());
    }

    private Route node(Subject subject, Intent intent, Map<String, Object> args) {
        String wanted = intent.slot("node");
        if (wanted == null) {
            return new Route(intent.tool(), args, 0.3, Ask.of("which_node"), List.of());
        }
        List<String> found = names.nodes(subject, wanted);
        if (found.size() != 1) {
            args.put("node", wanted);
            return new Route(intent.tool(), args, found.isEmpty() ? 0.3 : 0.5,
                    found.isEmpty() ? Ask.of("no_node", wanted) : Ask.of("several_nodes", wanted), found);
        }
        args.put("node", found.getFirst());
        return Route.of(intent.tool(), args, intent.confidence());
    }

    private static Route notFound(Intent intent, Map<String, Object> args, String target) {
        args.put("target", target);
        return new Route(intent.tool(), args, 0.3, args.get("namespace") == null ? Ask.of("not_found", target)
                : Ask.of("not_found_in", target, args.get("namespace")), List.of());
    }

    private static List<String> refs(List<ObjectRef> refs) {
        return refs.stream().limit(5).map(ObjectRef::toString).toList();
    }
}
