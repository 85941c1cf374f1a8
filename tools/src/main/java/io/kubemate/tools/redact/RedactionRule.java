package io.kubemate.tools.redact;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One rule of {@code rules.yaml}: a pattern and the groups that hold the secret, or a structure-aware pass in code
 * ({@link #builtin()}), run only when the text holds one of its keywords.
 */
record RedactionRule(String id, String description, List<String> keywords, Pattern pattern, List<Integer> groups,
                     Check check, String builtin) {

    /** A second test of the captured value, for shapes a regular expression alone matches too often. */
    enum Check { NONE, LUHN, PRC_ID, SECRETISH }

    RedactionRule {
        keywords = keywords.stream().map(k -> k.toLowerCase(Locale.ROOT)).toList();
        groups = List.copyOf(groups);
    }

    /** The cheap pre-filter: {@code lowerCaseText} is the text in lower case. */
    boolean mayApply(String lowerCaseText) {
        if (keywords.isEmpty()) {
            return true;
        }
        for (String keyword : keywords) {
            if (lowerCaseText.contains(keyword)) {
                return true;
            }
        }
        return false;
    }
}
