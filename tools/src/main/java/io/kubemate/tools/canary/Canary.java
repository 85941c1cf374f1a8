package io.kubemate.tools.canary;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.ManagedFieldsEntry;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One canary release as its traffic object states it: a TrafficSplit's {@code spec.backends} or the first rule of an
 * HTTPRoute with two or more weighted {@code backendRefs}; which backend is the canary ({@link #CANARY_BACKEND}, else
 * a name with "canary", else the other of "stable"/"primary", else the higher trailing version, else the second);
 * and when traffic last moved ({@link #STEP_AT}, else the newest {@code managedFields} time, else unknown).
 *
 * @param rule      the index of the HTTPRoute rule that splits (0 for a TrafficSplit)
 * @param canary    the canary backend, or null when the split has not exactly two backends
 * @param stable    the stable backend, or null likewise
 */
public record Canary(String kind, String apiVersion, String namespace, String name, String apex, int rule, List<Backend> backends,
                     Backend stable, Backend canary, Instant stepAt, StepSource stepSource) {

    /** Set by the canary actions to the time of each change of weights (RFC 3339, UTC). */
    public static final String STEP_AT = "kubemate.io/canary-step-at";
    /** Names the canary backend's Service when its name does not tell. */
    public static final String CANARY_BACKEND = "kubemate.io/canary-backend";

    /** Where {@link #stepAt} comes from. */
    public enum StepSource { ANNOTATION, MANAGED_FIELDS, UNKNOWN }

    private static final Pattern VERSION = Pattern.compile("^(.*?)-?v?(\\d+)$");

    public Canary {
        backends = List.copyOf(backends);
    }

    /** The canary's share of traffic, 0–100 (rounded). */
    public int canaryPercent() {
        long total = backends.stream().mapToLong(Backend::weight).sum();
        return canary == null || total == 0 ? 0 : (int) Math.round(canary.weight() * 100.0 / total);
    }

    public boolean twoBackends() {
        return canary != null;
    }

    public String ref() {
        return kind + " " + namespace + "/" + name;
    }

    /** "stable-svc 95 / canary-svc 5" */
    public String split() {
        return twoBackends() ? stable.service() + " " + (100 - canaryPercent()) + " / " + canary.service() + " " + canaryPercent()
                : String.join(", ", backends.stream().map(b -> b.service() + " " + b.weight()).toList());
    }

    /** Whether a person naming {@code word} means this canary: its name, apex Service or a backend, or their prefix before a '-'. */
    public boolean named(String word) {
        List<String> names = new ArrayList<>(List.of(name, apex));
        backends.forEach(b -> names.add(b.service()));
        return names.stream().anyMatch(n -> n.equals(word) || n.startsWith(word + "-"));
    }

    /** Parses a TrafficSplit or an HTTPRoute; null for an HTTPRoute that splits no traffic. */
    public static Canary of(GenericKubernetesResource resource) {
        Map<String, Object> spec = map(resource.getAdditionalProperties().get("spec"));
        boolean route = "HTTPRoute".equals(resource.getKind());
        int rule = 0;
        List<Backend> backends = new ArrayList<>();
        String apex = resource.getMetadata().getName();
        if (route) {
            List<Object> rules = list(spec.get("rules"));
            rule = -1;
            for (int i = 0; i < rules.size() && rule < 0; i++) {
                List<Object> refs = list(map(rules.get(i)).get("backendRefs"));
                if (refs.size() >= 2) {
                    rule = i;
                    refs.forEach(r -> backends.add(new Backend(String.valueOf(map(r).get("name")), weight(map(r).get("weight"), 1))));
                }
            }
            if (rule < 0) {
                return null;
            }
        } else {
            apex = spec.get("service") == null ? apex : String.valueOf(spec.get("service"));
            list(spec.get("backends")).forEach(b -> backends.add(new Backend(String.valueOf(map(b).get("service")), weight(map(b).get("weight"), 0))));
        }
        Map<String, String> annotations = resource.getMetadata().getAnnotations() == null ? Map.of() : resource.getMetadata().getAnnotations();
        int canaryAt = backends.size() == 2 ? canaryIndex(backends, annotations.get(CANARY_BACKEND)) : -1;
        Instant annotated = instant(annotations.get(STEP_AT));
        Instant managed = resource.getMetadata().getManagedFields() == null ? null : resource.getMetadata().getManagedFields().stream()
                .map(ManagedFieldsEntry::getTime).filter(Objects::nonNull).map(Canary::instant).filter(Objects::nonNull)
                .max(Instant::compareTo).orElse(null);
        return new Canary(resource.getKind(), resource.getApiVersion(), resource.getMetadata().getNamespace(), resource.getMetadata().getName(),
                apex, rule, backends, canaryAt < 0 ? null : backends.get(1 - canaryAt), canaryAt < 0 ? null : backends.get(canaryAt),
                annotated != null ? annotated : managed, annotated != null ? StepSource.ANNOTATION : managed != null ? StepSource.MANAGED_FIELDS
                : StepSource.UNKNOWN);
    }

    private static int canaryIndex(List<Backend> two, String named) {
        String a = two.get(0).service();
        String b = two.get(1).service();
        if (named != null && (named.equals(a) || named.equals(b))) {
            return named.equals(a) ? 0 : 1;
        }
        if (a.contains("canary") != b.contains("canary")) {
            return a.contains("canary") ? 0 : 1;
        }
        boolean aStable = a.contains("stable") || a.contains("primary");
        if (aStable != (b.contains("stable") || b.contains("primary"))) {
            return aStable ? 1 : 0;
        }
        Matcher va = VERSION.matcher(a);
        Matcher vb = VERSION.matcher(b);
        if (va.matches() && vb.matches() && va.group(1).equals(vb.group(1))) {
            return Long.parseLong(va.group(2)) > Long.parseLong(vb.group(2)) ? 0 : 1;
        }
        return 1;
    }

    /** An SMI v1alpha1 weight may be a quantity ("500m"); later versions and HTTPRoute use integers. */
    private static long weight(Object value, long absent) {
        if (value instanceof Number n) {
            return n.longValue();
        }
        if (value == null) {
            return absent;
        }
        String text = value.toString().trim();
        try {
            return text.endsWith("m") ? Long.parseLong(text.substring(0, text.length() - 1)) : Long.parseLong(text) * 1000;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static Instant instant(String text) {
        try {
            return text == null ? null : Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object value) {
        return value instanceof List<?> l ? (List<Object>) l : List.of();
    }
}
