package io.kubemate.bot.router;

import io.kubemate.bot.router.extract.AlertNames;
import io.kubemate.bot.router.extract.Counts;
import io.kubemate.bot.router.extract.Durations;
import io.kubemate.bot.router.extract.MetricWords;
import io.kubemate.bot.router.extract.NameMention;
import io.kubemate.bot.router.extract.QuotedText;
import io.kubemate.bot.router.extract.TraceIds;
import io.kubemate.tools.kube.ResourceKind;
import io.kubemate.tools.kube.Subject;
import io.kubemate.tools.spec.TargetKind;
import io.kubemate.tools.spec.ToolSpec;
import io.kubemate.tools.spec.ToolSpecs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The arguments of a free-text message once its tool is chosen: names found in the cluster (exact, prefix
 * or a few typos away), durations, counts, trace ids, alert names, metric words and quoted text. Tools the
 * phrase book also knows are finished by the {@link ArgumentResolver}; the observability tools here.
 */
final class FreeTextArguments {

    private static final Set<ResourceKind> WORKLOADS =
            Set.of(ResourceKind.DEPLOYMENT, ResourceKind.STATEFULSET, ResourceKind.DAEMONSET, ResourceKind.CRONJOB);
    /** Words for the container that ran before the last crash. */
    static final Pattern PREVIOUS = Pattern.compile("previous|last crash|before (?:it|the) crash|crashed|上一次|上次|崩溃前|之前|挂之前|重启前");
    private static final Pattern REVISION = Pattern.compile("(?:revision|rev|version|版本|第)\\s*#?\\s*(\\d+)");
    private static final Pattern SLOWER = Pattern.compile(
            "(?:slower than|longer than|more than|over|above|>|超过|大于|慢于|高于)\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|sec|seconds?|毫秒|秒)");
    private static final Pattern SILENCE_ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern QUANTITY = Pattern.compile("(?<![a-z0-9-])(\\d+(?:\\.\\d+)?(?:gi|mi|ki|g|m)?)(?![a-z0-9-])");
    private static final Pattern FIELD = Pattern.compile("(cpu|memory|mem|内存)");
    private static final Pattern LIMIT = Pattern.compile("(limit|限制|上限)");
    private static final Pattern REQUEST = Pattern.compile("(request|请求)");
    /** "A times out connecting to B", "A 访问 B 超时": the object after these words is the server. */
    private static final Pattern TOWARD = Pattern.compile("connect(?:ing|s)? to|calling|calls to|reach(?:ing)?|talk(?:ing)? to|requests to|访问|连接|连不上|连(?!续)|调用|请求");
    private static final Pattern CANARY_NAME = Pattern.compile("([a-z0-9](?:[a-z0-9.-]*[a-z0-9])?)\\s*(?:的\\s*)?(?:canary|canaries|金丝雀|灰度)");
    private static final Set<String> CANARY_WORDS = Set.of("the", "a", "this", "that", "our", "my", "is", "promote", "abort", "step", "of", "canary");
    private static final Pattern CLAUSES = Pattern.compile("\\band\\b|\\bplus\\b|[,，;；、]|以及|并且|同时|还有|和");

    /** Read tools that name no single object, so that two objects close to one word need no question. */
    private static final Set<String> NO_OBJECT = Set.of("inspect", "alerts_list", "silences_list", "runbook_search", "trace_get",
            "backups", "pipelines", "canary", "canary_step", "canary_promote", "canary_abort");
    /** Canaries are TrafficSplits and HTTPRoutes, named by a word the cluster's workload names may not hold. */
    private static final Set<String> CANARY_TOOLS = Set.of("canary", "canary_step", "canary_promote", "canary_abort");

    private final ArgumentResolver resolver;
    private final ToolSpecs tools;

    FreeTextArguments(ArgumentResolver resolver, ToolSpecs tools) {
        this.resolver = resolver;
        this.tools = tools;
    }

