package io.kubemate.tools.sandbox;

import io.kubemate.tools.sandbox.PromqlParser.Aggregate;
import io.kubemate.tools.sandbox.PromqlParser.Binary;
import io.kubemate.tools.sandbox.PromqlParser.Call;
import io.kubemate.tools.sandbox.PromqlParser.LabelMatch;
import io.kubemate.tools.sandbox.PromqlParser.Negate;
import io.kubemate.tools.sandbox.PromqlParser.Node;
import io.kubemate.tools.sandbox.PromqlParser.Num;
import io.kubemate.tools.sandbox.PromqlParser.Selector;
import io.kubemate.tools.sandbox.PromqlParser.Subquery;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.DoubleBinaryOperator;

/**
 * Evaluates the PromQL subset of {@link PromqlParser} over a scenario's recorded samples at one instant, the way
 * Prometheus does for what it covers: instant selectors take the last sample within 5 minutes, ranges the samples in
 * {@code (t - range, t]}, subqueries evaluate their expression at each step, and {@code rate}, {@code irate},
 * {@code increase}, {@code deriv}, {@code predict_linear} (least squares, as Prometheus), {@code *_over_time},
 * {@code abs}, aggregations and one-to-one vector matching drop or keep labels as Prometheus does. Counter resets and
 * the extrapolation of {@code rate} to the window's edges are not modelled.
 */
final class PromqlEvaluator {

    static final long LOOKBACK = 300;

    /** One series of an instant vector (labels with {@code __name__} while the name survives) and its value. */
    record Sample(Map<String, String> labels, double value) {
    }

    /** One series of a range: its labels and its {@code [time, value]} points, oldest first. */
    record Range(Map<String, String> labels, List<double[]> points) {
    }

    private final Collection<OpenMetricsSeries.Series> series;

    PromqlEvaluator(Collection<OpenMetricsSeries.Series> series) {
        this.series = series;
    }

    /** A scalar result is one sample without labels. */
    List<Sample> instant(Node node, double t) {
        Object value = eval(node, t);
        if (value instanceof Double scalar) {
            return List.of(new Sample(Map.of(), scalar));
        }
        if (value instanceof List<?> list && (list.isEmpty() || list.getFirst() instanceof Sample)) {
            @SuppressWarnings("unchecked")
            List<Sample> samples = (List<Sample>) list;
            return samples;
        }
        throw new IllegalArgumentException("a range vector cannot be the result of a query");
    }

    private Object eval(Node node, double t) {
        return switch (node) {
            case Num n -> n.value();
            case Negate n -> arithmetic(0.0, eval(n.expr(), t), (a, b) -> a - b, null, null);
            case Selector s when s.range() == 0 -> select(s, t);
            case Selector s -> range(s, t);
            case Subquery q -> subquery(q, t);
            case Call c -> call(c, t);
            case Aggregate a -> aggregate(a, vector(eval(a.expr(), t)));
            case Binary b -> binary(b, t);
        };
    }

    private List<Sample> select(Selector s, double t) {
        double at = t - s.offset();
        List<Sample> out = new ArrayList<>();
        for (OpenMetricsSeries.Series one : matching(s)) {
            double[] last = null;
            for (double[] point : one.samples()) {
                if (point[0] <= at && point[0] > at - LOOKBACK) {
                    last = point;
                }
            }
            if (last != null) {
                out.add(new Sample(labels(one), last[1]));
            }
        }
        return out;
    }

    private List<Range> range(Selector s, double t) {
        double at = t - s.offset();
        List<Range> out = new ArrayList<>();
        for (OpenMetricsSeries.Series one : matching(s)) {
            List<double[]> points = one.samples().stream().filter(p -> p[0] <= at && p[0] > at - s.range()).toList();
            if (!points.isEmpty()) {
                out.add(new Range(labels(one), points));
            }
        }
        return out;
    }

    private List<Range> subquery(Subquery q, double t) {
        double at = t - q.offset();
        Map<Map<String, String>, List<double[]>> points = new LinkedHashMap<>();
        double first = Math.floor((at - q.range()) / q.step()) * q.step() + q.step();
        for (double s = first; s <= at; s += q.step()) {
            for (Sample sample : vector(eval(q.expr(), s))) {
                points.computeIfAbsent(sample.labels(), k -> new ArrayList<>()).add(new double[]{s, sample.value()});
            }
        }
        return points.entrySet().stream().map(e -> new Range(e.getKey(), e.getValue())).toList();
    }

    private Object call(Call c, double t) {
        return switch (c.function()) {
            case "rate", "irate", "increase", "deriv", "min_over_time", "max_over_time", "avg_over_time", "sum_over_time",
                 "count_over_time", "last_over_time" -> overRange(c.function(), ranges(c, 0, t), 0);
            case "predict_linear" -> {
                if (c.args().size() != 2 || !(eval(c.args().get(1), t) instanceof Double seconds)) {
                    throw new IllegalArgumentException("predict_linear takes a range and a number of seconds");
                }
                yield overRange("predict_linear", ranges(c, 0, t), seconds);
            }
            case "abs" -> vector(eval(one(c), t)).stream().map(s -> new Sample(withoutName(s.labels()), Math.abs(s.value()))).toList();
            default -> throw new IllegalArgumentException("the scenario stand-in does not evaluate " + c.function() + "()");
        };
    }

