package io.kubemate.tools.metrics;

import io.kubemate.tools.scope.NamespaceScope;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that a PromQL text from a caller limited to some namespaces reads only those: every series selector
 * must carry an exact {@code namespace="..."} matcher for a namespace the caller may read. A bare metric name
 * ({@code up}) or a regex namespace matcher is refused, since it could read other tenants' series.
 */
public final class PromqlScope {

    private static final Pattern IDENT = Pattern.compile("[A-Za-z_:][A-Za-z0-9_:]*");
    private static final Pattern NAMESPACE = Pattern.compile("(?:^|[{,\\s])namespace\\s*(=~|!=|!~|=)\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Set<String> KEYWORDS = Set.of("by", "without", "on", "ignoring", "group_left", "group_right",
            "bool", "and", "or", "unless", "offset", "inf", "nan", "atan2", "start", "end");
    private static final Set<String> LABEL_LISTS = Set.of("by", "without", "on", "ignoring", "group_left", "group_right");

    /** Why a query may not run: {@code forbidden} when it names a namespace the caller may not read. */
    public record Violation(boolean forbidden, String reason) {
    }

    private PromqlScope() {
    }

    /** Empty when the query may run for {@code scope}; otherwise the reason it may not. */
    public static Optional<Violation> violation(String promql, NamespaceScope scope) {
        if (scope.everything()) {
            return Optional.empty();
        }
        List<String> selectors = new ArrayList<>();
        int i = 0;
        int n = promql.length();
        while (i < n) {
            char c = promql.charAt(i);
            if (c == '"' || c == '\'' || c == '`') {
                i = skipString(promql, i);
            } else if (c == '[') {
                i = promql.indexOf(']', i) < 0 ? n : promql.indexOf(']', i) + 1;
            } else if (c == '{') {
                int close = closing(promql, i);
                selectors.add(promql.substring(i, close));
                i = close;
            } else if (Character.isDigit(c) || c == '.') {
                while (i < n && (Character.isLetterOrDigit(promql.charAt(i)) || promql.charAt(i) == '.')) {
                    i++;
                }
            } else if (Character.isLetter(c) || c == '_' || c == ':') {
                Matcher m = IDENT.matcher(promql).region(i, n);
                m.lookingAt();
                String word = m.group();
                int next = skipSpace(promql, m.end());
                char after = next < n ? promql.charAt(next) : ' ';
                if (LABEL_LISTS.contains(word.toLowerCase(java.util.Locale.ROOT)) && after == '(') {
                    i = promql.indexOf(')', next) < 0 ? n : promql.indexOf(')', next) + 1;
                } else if (after == '(' || after == '{' || KEYWORDS.contains(word.toLowerCase(java.util.Locale.ROOT))
                        || startsLabelList(promql, next)) {
                    i = m.end();
                } else {
                    return Optional.of(new Violation(false, "the metric `" + word + "` has no namespace matcher; add {namespace=\"<yours>\"}"));
                }
            } else {
                i++;
            }
        }
        if (selectors.isEmpty()) {
            return Optional.of(new Violation(false, "the query reads no series of a namespace; add {namespace=\"<yours>\"}"));
        }
        for (String selector : selectors) {
            Matcher m = NAMESPACE.matcher(selector);
            boolean exact = false;
            while (m.find()) {
                if (!m.group(1).equals("=")) {
                    return Optional.of(new Violation(false, "namespace must be matched exactly (namespace=\"...\"), not with " + m.group(1)));
                }
                if (!scope.allows(m.group(2))) {
                    return Optional.of(new Violation(true, "you don't have access to namespace " + m.group(2)));
                }
                exact = true;
            }
            if (!exact) {
                return Optional.of(new Violation(false, "the selector " + selector + " has no namespace matcher; add namespace=\"<yours>\""));
            }
        }
        return Optional.empty();
    }

    /** {@code sum by (pod) (...)}: an aggregation followed by its label list rather than by a parenthesis. */
    private static boolean startsLabelList(String s, int i) {
        Matcher m = IDENT.matcher(s).region(i, s.length());
        return m.lookingAt() && (m.group().equalsIgnoreCase("by") || m.group().equalsIgnoreCase("without"));
    }

    private static int skipString(String s, int i) {
        char quote = s.charAt(i);
        int j = i + 1;
        while (j < s.length() && s.charAt(j) != quote) {
            j += s.charAt(j) == '\\' && quote != '`' ? 2 : 1;
        }
        return Math.min(s.length(), j + 1);
    }

    private static int closing(String s, int open) {
        int j = open + 1;
        while (j < s.length() && s.charAt(j) != '}') {
            j = s.charAt(j) == '"' ? skipString(s, j) : j + 1;
        }
        return Math.min(s.length(), j + 1);
    }

    private static int skipSpace(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