    Route route(Subject subject, String tool, String message, List<NameMention> mentions, double confidence) {
        Optional<NameMention> namespace = first(mentions, Set.of(ResourceKind.NAMESPACE));
        Optional<ToolSpec> action = tools.find(tool).filter(ToolSpec::isAction);
        TargetKind acts = action.map(ToolSpec::target).orElse(TargetKind.WORKLOAD);
        Optional<Route> ambiguous = ambiguous(tool, mentions, confidence);
        if (tool.equals("diagnose") && ambiguous.isPresent()) {
            // a Job, Service or claim named exactly is not ambiguous because pods begin with its name
            Optional<String> exact = resolver.diagnosableWord(subject, message, namespace.map(NameMention::name).orElse(null));
            if (exact.isPresent()) {
                Map<String, String> slots = new LinkedHashMap<>();
                namespace.ifPresent(ns -> slots.put("namespace", ns.name()));
                slots.put("target", exact.get());
                return resolver.resolve(subject, new Intent(tool, slots, confidence));
            }
        }
        if (ambiguous.isPresent() && !NO_OBJECT.contains(tool) && !Set.of(TargetKind.NODE, TargetKind.ALERT, TargetKind.SILENCE, TargetKind.PIPELINE_RUN).contains(acts)) {
            return ambiguous.get();
        }
        Optional<NameMention> target = first(mentions, WORKLOADS).or(() -> first(mentions, Set.of(ResourceKind.POD)));
        if (namespace.isEmpty() && target.isPresent() && !NO_OBJECT.contains(tool)
                && !Set.of(TargetKind.NODE, TargetKind.ALERT, TargetKind.SILENCE, TargetKind.PIPELINE_RUN).contains(acts)) {
            Optional<Route> twins = inSeveralNamespaces(tool, target.get(), mentions, confidence);
            if (twins.isPresent()) {
                return twins.get();
            }
        }
        Map<String, String> slots = new LinkedHashMap<>();
        namespace.or(() -> target).map(m -> m.kind() == ResourceKind.NAMESPACE ? m.name() : m.namespace())
                .ifPresent(ns -> slots.put("namespace", ns));
        String lower = message.toLowerCase(Locale.ROOT);
        if (CANARY_TOOLS.contains(tool)) {
            return canary(subject, tool, lower, namespace, target, confidence);
        }
        if (action.isPresent()) {
            return change(subject, action.get(), message, lower, mentions, slots, target, confidence);
        }
        return switch (tool) {
            case "alerts_list", "silences_list" -> {
                Map<String, Object> args = new LinkedHashMap<>(slots);
                AlertNames.find(message).ifPresent(a -> args.put("alertname", a));
                yield Route.of(tool, args, confidence);
            }
            case "backups" -> resolver.resolve(subject, new Intent(tool, namespace.isPresent() ? Map.of("target", namespace.get().name())
                    : Map.of(), confidence));
            case "pipelines" -> resolver.resolve(subject, new Intent(tool, resolver.pipelineWord(subject, message)
                    .or(() -> namespace.map(NameMention::name)).map(t -> Map.of("target", t)).orElse(Map.of()), confidence));
            case "trace_get" -> TraceIds.find(message).map(id -> Route.of(tool, Map.of("trace_id", id), confidence))
                    .orElseGet(() -> new Route(tool, Map.of(), confidence, Ask.of("which_trace"), List.of()));
            case "traces_search" -> traces(message, target, confidence);
            case "metrics_query", "logs_query" -> observe(tool, message, slots, target, confidence);
            case "inspect" -> Route.of(tool, Map.copyOf(slots.containsKey("namespace") && namespace.isPresent() ? slots : Map.of()), confidence);
            case "runbook_search" -> Route.of(tool, Map.of("query", message.trim()), confidence);
            case "runbook_start" -> {
                slots.put("query", message.trim());
                target.ifPresent(t -> slots.put("target", t.name()));
                yield resolver.resolve(subject, new Intent(tool, slots, confidence));
            }
            case "k8s_get" -> {
                slots.put("kind", KindWords.find(QuotedText.without(lower)).orElse("pod"));
                if (!namespace.isPresent()) {
                    slots.remove("namespace");
                }
                yield resolver.resolve(subject, new Intent(tool, slots, confidence));
            }
            case "k8s_describe" -> {
                Optional<NameMention> object = target.or(() -> first(mentions, Set.of(ResourceKind.NODE)))
                        .or(() -> namespace);
                object.ifPresent(o -> {
                    slots.put("kind", o.kind().label());
                    slots.put("name", o.name());
                });
                if (object.isEmpty()) {
                    KindWords.find(lower).ifPresent(kind -> slots.put("kind", kind));
                }
                if (object.filter(o -> !o.kind().namespaced()).isPresent()) {
                    slots.remove("namespace");
                }
                yield resolver.resolve(subject, new Intent(tool, slots, confidence));
            }
            case "diagnose" -> diagnose(subject, tool, message, mentions, slots, target, confidence);
            case "k8s_events" -> {
                target.ifPresent(t -> slots.put("target", t.name()));
                yield resolver.resolve(subject, new Intent(tool, slots, confidence));
            }
            default -> workloadTool(subject, tool, message, lower, slots, target, confidence);
        };
    }

