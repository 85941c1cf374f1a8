package io.kubemate.tools.metrics;

import io.kubemate.tools.metrics.PromqlToken.Kind;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads PromQL by its grammar (expressions, binary operators with {@code bool}/{@code on}/{@code ignoring}/
 * {@code group_left}/{@code group_right}, aggregations with {@code by}/{@code without}, function calls, range
 * selectors, subqueries, {@code offset} and {@code @}) and writes it back with every vector selector replaced by
 * what {@code selectors} makes of it. Comments are dropped and strings re-quoted in one spelling, so Prometheus
 * is sent exactly what was checked: nothing it reads as a selector can have been read here as a string, a comment
 * or a label list. Text it cannot read is refused with the position, never passed on.
 */
final class PromqlRewriter {

    private static final int MAX_DEPTH = 64;
    private static final Set<String> AGGREGATORS = Set.of("sum", "min", "max", "avg", "group", "stddev", "stdvar", "count",
            "count_values", "bottomk", "topk", "quantile", "limitk", "limit_ratio");
    private static final Set<String> BINARY_SYMBOLS = Set.of("+", "-", "*", "/", "%", "^", "==", "!=", ">", "<", ">=", "<=");
    private static final Set<String> BINARY_WORDS = Set.of("and", "or", "unless", "atan2");
    private static final Set<String> MATCH_OPS = Set.of("=", "!=", "=~", "!~");

    private final List<PromqlToken> tokens;
    private final Function<PromqlSelector, String> selectors;
    private final StringBuilder out = new StringBuilder();
    private int next;
    private int depth;

    private PromqlRewriter(List<PromqlToken> tokens, Function<PromqlSelector, String> selectors) {
        this.tokens = tokens;
        this.selectors = selectors;
    }

    /** {@code promql} with each selector replaced by {@code selectors.apply(selector)}. */
    static String rewrite(String promql, Function<PromqlSelector, String> selectors) {
        PromqlRewriter rewriter = new PromqlRewriter(PromqlLexer.tokens(promql), selectors);
        rewriter.expression();
        rewriter.expect(Kind.END);
        return rewriter.out.toString();
    }

    private void expression() {
        if (++depth > MAX_DEPTH) {
            throw new PromqlSyntaxException("nesting deeper than " + MAX_DEPTH, peek().position());
        }
        unary();
        while (binaryOperator()) {
            emit(take());
            if (peek().isWord("bool")) {
                emit(take());
            }
            if (peek().isWord("on") || peek().isWord("ignoring")) {
                emit(take());
                labelList();
                if (peek().isWord("group_left") || peek().isWord("group_right")) {
                    emit(take());
                    if (peek().is("(")) {
                        labelList();
                    }
                }
            }
            unary();
        }
        depth--;
    }

    private boolean binaryOperator() {
        PromqlToken t = peek();
        return (t.kind() == Kind.SYMBOL && BINARY_SYMBOLS.contains(t.text()))
                || (t.kind() == Kind.IDENTIFIER && BINARY_WORDS.contains(t.text().toLowerCase(Locale.ROOT)));
    }

    private void unary() {
        while (peek().is("+") || peek().is("-")) {
            emit(take());
        }
        primary();
        modifiers();
    }

    private void primary() {
        PromqlToken t = peek();
        switch (t.kind()) {
            case NUMBER, STRING -> emit(take());
            case SYMBOL -> {
                if (t.is("(")) {
                    emit(take());
                    expression();
                    emit(expect(")"));
                } else if (t.is("{")) {
                    selector(null);
                } else {
                    throw unexpected(t, "an expression");
                }
            }
            case IDENTIFIER -> identifier(t);
            default -> throw unexpected(t, "an expression");
        }
    }

    private void identifier(PromqlToken t) {
        String word = t.text().toLowerCase(Locale.ROOT);
        PromqlToken after = tokens.get(next + 1);
        if ((word.equals("inf") || word.equals("nan")) && !after.is("{") && !after.is("(")) {
            emit(take());
        } else if (AGGREGATORS.contains(word) && (after.is("(") || after.isWord("by") || after.isWord("without"))) {
            aggregation();
        } else if (after.is("(")) {
            emit(take());
            arguments();
        } else {
            selector(take());
        }
    }

    private void aggregation() {
        emit(take());
        grouping();
        arguments();
        grouping();
    }

    private void grouping() {
        if (peek().isWord("by") || peek().isWord("without")) {
            emit(take());
            labelList();
        }
    }