    private static Node one(Call c) {
        if (c.args().isEmpty()) {
            throw new IllegalArgumentException(c.function() + "() needs an argument");
        }
        return c.args().getFirst();
    }

    @SuppressWarnings("unchecked")
    private List<Range> ranges(Call c, int index, double t) {
        Object value = eval(c.args().size() > index ? c.args().get(index) : one(c), t);
        if (!(value instanceof List<?> list) || !list.isEmpty() && !(list.getFirst() instanceof Range)) {
            throw new IllegalArgumentException(c.function() + "() takes a range vector");
        }
        return (List<Range>) list;
    }

    private static List<Sample> overRange(String function, List<Range> ranges, double ahead) {
        List<Sample> out = new ArrayList<>();
        for (Range r : ranges) {
            List<double[]> p = r.points();
            double value;
            switch (function) {
                case "rate", "increase", "irate" -> {
                    if (p.size() < 2) {
                        continue;
                    }
                    double[] from = function.equals("irate") ? p.get(p.size() - 2) : p.getFirst();
                    double[] to = p.getLast();
                    double delta = to[1] - from[1];
                    value = function.equals("increase") ? delta : delta / (to[0] - from[0]);
                }
                case "deriv", "predict_linear" -> {
                    if (p.size() < 2) {
                        continue;
                    }
                    double[] fit = leastSquares(p, p.getLast()[0]);
                    value = function.equals("deriv") ? fit[1] : fit[0] + fit[1] * ahead;
                }
                case "min_over_time" -> value = p.stream().mapToDouble(x -> x[1]).min().orElseThrow();
                case "max_over_time" -> value = p.stream().mapToDouble(x -> x[1]).max().orElseThrow();
                case "avg_over_time" -> value = p.stream().mapToDouble(x -> x[1]).average().orElseThrow();
                case "sum_over_time" -> value = p.stream().mapToDouble(x -> x[1]).sum();
                case "count_over_time" -> value = p.size();
                default -> value = p.getLast()[1];
            }
            out.add(new Sample(withoutName(r.labels()), value));
        }
        return out;
    }

    /** Intercept at {@code at} and slope per second of the least-squares line through the points. */
    private static double[] leastSquares(List<double[]> points, double at) {
        double n = points.size();
        double sumX = 0;
        double sumY = 0;
        double sumXY = 0;
        double sumX2 = 0;
        for (double[] p : points) {
            double x = p[0] - at;
            sumX += x;
            sumY += p[1];
            sumXY += x * p[1];
            sumX2 += x * x;
        }
        double covXY = sumXY - sumX * sumY / n;
        double varX = sumX2 - sumX * sumX / n;
        double slope = varX == 0 ? 0 : covXY / varX;
        return new double[]{sumY / n - slope * sumX / n, slope};
    }

    private static List<Sample> aggregate(Aggregate a, List<Sample> in) {
        Map<Map<String, String>, List<Double>> groups = new LinkedHashMap<>();
        for (Sample s : in) {
            Map<String, String> key = new TreeMap<>();
            s.labels().forEach((k, v) -> {
                if (!k.equals("__name__") && a.without() != a.labels().contains(k)) {
                    key.put(k, v);
                }
            });
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(s.value());
        }
        return groups.entrySet().stream().map(e -> new Sample(e.getKey(), switch (a.op()) {
            case "sum" -> e.getValue().stream().mapToDouble(Double::doubleValue).sum();
            case "min" -> e.getValue().stream().mapToDouble(Double::doubleValue).min().orElseThrow();
            case "max" -> e.getValue().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
            case "avg" -> e.getValue().stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            default -> e.getValue().size();
        })).toList();
    }

    private Object binary(Binary b, double t) {
        Object left = eval(b.left(), t);
        Object right = eval(b.right(), t);
        return switch (b.op()) {
            case "and", "or", "unless" -> set(b, vector(left), vector(right));
            case "+" -> arithmetic(left, right, Double::sum, b.on(), b.ignoring());
            case "-" -> arithmetic(left, right, (x, y) -> x - y, b.on(), b.ignoring());
            case "*" -> arithmetic(left, right, (x, y) -> x * y, b.on(), b.ignoring());
            case "/" -> arithmetic(left, right, (x, y) -> x / y, b.on(), b.ignoring());
            default -> compare(b, left, right);
        };
    }