    /**
     * The word before "canary"/"金丝雀"/"灰度" names it ("the checkout canary", "checkout 的金丝雀"), else a workload or
     * namespace the message names.
     */
    private Route canary(Subject subject, String tool, String lower, Optional<NameMention> namespace, Optional<NameMention> target,
                         double confidence) {
        Map<String, String> slots = new LinkedHashMap<>();
        Matcher named = CANARY_NAME.matcher(QuotedText.without(lower));
        String word = named.find() && !CANARY_WORDS.contains(named.group(1)) ? named.group(1) : null;
        if (word == null) {
            word = target.map(NameMention::name).orElse(null);
        }
        if (word != null) {
            slots.put("target", word);
        }
        namespace.filter(ns -> !ns.name().equals(slots.get("target"))).ifPresent(ns -> slots.put("namespace", ns.name()));
        return resolver.resolve(subject, new Intent(tool, slots, confidence));
    }

    /**
     * diagnose names one object: a workload or pod, else a node, else a Job, Service or claim named exactly. In "A times
     * out connecting to B" the server B is diagnosed and A passed as its client.
     */
    private Route diagnose(Subject subject, String tool, String message, List<NameMention> mentions, Map<String, String> slots,
                           Optional<NameMention> target, double confidence) {
        List<NameMention> workloads = mentions.stream().filter(m -> m.exact() && (WORKLOADS.contains(m.kind()) || m.kind() == ResourceKind.POD))
                .toList();
        Matcher toward = TOWARD.matcher(message.toLowerCase(Locale.ROOT));
        if (toward.find() && workloads.stream().map(NameMention::name).distinct().count() == 2) {
            int at = toward.end();
            String lower = message.toLowerCase(Locale.ROOT);
            Optional<NameMention> server = workloads.stream().filter(m -> lower.indexOf(m.word(), at) >= 0).findFirst();
            if (server.isPresent()) {
                target = server;
                if (!mentions.stream().anyMatch(m -> m.kind() == ResourceKind.NAMESPACE)) {
                    slots.put("namespace", server.get().namespace());
                }
                workloads.stream().filter(m -> !m.name().equals(server.get().name())).findFirst().ifPresent(c -> slots.put("client", c.name()));
            }
        }
        Optional<NameMention> object = target.or(() -> first(mentions, Set.of(ResourceKind.NODE)));
        object.ifPresent(o -> slots.put("target", o.name()));
        if (object.filter(o -> o.kind() == ResourceKind.NODE).isPresent()) {
            slots.remove("namespace");
        }
        if (object.isEmpty()) {
            resolver.diagnosableWord(subject, message, slots.get("namespace")).ifPresent(word -> slots.put("target", word));
        }
        return resolver.resolve(subject, new Intent(tool, slots, confidence));
    }