    private void arguments() {
        emit(expect("("));
        if (!peek().is(")")) {
            expression();
            while (peek().is(",")) {
                emit(take());
                expression();
            }
        }
        emit(expect(")"));
    }

    /** {@code (a, b)} after by, without, on, ignoring, group_left, group_right: label names only. */
    private void labelList() {
        emit(expect("("));
        while (!peek().is(")")) {
            PromqlToken label = take();
            if (label.kind() != Kind.IDENTIFIER && label.kind() != Kind.STRING) {
                throw unexpected(label, "a label name");
            }
            emit(label);
            if (!peek().is(")")) {
                emit(expect(","));
            }
        }
        emit(take());
    }

    private void selector(PromqlToken name) {
        List<PromqlSelector.Matcher> matchers = new ArrayList<>();
        String metric = name == null ? null : name.text();
        boolean spaced = name == null ? peek().spaced() : name.spaced();
        if (peek().is("{")) {
            take();
            while (!peek().is("}")) {
                PromqlToken label = take();
                if (label.kind() == Kind.STRING && (peek().is(",") || peek().is("}"))) {
                    matchers.add(new PromqlSelector.Matcher("__name__", "=", label.value()));
                } else if (label.kind() == Kind.IDENTIFIER || label.kind() == Kind.STRING) {
                    PromqlToken op = take();
                    if (op.kind() != Kind.SYMBOL || !MATCH_OPS.contains(op.text())) {
                        throw unexpected(op, "a label matching operator (=, !=, =~, !~)");
                    }
                    PromqlToken value = take();
                    if (value.kind() != Kind.STRING) {
                        throw unexpected(value, "a quoted label value");
                    }
                    matchers.add(new PromqlSelector.Matcher(label.value(), op.text(), value.value()));
                } else {
                    throw unexpected(label, "a label name");
                }
                if (!peek().is("}")) {
                    expect(",");
                }
            }
            take();
        }
        if (metric != null && !PromqlLexer.isMetricName(metric)) {
            throw new PromqlSyntaxException("bad metric name " + metric, name.position());
        }
        space(spaced);
        out.append(selectors.apply(new PromqlSelector(metric, matchers)));
    }

    /** Range {@code [5m]}, subquery {@code [1h:1m]}, {@code offset -5m}, {@code @ 1700000000} or {@code @ end()}. */
    private void modifiers() {
        while (true) {
            if (peek().is("[")) {
                emit(take());
                emit(expect(Kind.DURATION));
                if (peek().is(":")) {
                    emit(take());
                    if (peek().kind() == Kind.DURATION) {
                        emit(take());
                    }
                }
                emit(expect("]"));
            } else if (peek().isWord("offset")) {
                emit(take());
                if (peek().is("-") || peek().is("+")) {
                    emit(take());
                }
                emit(expect(Kind.DURATION));
            } else if (peek().is("@")) {
                emit(take());
                if (peek().isWord("start") || peek().isWord("end")) {
                    emit(take());
                    emit(expect("("));
                    emit(expect(")"));
                } else {
                    if (peek().is("-") || peek().is("+")) {
                        emit(take());
                    }
                    emit(expect(Kind.NUMBER));
                }
            } else {
                return;
            }
        }
    }

    private PromqlToken peek() {
        return tokens.get(next);
    }

    private PromqlToken take() {
        PromqlToken t = tokens.get(next);
        if (t.kind() != Kind.END) {
            next++;
        }
        return t;
    }

    private PromqlToken expect(String symbol) {
        if (!peek().is(symbol)) {
            throw unexpected(peek(), "`" + symbol + "`");
        }
        return take();
    }

    private PromqlToken expect(Kind kind) {
        if (peek().kind() != kind) {
            throw unexpected(peek(), kind == Kind.END ? "the end of the query" : "a " + kind.name().toLowerCase(Locale.ROOT));
        }
        return take();
    }

    private static PromqlSyntaxException unexpected(PromqlToken t, String wanted) {
        return new PromqlSyntaxException("expected " + wanted + " but found " + t.describe(), t.position());
    }

    private void emit(PromqlToken t) {
        space(t.spaced());
        out.append(t.kind() == Kind.STRING ? PromqlStrings.quote(t.value()) : t.text());
    }

    private void space(boolean spaced) {
        if (spaced && !out.isEmpty()) {
            out.append(' ');
        }
    }
}
