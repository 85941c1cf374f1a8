package io.kubemate.tools.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the subset of PromQL the scenario stand-in evaluates ({@link PromqlEvaluator}): numbers, selectors with
 * label matchers, ranges, {@code offset}, subqueries, function calls, {@code sum|min|max|avg|count} with
 * {@code by}/{@code without}, and the binary operators with {@code on}/{@code ignoring}, by PromQL's precedence.
 * Anything else is refused with the reason, so a scenario author sees what the stand-in cannot answer.
 */
final class PromqlParser {

    /** The parsed expression. */
    sealed interface Node permits Num, Selector, Subquery, Call, Aggregate, Binary, Negate {
    }

    record Num(double value) implements Node {
    }

    record LabelMatch(String label, String op, String value) {
    }

    record Selector(String name, List<LabelMatch> matchers, long range, long offset) implements Node {
    }

    record Subquery(Node expr, long range, long step, long offset) implements Node {
    }

    record Call(String function, List<Node> args) implements Node {
    }

    record Aggregate(String op, List<String> labels, boolean without, Node expr) implements Node {
    }

    /** {@code on} holds the matching labels when given; {@code ignoring} those left out; both null: all but the name. */
    record Binary(String op, Node left, Node right, List<String> on, List<String> ignoring) implements Node {
    }

    record Negate(Node expr) implements Node {
    }

    static final Set<String> AGGREGATIONS = Set.of("sum", "min", "max", "avg", "count");
    private static final Pattern TOKEN = Pattern.compile(
            "\\s*(?:(?<num>\\d++(?:\\.\\d++)?(?:[eE][+-]?\\d++)?(?![smhdwy]))|(?<dur>(?:\\d+[smhdwy])+)|(?<id>[a-zA-Z_][a-zA-Z0-9_:]*)"
                    + "|(?<str>\"(?:[^\"\\\\]|\\\\.)*\")|(?<op>=~|!~|==|!=|>=|<=|[-+*/><=(){}\\[\\],:]))");
    private static final Pattern DURATION_PART = Pattern.compile("(\\d+)([smhdwy])");

    private final List<String> tokens = new ArrayList<>();
    private final List<String> kinds = new ArrayList<>();
    private int at;

    private PromqlParser(String promql) {
        Matcher m = TOKEN.matcher(promql);
        int end = 0;
        while (end < promql.length()) {
            if (!m.find(end) || m.start() != end) {
                if (promql.substring(end).isBlank()) {
                    break;
                }
                throw new IllegalArgumentException("cannot read PromQL at '" + promql.substring(end).strip() + "'");
            }
            for (String kind : List.of("num", "dur", "id", "str", "op")) {
                if (m.group(kind) != null) {
                    tokens.add(m.group(kind));
                    kinds.add(kind);
                }
            }
            end = m.end();
        }
    }

    static Node parse(String promql) {
        PromqlParser parser = new PromqlParser(promql);
        Node node = parser.or();
        if (parser.at < parser.tokens.size()) {
            throw new IllegalArgumentException("unexpected '" + parser.tokens.get(parser.at) + "'");
        }
        return node;
    }

    private Node or() {
        Node left = and();
        while (peekWord("or")) {
            at++;
            left = binary("or", left, this::and);
        }
        return left;
    }

    private Node and() {
        Node left = comparison();
        while (peekWord("and") || peekWord("unless")) {
            String op = tokens.get(at++).toLowerCase(Locale.ROOT);
            left = binary(op, left, this::comparison);
        }
        return left;
    }

    private Node comparison() {
        Node left = additive();
        while (peekAny("==", "!=", ">", "<", ">=", "<=")) {
            String op = tokens.get(at++);
            if (peekWord("bool")) {
                throw new IllegalArgumentException("the bool modifier is not evaluated by the stand-in");
            }
            left = binary(op, left, this::additive);
        }
        return left;
    }

    private Node additive() {
        Node left = multiplicative();
        while (peekAny("+", "-")) {
            String op = tokens.get(at++);
            left = binary(op, left, this::multiplicative);
        }
        return left;
    }

    private Node multiplicative() {
        Node left = unary();
        while (peekAny("*", "/")) {
            String op = tokens.get(at++);
            left = binary(op, left, this::unary);
        }
        return left;
    }

    private Node binary(String op, Node left, Supplier<Node> right) {
        List<String> on = null;
        List<String> ignoring = null;
        if (peekWord("on")) {
            at++;
            on = labelList();
        } else if (peekWord("ignoring")) {
            at++;
            ignoring = labelList();
        }
        if (peekWord("group_left") || peekWord("group_right")) {
            at++;
            if (peekAny("(")) {
                labelList();
            }
        }
        return new Binary(op, left, right.get(), on, ignoring);
    }

    private Node unary() {
        if (peekAny("-")) {
            at++;
            return new Negate(unary());
        }
        if (peekAny("+")) {
            at++;
        }
        return postfix(primary());
    }