    /** A change, by what its spec says it acts on, so that a new action needs no case here. */
    private Route change(Subject subject, ToolSpec spec, String message, String lower, List<NameMention> mentions,
                         Map<String, String> slots, Optional<NameMention> target, double confidence) {
        String tool = spec.name();
        return switch (spec.target()) {
            case ALERT, SILENCE -> silence(spec, message, slots, confidence);
            case NODE -> {
                List<NameMention> nodes = mentions.stream().filter(m -> m.kind() == ResourceKind.NODE).toList();
                if (nodes.stream().map(NameMention::name).distinct().count() == 1) {
                    slots.put("node", nodes.getFirst().name());
                } else {
                    mentions.stream().findFirst().ifPresent(n -> slots.put("node", n.word()));
                }
                slots.remove("namespace");
                yield resolver.resolve(subject, new Intent(tool, slots, confidence));
            }
            case POD -> {
                first(mentions, Set.of(ResourceKind.POD)).filter(NameMention::exact).or(() -> target)
                        .ifPresent(p -> slots.put("target", p.kind() == ResourceKind.POD && p.exact() ? p.name() : p.word()));
                yield resolver.resolve(subject, new Intent(tool, slots, confidence));
            }
            case PIPELINE_RUN -> {
                resolver.pipelineWord(subject, message).ifPresent(p -> slots.put("target", p));
                yield resolver.resolve(subject, new Intent(tool, slots, confidence));
            }
            case CRONJOB -> {
                first(mentions, Set.of(ResourceKind.CRONJOB)).or(() -> target)
                        .ifPresent(c -> slots.put("target", c.kind() == ResourceKind.CRONJOB ? c.name() : c.word()));
                yield resolver.resolve(subject, new Intent(tool, slots, confidence));
            }
            default -> workloadTool(subject, tool, message, lower, slots, target, confidence);
        };
    }

    private Route workloadTool(Subject subject, String tool, String message, String lower, Map<String, String> slots,
                               Optional<NameMention> target, double confidence) {
        target.ifPresent(t -> slots.put("target", t.name()));
        String rest = withoutNames(message, target);
        if (tool.equals("pod_logs") && PREVIOUS.matcher(lower).find()) {
            slots.put("previous", "true");
        }
        // a change's values are found by its parameters' names, the same for every action that takes them
        if (takes(tool, "replicas")) {
            Counts.find(Durations.without(rest)).ifPresent(n -> slots.put("replicas", String.valueOf(n)));
        }
        if (takes(tool, "revision")) {
            Matcher m = REVISION.matcher(lower);
            if (m.find()) {
                slots.put("revision", m.group(1));
            }
        }
        if (takes(tool, "memory_limit")) {
            resources(rest.toLowerCase(Locale.ROOT), slots);
        }
        return resolver.resolve(subject, new Intent(tool, slots, confidence));
    }

    private boolean takes(String tool, String parameter) {
        return tools.find(tool).filter(ToolSpec::isAction).stream().flatMap(spec -> spec.parameters().stream())
                .anyMatch(p -> p.name().equals(parameter));
    }

    /**
     * Every value the message states, one per clause ("cpu limit 2 and memory request 1Gi" keeps both); a clause
     * without a resource word continues the one before ("more memory, make the limit 2Gi").
     */
    private static void resources(String text, Map<String, String> slots) {
        String field = null;
        for (String clause : CLAUSES.split(text)) {
            Matcher named = FIELD.matcher(clause);
            if (named.find()) {
                field = named.group(1).startsWith("cpu") ? "cpu" : "memory";
            }
            Matcher quantity = QUANTITY.matcher(clause);
            if (field != null && quantity.find()) {
                String which = LIMIT.matcher(clause).find() || !REQUEST.matcher(clause).find() ? "limit" : "request";
                slots.putAll(ResourceWords.spelledOut(new Intent("set_resources",
                        Map.of("field", field, "which", which, "quantity", quantity.group(1)), 1.0)).slots());
            }
        }
    }

    private static Route observe(String tool, String message, Map<String, String> slots, Optional<NameMention> target,
                                 double confidence) {
        Map<String, Object> args = new LinkedHashMap<>(slots);
        // a log search can be narrowed to one pod; a metric shortcut speaks of workloads only
        target.ifPresent(t -> args.put(t.kind() == ResourceKind.POD && tool.equals("logs_query") ? "pod" : "workload", t.name()));
        Durations.find(QuotedText.without(message)).ifPresent(since -> args.put("since", since));
        if (tool.equals("metrics_query")) {
            MetricWords.find(QuotedText.without(message)).ifPresent(s -> args.put("shortcut", s));
        } else {
            QuotedText.find(message).ifPresent(q -> args.put("query", q));
        }
        if (!args.containsKey("namespace")) {
            return new Route(tool, args, confidence, Ask.of("which_workload_or_namespace"), List.of());
        }
        return Route.of(tool, args, confidence);
    }

