package io.kubemate.tools.kube;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The names that go into Kubernetes API paths, checked before any call: namespaces and container names are
 * DNS-1123 labels, object names DNS-1123 subdomains, kinds plain words. {@code ..}, {@code /}, {@code %},
 * {@code ?}, spaces, upper case and look-alike letters never reach a URL. Every read and every action plan goes
 * through {@link KubeCall#run(String, Map, java.util.function.Supplier)}, which asks here first.
 */
public final class KubeNames {

    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?");
    private static final Pattern SUBDOMAIN = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");
    private static final Pattern KIND = Pattern.compile("[A-Za-z][A-Za-z0-9]{0,62}");
    private static final int MAX_SUBDOMAIN = 253;

    private KubeNames() {
    }

    /** The arguments as name → value, nulls allowed (an absent argument is not checked). */
    public static Map<String, String> of(String... namesAndValues) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            out.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return out;
    }

    /** Why one of the Kubernetes-name arguments in {@code args} is not a valid name, naming it and its value. */
    public static Optional<String> problem(Map<String, ?> args) {
        for (Map.Entry<String, ?> arg : args.entrySet()) {
            if (!(arg.getValue() instanceof String value) || value.isBlank()) {
                continue;
            }
            Optional<String> problem = switch (arg.getKey()) {
                case "namespace", "container" -> LABEL.matcher(value).matches() ? Optional.empty()
                        : Optional.of("lower-case letters, digits and '-', starting and ending with a letter or digit, at most 63 characters");
                case "name", "workload", "pod", "node" -> SUBDOMAIN.matcher(value).matches() && value.length() <= MAX_SUBDOMAIN
                        ? Optional.empty()
                        : Optional.of("lower-case letters, digits, '-' and '.', starting and ending with a letter or digit, at most 253 characters");
                case "kind" -> KIND.matcher(value).matches() ? Optional.empty() : Optional.of("a kind is one word, e.g. deployment");
                default -> Optional.empty();
            };
            if (problem.isPresent()) {
                return Optional.of("`" + value + "` is not a valid Kubernetes " + arg.getKey() + " (" + problem.get() + ")");
            }
        }
        return Optional.empty();
    }
}