    private Node postfix(Node node) {
        Node result = node;
        if (peekAny("[")) {
            at++;
            long range = duration();
            if (peekAny(":")) {
                at++;
                long step = peekAny("]") ? 60 : duration();
                expect("]");
                result = new Subquery(result, range, step, 0);
            } else {
                expect("]");
                if (!(result instanceof Selector s) || s.range() != 0) {
                    throw new IllegalArgumentException("a range [..] applies to a selector only");
                }
                result = new Selector(s.name(), s.matchers(), range, s.offset());
            }
        }
        if (peekWord("offset")) {
            at++;
            long offset = duration();
            result = switch (result) {
                case Selector s -> new Selector(s.name(), s.matchers(), s.range(), offset);
                case Subquery q -> new Subquery(q.expr(), q.range(), q.step(), offset);
                default -> throw new IllegalArgumentException("offset applies to a selector or a subquery only");
            };
        }
        return result;
    }

    private Node primary() {
        if (at >= tokens.size()) {
            throw new IllegalArgumentException("the query ends too early");
        }
        String token = tokens.get(at);
        String kind = kinds.get(at);
        if (kind.equals("num")) {
            at++;
            return new Num(Double.parseDouble(token));
        }
        if (token.equals("(")) {
            at++;
            Node inner = or();
            expect(")");
            return inner;
        }
        if (token.equals("{")) {
            return new Selector(null, matchers(), 0, 0);
        }
        if (!kind.equals("id")) {
            throw new IllegalArgumentException("unexpected '" + token + "'");
        }
        at++;
        String word = token.toLowerCase(Locale.ROOT);
        if (AGGREGATIONS.contains(word)) {
            List<String> labels = List.of();
            boolean without = false;
            boolean grouped = false;
            if (peekWord("by") || peekWord("without")) {
                without = tokens.get(at++).equalsIgnoreCase("without");
                labels = labelList();
                grouped = true;
            }
            expect("(");
            Node inner = or();
            expect(")");
            if (!grouped && (peekWord("by") || peekWord("without"))) {
                without = tokens.get(at++).equalsIgnoreCase("without");
                labels = labelList();
            }
            return new Aggregate(word, labels, without, inner);
        }
        if (peekAny("(")) {
            at++;
            List<Node> args = new ArrayList<>();
            if (!peekAny(")")) {
                args.add(or());
                while (peekAny(",")) {
                    at++;
                    args.add(or());
                }
            }
            expect(")");
            return new Call(word, args);
        }
        return new Selector(token, peekAny("{") ? matchers() : List.of(), 0, 0);
    }

    private List<LabelMatch> matchers() {
        expect("{");
        List<LabelMatch> matchers = new ArrayList<>();
        while (!peekAny("}")) {
            String label = tokens.get(at++);
            String op = tokens.get(at++);
            if (!Set.of("=", "!=", "=~", "!~").contains(op) || !kinds.get(at).equals("str")) {
                throw new IllegalArgumentException("bad label matcher at '" + label + op + "'");
            }
            String quoted = tokens.get(at++);
            matchers.add(new LabelMatch(label, op, quoted.substring(1, quoted.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\")));
            if (peekAny(",")) {
                at++;
            }
        }
        expect("}");
        return matchers;
    }

    private List<String> labelList() {
        expect("(");
        List<String> labels = new ArrayList<>();
        while (!peekAny(")")) {
            labels.add(tokens.get(at++));
            if (peekAny(",")) {
                at++;
            }
        }
        expect(")");
        return labels;
    }

    private long duration() {
        if (at >= tokens.size() || !(kinds.get(at).equals("dur") || kinds.get(at).equals("num"))) {
            throw new IllegalArgumentException("a duration is expected");
        }
        String text = tokens.get(at++);
        if (kinds.get(at - 1).equals("num")) {
            return (long) Double.parseDouble(text);
        }
        return parseDuration(text);
    }

    /** {@code 1h30m} in seconds. */
    static long parseDuration(String text) {
        if (!text.matches("(?:\\d+[smhdwy])+")) {
            throw new IllegalArgumentException("'" + text + "' is not a duration");
        }
        long seconds = 0;
        Matcher part = DURATION_PART.matcher(text);
        while (part.find()) {
            seconds += Long.parseLong(part.group(1)) * switch (part.group(2)) {
                case "m" -> 60;
                case "h" -> 3600;
                case "d" -> 86400;
                case "w" -> 7 * 86400;
                case "y" -> 365 * 86400;
                default -> 1;
            };
        }
        return seconds;
    }

    private void expect(String token) {
        if (at >= tokens.size() || !tokens.get(at).equals(token)) {
            throw new IllegalArgumentException("'" + token + "' expected" + (at < tokens.size() ? " at '" + tokens.get(at) + "'" : " at the end"));
        }
        at++;
    }

    private boolean peekAny(String... candidates) {
        if (at >= tokens.size() || kinds.get(at).equals("str")) {
            return false;
        }
        for (String candidate : candidates) {
            if (tokens.get(at).equals(candidate)) {
                return true;
            }
        }
        return false;
    }

    private boolean peekWord(String word) {
        return at < tokens.size() && kinds.get(at).equals("id") && tokens.get(at).equalsIgnoreCase(word);
    }
}