    private static Route traces(String message, Optional<NameMention> target, double confidence) {
        Map<String, Object> args = new LinkedHashMap<>();
        target.ifPresent(t -> args.put("service", t.name()));
        String lower = message.toLowerCase(Locale.ROOT);
        Matcher slower = SLOWER.matcher(lower);
        String rest = message;
        if (slower.find()) {
            String unit = slower.group(2);
            args.put("min_duration", slower.group(1) + (unit.equals("ms") || unit.equals("毫秒") ? "ms" : "s"));
            rest = message.substring(0, slower.start()) + " " + message.substring(slower.end());
        }
        Durations.find(rest).ifPresent(since -> args.put("since", since));
        return args.containsKey("service") ? Route.of("traces_search", args, confidence)
                : new Route("traces_search", args, confidence, Ask.of("which_service"), List.of());
    }

    private static Route silence(ToolSpec spec, String message, Map<String, String> slots, double confidence) {
        String tool = spec.name();
        Map<String, Object> args = new LinkedHashMap<>();
        // "silence X in payments" covers payments only, never every namespace
        if (spec.target() == TargetKind.ALERT && slots.containsKey("namespace")) {
            args.put("namespace", slots.get("namespace"));
        }
        Matcher id = SILENCE_ID.matcher(message.toLowerCase(Locale.ROOT));
        if (spec.target() == TargetKind.SILENCE && id.find()) {
            args.put("silence_id", id.group());
        }
        AlertNames.find(message).ifPresent(a -> args.put("alertname", a));
        if (spec.target() == TargetKind.ALERT) {
            Durations.find(message).ifPresent(d -> args.put("duration", d));
        }
        return args.containsKey("alertname") || args.containsKey("silence_id") ? Route.of(tool, args, confidence)
                : new Route(tool, args, confidence, Ask.of("which_alert"), List.of());
    }

    /**
     * One name that exists in two namespaces ("notify-worker" in payments and in staging), and the message names
     * no namespace: ask which, never guess.
     */
    private static Optional<Route> inSeveralNamespaces(String tool, NameMention target, List<NameMention> mentions,
                                                       double confidence) {
        List<NameMention> same = mentions.stream()
                .filter(m -> m.kind() == target.kind() && m.name().equals(target.name()) && m.distance() == target.distance())
                .toList();
        List<String> namespaces = same.stream().map(NameMention::namespace).distinct().toList();
        if (namespaces.size() < 2) {
            return Optional.empty();
        }
        List<String> candidates = same.stream().map(m -> m.kind().label() + " " + m.namespace() + "/" + m.name())
                .distinct().limit(5).toList();
        return Optional.of(new Route(tool, Map.of(), Math.min(confidence, 0.5), Ask.of("which_namespace", target.name()),
                candidates));
    }

    /** Two different objects as close to one word: ask which one, the two best as choices. */
    private static Optional<Route> ambiguous(String tool, List<NameMention> mentions, double confidence) {
        if (mentions.isEmpty() || mentions.getFirst().exact()) {
            return Optional.empty();
        }
        NameMention best = mentions.getFirst();
        List<String> same = mentions.stream()
                .filter(m -> m.word().equals(best.word()) && m.distance() == best.distance())
                .filter(m -> m.kind() != ResourceKind.POD || WORKLOADS.stream().noneMatch(k -> mentions.stream()
                        .anyMatch(w -> w.kind() == k && w.word().equals(best.word()))))
                .map(m -> m.name()).distinct().toList();
        if (same.size() < 2 || mentions.stream().anyMatch(NameMention::exact)) {
            return Optional.empty();
        }
        return Optional.of(new Route(tool, Map.of(), Math.min(confidence, 0.5),
                Ask.of("could_be", best.word(), same.get(0), same.get(1)), same.subList(0, 2)));
    }

    private static Optional<NameMention> first(List<NameMention> mentions, Set<ResourceKind> kinds) {
        return mentions.stream().filter(m -> kinds.contains(m.kind())).findFirst();
    }

    private static String withoutNames(String message, Optional<NameMention> target) {
        String text = message.replaceAll("(?i)[a-z0-9]+(?:-[a-z0-9]+)+", " ");
        return target.map(t -> text.replace(t.word(), " ")).orElse(text);
    }
}
