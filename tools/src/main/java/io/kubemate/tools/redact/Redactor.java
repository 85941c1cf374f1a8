package io.kubemate.tools.redact;

import jakarta.inject.Singleton;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks secrets in free text before it leaves the process towards a model or a chat: credentials in
 * key=value or key: value form, bearer tokens, JWTs, PEM private keys, bank card numbers (Luhn-checked)
 * and PRC resident ID numbers.
 */
@Singleton
public final class Redactor {

    public static final String MASK = "****";

    private static final Pattern PEM = Pattern.compile(
            "-----BEGIN [A-Z ]*PRIVATE KEY-----.*?(-----END [A-Z ]*PRIVATE KEY-----|\\z)", Pattern.DOTALL);
    private static final Pattern KEY_VALUE = Pattern.compile(
            "(?i)(\"?[\\w.-]*(?:password|passwd|pwd|secret|token|api[_-]?key|access[_-]?key|private[_-]?key|credentials?)\"?"
                    + "\\s*[:=]\\s*)(\"[^\"]*\"|'[^']*'|[^\\s,;&\"']+)");
    private static final Pattern AUTH_HEADER = Pattern.compile("(?i)\\b(bearer|basic)\\s+[A-Za-z0-9._~+/=-]{8,}");
    private static final Pattern JWT = Pattern.compile("\\beyJ[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]{5,}");
    private static final Pattern URL_PASSWORD = Pattern.compile("(://[^:/@\\s]+:)([^@/\\s]+)(@)");
    private static final Pattern CARD = Pattern.compile("(?<![\\d-])(?:\\d[ -]?){12,18}\\d(?![\\d-])");
    private static final Pattern PRC_ID = Pattern.compile("(?<!\\d)\\d{17}[\\dXx](?!\\d)");

    public String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = PEM.matcher(text).replaceAll("-----BEGIN PRIVATE KEY----- " + MASK + " -----END PRIVATE KEY-----");
        out = URL_PASSWORD.matcher(out).replaceAll("$1" + MASK + "$3");
        out = KEY_VALUE.matcher(out).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK));
        out = AUTH_HEADER.matcher(out).replaceAll("$1 " + MASK);
        out = JWT.matcher(out).replaceAll(MASK);
        out = PRC_ID.matcher(out).replaceAll(m -> isPrcId(m.group()) ? MASK : Matcher.quoteReplacement(m.group()));
        out = CARD.matcher(out).replaceAll(m -> luhnValid(m.group()) ? MASK : Matcher.quoteReplacement(m.group()));
        return out;
    }

    public List<String> redactAll(List<String> lines) {
        return lines.stream().map(this::redact).toList();
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