    private static Object arithmetic(Object left, Object right, DoubleBinaryOperator op, List<String> on, List<String> ignoring) {
        if (left instanceof Double l && right instanceof Double r) {
            return op.applyAsDouble(l, r);
        }
        if (right instanceof Double r) {
            return vector(left).stream().map(s -> new Sample(withoutName(s.labels()), op.applyAsDouble(s.value(), r))).toList();
        }
        if (left instanceof Double l) {
            return vector(right).stream().map(s -> new Sample(withoutName(s.labels()), op.applyAsDouble(l, s.value()))).toList();
        }
        Map<Map<String, String>, Sample> byKey = new LinkedHashMap<>();
        vector(right).forEach(s -> byKey.putIfAbsent(key(s.labels(), on, ignoring), s));
        List<Sample> out = new ArrayList<>();
        for (Sample s : vector(left)) {
            Sample match = byKey.get(key(s.labels(), on, ignoring));
            if (match != null) {
                Map<String, String> labels = on == null ? withoutName(s.labels()) : new TreeMap<>(key(s.labels(), on, null));
                out.add(new Sample(labels, op.applyAsDouble(s.value(), match.value())));
            }
        }
        return out;
    }

    private static Object compare(Binary b, Object left, Object right) {
        if (left instanceof Double l && right instanceof Double r) {
            throw new IllegalArgumentException("comparing two numbers needs bool, which the stand-in does not evaluate (" + l + " " + r + ")");
        }
        if (right instanceof Double r) {
            return vector(left).stream().filter(s -> holds(b.op(), s.value(), r)).toList();
        }
        if (left instanceof Double l) {
            return vector(right).stream().filter(s -> holds(b.op(), l, s.value())).toList();
        }
        Map<Map<String, String>, Sample> byKey = new LinkedHashMap<>();
        vector(right).forEach(s -> byKey.putIfAbsent(key(s.labels(), b.on(), b.ignoring()), s));
        return vector(left).stream().filter(s -> {
            Sample match = byKey.get(key(s.labels(), b.on(), b.ignoring()));
            return match != null && holds(b.op(), s.value(), match.value());
        }).toList();
    }

    private static boolean holds(String op, double a, double b) {
        return switch (op) {
            case ">" -> a > b;
            case "<" -> a < b;
            case ">=" -> a >= b;
            case "<=" -> a <= b;
            case "==" -> a == b;
            default -> a != b;
        };
    }

    private static List<Sample> set(Binary b, List<Sample> left, List<Sample> right) {
        Set<Map<String, String>> rightKeys = new HashSet<>();
        right.forEach(s -> rightKeys.add(key(s.labels(), b.on(), b.ignoring())));
        return switch (b.op()) {
            case "and" -> left.stream().filter(s -> rightKeys.contains(key(s.labels(), b.on(), b.ignoring()))).toList();
            case "unless" -> left.stream().filter(s -> !rightKeys.contains(key(s.labels(), b.on(), b.ignoring()))).toList();
            default -> {
                Set<Map<String, String>> leftKeys = new HashSet<>();
                left.forEach(s -> leftKeys.add(key(s.labels(), b.on(), b.ignoring())));
                List<Sample> out = new ArrayList<>(left);
                right.stream().filter(s -> !leftKeys.contains(key(s.labels(), b.on(), b.ignoring()))).forEach(out::add);
                yield out;
            }
        };
    }

    /** The labels two series are matched on: those of {@code on}, else all but the name and those of {@code ignoring}. */
    private static Map<String, String> key(Map<String, String> labels, List<String> on, List<String> ignoring) {
        Map<String, String> key = new TreeMap<>();
        labels.forEach((k, v) -> {
            boolean kept = on != null ? on.contains(k) : !k.equals("__name__") && (ignoring == null || !ignoring.contains(k));
            if (kept) {
                key.put(k, v);
            }
        });
        return key;
    }

    @SuppressWarnings("unchecked")
    private static List<Sample> vector(Object value) {
        if (value instanceof List<?> list && (list.isEmpty() || list.getFirst() instanceof Sample)) {
            return (List<Sample>) list;
        }
        throw new IllegalArgumentException(value instanceof Double ? "a number where a vector is expected" : "a range vector where an instant vector is expected");
    }

    private List<OpenMetricsSeries.Series> matching(Selector s) {
        return series.stream().filter(one -> (s.name() == null || one.name().equals(s.name()))
                && s.matchers().stream().allMatch(m -> holds(m, one))).toList();
    }

    private static boolean holds(LabelMatch m, OpenMetricsSeries.Series one) {
        String actual = m.label().equals("__name__") ? one.name() : one.labels().getOrDefault(m.label(), "");
        return switch (m.op()) {
            case "=" -> actual.equals(m.value());
            case "!=" -> !actual.equals(m.value());
            case "=~" -> actual.matches(m.value());
            default -> !actual.matches(m.value());
        };
    }

    private static Map<String, String> labels(OpenMetricsSeries.Series one) {
        Map<String, String> labels = new TreeMap<>(one.labels());
        labels.put("__name__", one.name());
        return labels;
    }

    private static Map<String, String> withoutName(Map<String, String> labels) {
        Map<String, String> out = new TreeMap<>(labels);
        out.remove("__name__");
        return out;
    }
}
