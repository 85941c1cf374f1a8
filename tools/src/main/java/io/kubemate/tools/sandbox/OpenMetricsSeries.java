package io.kubemate.tools.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The samples of an OpenMetrics text ({@code metrics.om}) by series, answering Prometheus HTTP API queries the
 * simple way: a query selects every series whose metric name it mentions, filtered by the label matchers
 * written next to that name. {@code rate}, {@code irate} and {@code increase} over a range are computed from the
 * samples; other functions, aggregations and operators are not evaluated. A file with the line
 * {@value #EVALUATE} instead evaluates each query with {@link PromqlEvaluator} at the time of its newest sample
 * (the recorded "now"), so a series that grows over a day can be asked {@code predict_linear}, {@code deriv},
 * {@code offset} and subqueries as Prometheus would answer them; a query outside that subset gets Prometheus' error.
 */
public final class OpenMetricsSeries {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(.*)})?\\s+(\\S+)(?:\\s+(\\S+))?\\s*$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)\\s*(=~|!=|!~|=)\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern NAME = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
    private static final Pattern RANGE_FUNCTION = Pattern.compile("\\b(rate|irate|increase)\\s*\\(\\s*([a-zA-Z_:][a-zA-Z0-9_:]*)\\s*(?:\\{[^}]*})?\\s*\\[(\\d+)([smhd])]");

    public record Series(String name, Map<String, String> labels, List<double[]> samples) {
    }

    /** The comment line that switches a metrics.om to evaluated PromQL. */
    public static final String EVALUATE = "# kubemate: evaluate promql";
    private static final int MAX_POINTS = 11_000;

    private final Map<String, Series> series;
    private final boolean evaluate;

    private OpenMetricsSeries(Map<String, Series> series, boolean evaluate) {
        this.series = series;
        this.evaluate = evaluate;
    }

    public static OpenMetricsSeries parse(String text) {
        Map<String, Series> series = new LinkedHashMap<>();
        int lineNo = 0;
        boolean evaluate = false;
        for (String line : text.split("\n")) {
            lineNo++;
            evaluate |= line.strip().equals(EVALUATE);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Matcher m = SAMPLE.matcher(line);
            if (!m.matches()) {
                throw new IllegalArgumentException("metrics.om line " + lineNo + ": not a sample: " + line);
            }
            Map<String, String> labels = new LinkedHashMap<>();
            if (m.group(3) != null) {
                Matcher l = LABEL.matcher(m.group(3));
                while (l.find()) {
                    labels.put(l.group(1), l.group(3).replace("\\\"", "\"").replace("\\\\", "\\"));
                }
            }
            double value = Double.parseDouble(m.group(4));
            double at = m.group(5) == null ? 0 : Double.parseDouble(m.group(5));
            series.computeIfAbsent(m.group(1) + labels, k -> new Series(m.group(1), labels, new ArrayList<>()))
                    .samples().add(new double[]{at, value});
        }
        return new OpenMetricsSeries(series, evaluate);
    }

    /** The series a query selects. */
    public List<Series> select(String promql) {
        List<Series> selected = new ArrayList<>();
        for (Series s : series.values()) {
            Matcher word = NAME.matcher(promql);
            while (word.find()) {
                if (word.group().equals(s.name()) && matches(s, promql.substring(word.end()))) {
                    selected.add(s);
                    break;
                }
            }
        }
        return selected;
    }

    public ObjectNode vector(String promql) {
        if (evaluate) {
            return evaluated(promql, Map.of());
        }
        ObjectNode body = envelope("vector");
        ArrayNode result = (ArrayNode) body.path("data").path("result");
        for (Series s : select(promql)) {
            List<double[]> points = evaluate(s, promql);
            if (points.isEmpty()) {
                continue;
            }
            double[] last = points.getLast();
            ObjectNode item = result.addObject();
            item.set("metric", metric(s));
            item.putArray("value").add(last[0]).add(format(last[1]));
        }
        return body;
    }

    public ObjectNode matrix(String promql) {
        return matrix(promql, Map.of());
    }

    /** A range query; evaluated files honour its {@code start}, {@code end} and {@code step} as a window ending at the recorded now. */
    public ObjectNode matrix(String promql, Map<String, String> params) {
        if (evaluate) {
            return evaluated(promql, params);
        }
        ObjectNode body = envelope("matrix");
        ArrayNode result = (ArrayNode) body.path("data").path("result");
        for (Series s : select(promql)) {
            ObjectNode item = result.addObject();
            item.set("metric", metric(s));
            ArrayNode values = item.putArray("values");
            evaluate(s, promql).forEach(sample -> values.addArray().add(sample[0]).add(format(sample[1])));
        }
        return body;
    }

    /** Prometheus' answer to an evaluated query: a vector at the recorded now, or a matrix over the window asked for. */
    private ObjectNode evaluated(String promql, Map<String, String> range) {
        PromqlEvaluator evaluator = new PromqlEvaluator(series.values());
        double now = series.values().stream().flatMap(s -> s.samples().stream()).mapToDouble(p -> p[0]).max().orElse(0);
        try {
            PromqlParser.Node query = PromqlParser.parse(promql);
            if (range.isEmpty()) {
                ObjectNode body = envelope("vector");
                ArrayNode result = (ArrayNode) body.path("data").path("result");
                for (PromqlEvaluator.Sample s : evaluator.instant(query, now)) {
                    ObjectNode item = result.addObject();
                    item.set("metric", metric(s.labels()));
                    item.putArray("value").add(now).add(format(s.value()));
                }
                return body;
            }
            double window = seconds(range.get("end"), 3600) - seconds(range.get("start"), 0);
            double step = Math.max(seconds(range.get("step"), 60), 1);
            double from = now - Math.min(Math.max(window, 0), step * MAX_POINTS);
            Map<Map<String, String>, ArrayNode> lines = new LinkedHashMap<>();
            ObjectNode body = envelope("matrix");
            ArrayNode result = (ArrayNode) body.path("data").path("result");
            for (double t = from; t <= now; t += step) {
                for (PromqlEvaluator.Sample s : evaluator.instant(query, t)) {
                    lines.computeIfAbsent(s.labels(), labels -> {
                        ObjectNode item = result.addObject();
                        item.set("metric", metric(labels));
                        return item.putArray("values");
                    }).addArray().add(t).add(format(s.value()));
                }
            }
            return body;
        } catch (IllegalArgumentException e) {
            ObjectNode error = JSON.createObjectNode().put("status", "error").put("errorType", "bad_data");
            return error.put("error", "scenario stand-in: " + e.getMessage());
        }
    }

    /** A time or duration parameter in seconds: a number, or a duration such as 30s or 1h. */
    private static double seconds(String value, double otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            try {
                return Instant.parse(value).getEpochSecond();
            } catch (DateTimeParseException notATime) {
                return PromqlParser.parseDuration(value);
            }
        }
    }

    private static ObjectNode metric(Map<String, String> labels) {
        ObjectNode metric = JSON.createObjectNode();
        labels.forEach(metric::put);
        return metric;
    }

    /** The series' samples, or its rate/irate/increase at each sample when the query applies one to it. */
    private static List<double[]> evaluate(Series s, String promql) {
        Matcher f = RANGE_FUNCTION.matcher(promql);
        while (f.find()) {
            if (!f.group(2).equals(s.name())) {
                continue;
            }
            long window = Long.parseLong(f.group(3)) * switch (f.group(4)) {
                case "m" -> 60;
                case "h" -> 3600;
                case "d" -> 86400;
                default -> 1;
            };
            List<double[]> out = new ArrayList<>();
            List<double[]> samples = s.samples();
            for (int i = 1; i < samples.size(); i++) {
                double at = samples.get(i)[0];
                int from = i - 1;
                if (!f.group(1).equals("irate")) {
                    while (from > 0 && samples.get(from - 1)[0] >= at - window) {
                        from--;
                    }
                }
                double delta = samples.get(i)[1] - samples.get(from)[1];
                double seconds = at - samples.get(from)[0];
                out.add(new double[]{at, f.group(1).equals("increase") ? delta : seconds == 0 ? 0 : delta / seconds});
            }
            return out;
        }
        return s.samples();
    }

    private static boolean matches(Series s, String after) {
        String rest = after.stripLeading();
        if (!rest.startsWith("{")) {
            return true;
        }
        int close = rest.indexOf('}');
        Matcher l = LABEL.matcher(close < 0 ? rest : rest.substring(0, close));
        while (l.find()) {
            String actual = s.labels().getOrDefault(l.group(1), "");
            boolean ok = switch (l.group(2)) {
                case "=" -> actual.equals(l.group(3));
                case "!=" -> !actual.equals(l.group(3));
                case "=~" -> actual.matches(l.group(3));
                default -> !actual.matches(l.group(3));
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static ObjectNode metric(Series s) {
        ObjectNode metric = JSON.createObjectNode().put("__name__", s.name());
        s.labels().forEach(metric::put);
        return metric;
    }

    private static ObjectNode envelope(String type) {
        ObjectNode body = JSON.createObjectNode().put("status", "success");
        ObjectNode data = body.putObject("data").put("resultType", type);
        data.putArray("result");
        return body;
    }

    private static String format(double value) {
        if (value == Math.rint(value) && !Double.isInfinite(value)) {
            return String.valueOf((long) value);
        }
        return String.format(java.util.Locale.ROOT, "%.6g", value).replaceAll("(\\.\\d*?)0+$", "$1").replaceAll("\\.$", "");
    }
}
