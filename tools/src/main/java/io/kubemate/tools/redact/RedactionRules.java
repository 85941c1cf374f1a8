package io.kubemate.tools.redact;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** The rules of {@code rules.yaml}, compiled once: the secret names and the ordered list of rules. */
record RedactionRules(SecretNames names, List<RedactionRule> rules) {

    static final String RESOURCE = "rules.yaml";
    private static final Set<String> BUILTINS = Set.of("secret-data", "env-pairs", "secret-keys");

    RedactionRules {
        rules = List.copyOf(rules);
    }

    /** The rules shipped in this jar; parsed once, they never change. */
    static RedactionRules bundled() {
        return Bundled.RULES;
    }

    static RedactionRules load(InputStream in) {
        Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        Map<String, Object> names = map(root.get("secretNames"), "secretNames");
        SecretNames secretNames = new SecretNames(words(names, "strong"), words(names, "weak"), words(names, "keyQualifiers"),
                words(names, "harmlessTails"), words(names, "harmlessValues"));
        List<RedactionRule> rules = new ArrayList<>();
        for (Object entry : (List<?>) root.get("rules")) {
            rules.add(rule(map(entry, "rule")));
        }
        return new RedactionRules(secretNames, rules);
    }

    private static RedactionRule rule(Map<String, Object> rule) {
        String id = String.valueOf(rule.get("id"));
        List<String> keywords = rule.get("keywords") == null ? List.of()
                : ((List<?>) rule.get("keywords")).stream().map(String::valueOf).toList();
        Object builtin = rule.get("builtin");
        if (builtin != null) {
            if (!BUILTINS.contains(builtin.toString())) {
                throw new IllegalArgumentException("rule " + id + ": unknown builtin " + builtin + ", known: " + BUILTINS);
            }
            return new RedactionRule(id, String.valueOf(rule.get("description")), keywords, null, List.of(),
                    RedactionRule.Check.NONE, builtin.toString());
        }
        Pattern pattern;
        try {
            pattern = Pattern.compile(String.valueOf(rule.get("regex")));
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("rule " + id + ": bad regex: " + e.getDescription(), e);
        }
        List<Integer> groups = Arrays.stream(String.valueOf(rule.getOrDefault("group", "0")).split(","))
                .map(String::strip).map(Integer::valueOf).toList();
        groups.forEach(g -> {
            if (g > pattern.matcher("").groupCount()) {
                throw new IllegalArgumentException("rule " + id + ": no group " + g + " in its regex");
            }
        });
        RedactionRule.Check check = rule.get("check") == null ? RedactionRule.Check.NONE
                : RedactionRule.Check.valueOf(rule.get("check").toString().replace('-', '_').toUpperCase(Locale.ROOT));
        return new RedactionRule(id, String.valueOf(rule.get("description")), keywords, pattern, groups, check, null);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value, String what) {
        if (!(value instanceof Map<?, ?>)) {
            throw new IllegalArgumentException(RESOURCE + ": " + what + " must be a mapping");
        }
        return (Map<String, Object>) value;
    }

    private static Set<String> words(Map<String, Object> names, String key) {
        Set<String> words = new HashSet<>();
        Object list = names.get(key);
        if (list instanceof List<?> items) {
            items.forEach(item -> words.add(String.valueOf(item).toLowerCase(Locale.ROOT)));
        }
        return words;
    }

    private static final class Bundled {
        private static final RedactionRules RULES = read();

        private static RedactionRules read() {
            try (InputStream in = RedactionRules.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is missing from the tools jar");
                }
                return load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
