package io.kubemate.tools.redact;

import jakarta.inject.Singleton;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * Masks secrets before text leaves the process towards a model, a chat or stored history. The rules live in
 * {@code rules.yaml} next to this class (provider token shapes after gitleaks' public rule set); three of them are
 * structure-aware passes in code: Secret data, env name/value pairs across lines, and values of secret-looking keys.
 * Masked values become {@code ****}; quotes, keys, indentation and line structure stay, so YAML stays YAML.
 */
@Singleton
public final class Redactor {

    public static final String MASK = "****";

    private final RedactionRules rules;
    private final EnvPairs envPairs;
    private final SecretKeys secretKeys;

    public Redactor() {
        this(RedactionRules.bundled());
    }

    Redactor(RedactionRules rules) {
        this.rules = rules;
        this.envPairs = new EnvPairs(rules.names());
        this.secretKeys = new SecretKeys(rules.names());
    }

    public String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        String out = text;
        for (RedactionRule rule : rules.rules()) {
            if (rule.mayApply(lower)) {
                out = apply(rule, out);
            }
        }
        return out;
    }

    public List<String> redactAll(List<String> lines) {
        return lines.stream().map(this::redact).toList();
    }

    private String apply(RedactionRule rule, String text) {
        if (rule.builtin() != null) {
            return switch (rule.builtin()) {
                case "secret-data" -> SecretDataBlocks.mask(text);
                case "env-pairs" -> envPairs.mask(text);
                case "secret-keys" -> secretKeys.mask(text);
                default -> throw new IllegalStateException("unknown builtin " + rule.builtin());
            };
        }
        Matcher m = rule.pattern().matcher(text);
        StringBuilder out = null;
        int copied = 0;
        while (m.find()) {
            int group = firstMatched(m, rule.groups());
            if (group < 0 || m.end(group) <= copied || !passes(rule.check(), m.group(group))) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, copied, Math.max(copied, m.start(group))).append(MASK);
            copied = m.end(group);
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    private static int firstMatched(Matcher m, List<Integer> groups) {
        for (int group : groups) {
            if (m.group(group) != null) {
                return group;
            }
        }
        return -1;
    }

    private static boolean passes(RedactionRule.Check check, String value) {
        return switch (check) {
            case NONE -> !value.equals(MASK);
            case LUHN -> luhnValid(value);
            case PRC_ID -> isPrcId(value);
            case SECRETISH -> isSecretish(value);
        };
    }

    /** Not a plain word: holds a digit, a symbol or an upper-case letter after the first, and is not already masked. */
    static boolean isSecretish(String value) {
        if (value.startsWith(MASK) || value.length() < 4) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isDigit(c) || !Character.isLetter(c) || i > 0 && Character.isUpperCase(c)) {
                return true;
            }
        }
        return false;
    }

    static boolean luhnValid(String candidate) {
        String digits = candidate.replaceAll("[ -]", "");
        if (digits.length() < 13 || digits.length() > 19) {
            return false;
        }
        int sum = 0;
        boolean doubleIt = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubleIt) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubleIt = !doubleIt;
        }
        return sum % 10 == 0;
    }

    /** GB 11643 check digit: weights 2^(17-i) mod 11, check code table "10X98765432". */
    static boolean isPrcId(String candidate) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        String codes = "10X98765432";
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (candidate.charAt(i) - '0') * weights[i];
        }
        return Character.toUpperCase(candidate.charAt(17)) == codes.charAt(sum % 11);
    }
}
